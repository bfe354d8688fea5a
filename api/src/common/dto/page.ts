import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `page` (from 1) and `pageSize` (at most 100) of a list request. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

type Constructor<T> = new (...args: never[]) => T;

/** An OpenAPI-described list class: `{ items: T[], total, page, pageSize }`. */
export function PageOf<T>(item: Constructor<T>, name: string) {
  class PageView implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ example: 123 })
    total!: number;

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: 20 })
    pageSize!: number;
  }
  Object.defineProperty(PageView, 'name', { value: name });
  return PageView;
}

export function toPage<T, V>(items: T[], total: number, query: PageQuery, map: (item: T) => V): Page<V> {
  return { items: items.map(map), total, page: query.page, pageSize: query.pageSize };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BATCH_STATUSES, type BatchStatus } from '@scenebridge/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Batch } from './batch.entity';

export class BatchView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ example: '2026年第一批' }) name!: string;
  @ApiProperty({ enum: BATCH_STATUSES }) status!: BatchStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ description: 'Published scenarios in this batch' }) scenarioCount!: number;
}

export class BatchListView {
  @ApiProperty({ type: [BatchView] }) items!: BatchView[];
}

export class CreateBatchDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  number!: number;

  @ApiPropertyOptional({ example: '2026年第一批', description: 'Defaults to “<year>年第<n>批”' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;
}

export class UpdateBatchDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: BATCH_STATUSES, description: 'closed: no more scenarios are published into it' })
  @IsOptional()
  @IsIn(BATCH_STATUSES)
  status?: BatchStatus;
}

export function toBatchView(b: Batch, scenarioCount: number): BatchView {
  return {
    id: b.id,
    year: b.year,
    number: b.number,
    name: b.name,
    status: b.status,
    publishedAt: b.publishedAt?.toISOString() ?? null,
    scenarioCount,
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COOPERATION_MODES } from '@scenebridge/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BUDGET_BANDS } from '../scenarios/scenario-document';
import type { SavedSearch, SavedSearchQuery } from './saved-search.entity';
import { trim } from '../../common/validators';

const cleanList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))] : value;

/** Words and filters of a scenario search, as on the search page. */
export class SavedSearchQueryDto implements SavedSearchQuery {
  @ApiPropertyOptional({ example: '交通信号', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ type: [String], example: ['transport'] })
  @IsOptional()
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { each: true, message: 'sector must be a sector code' })
  sector?: string[];

  @ApiPropertyOptional({ type: [String], example: ['四川省'] })
  @IsOptional()
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  province?: string[];

  @ApiPropertyOptional({ enum: COOPERATION_MODES, isArray: true })
  @IsOptional()
  @Transform(cleanList)
  @IsArray()
  @IsIn(COOPERATION_MODES, { each: true })
  cooperationMode?: string[];

  @ApiPropertyOptional({ enum: BUDGET_BANDS, isArray: true })
  @IsOptional()
  @Transform(cleanList)
  @IsArray()
  @IsIn(BUDGET_BANDS, { each: true })
  budgetBand?: string[];
}

export class CreateSavedSearchDto {
  @ApiProperty({ example: '四川 交通信号', maxLength: 60 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  name!: string;

  @ApiProperty({ type: SavedSearchQueryDto })
  @ValidateNested()
  @Type(() => SavedSearchQueryDto)
  query!: SavedSearchQueryDto;

  @ApiPropertyOptional({ default: true, description: 'Notify me of newly published scenarios this search finds' })
  @IsOptional()
  @IsBoolean()
  alerts?: boolean;
}

export class UpdateSavedSearchDto {
  @ApiPropertyOptional({ maxLength: 60 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  alerts?: boolean;
}

export class SavedSearchQueryView {
  @ApiPropertyOptional() q?: string;
  @ApiPropertyOptional({ type: [String] }) sector?: string[];
  @ApiPropertyOptional({ type: [String] }) province?: string[];
  @ApiPropertyOptional({ type: [String] }) cooperationMode?: string[];
  @ApiPropertyOptional({ type: [String] }) budgetBand?: string[];
}

export class SavedSearchView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: SavedSearchQueryView }) query!: SavedSearchQueryView;
  @ApiProperty() alerts!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class SavedSearchListView {
  @ApiProperty({ type: [SavedSearchView] }) items!: SavedSearchView[];
}

export function toSavedSearchView(s: SavedSearch): SavedSearchView {
  return { id: s.id, name: s.name, query: s.query, alerts: s.alerts, createdAt: s.createdAt.toISOString() };
}

/** Drops empty parts so two equal searches are stored alike. */
export function compactQuery(query: SavedSearchQueryDto): SavedSearchQuery {
  const out: SavedSearchQuery = {};
  if (query.q) out.q = query.q;
  for (const key of ['sector', 'province', 'cooperationMode', 'budgetBand'] as const) {
    const values = query[key];
    if (values?.length) out[key] = values;
  }
  return out;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COOPERATION_MODES,
  PUBLISHED_SCENARIO_STATUSES,
  SCENARIO_STATUSES,
  type CooperationMode,
  type ScenarioStatus,
} from '@scenebridge/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../../common/dto/page';
import { BUDGET_BANDS } from '../scenario-document';
import { MAX_BUDGET } from './scenario-input.dto';

/** `a,b` or repeated `x=a&x=b` → ['a', 'b']. */
const list = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])
    .flatMap((v: unknown) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export class ScenarioSearchQueryDto {
  @ApiPropertyOptional({ example: '交通信号', description: 'Full text, Chinese or English' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ type: [String], example: ['transport'], description: 'Sector codes (comma-separated or repeated)' })
  @IsOptional()
  @Transform(list)
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { each: true, message: 'sector must be a sector code' })
  sector?: string[];

  @ApiPropertyOptional({ type: [String], example: ['四川省'], description: 'Provinces' })
  @IsOptional()
  @Transform(list)
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  province?: string[];

  @ApiPropertyOptional({ example: '四川省/锦城市', description: 'Exact region' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ enum: PUBLISHED_SCENARIO_STATUSES, isArray: true })
  @IsOptional()
  @Transform(list)
  @IsIn(PUBLISHED_SCENARIO_STATUSES, { each: true })
  status?: ScenarioStatus[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @Transform(list)
  @ArrayMaxSize(20)
  @Matches(/^[0-9a-f-]{36}$/i, { each: true, message: 'batchId must be a UUID' })
  batchId?: string[];

  @ApiPropertyOptional({ enum: COOPERATION_MODES, isArray: true })
  @IsOptional()
  @Transform(list)
  @IsIn(COOPERATION_MODES, { each: true })
  cooperationMode?: CooperationMode[];

  @ApiPropertyOptional({ enum: BUDGET_BANDS, isArray: true })
  @IsOptional()
  @Transform(list)
  @IsIn(BUDGET_BANDS, { each: true })
  budgetBand?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this agency’s scenarios' })
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'agencyId must be a UUID' })
  agencyId?: string;

  @ApiPropertyOptional({ description: 'Budget range overlapping [budgetMin, budgetMax] (万元)', minimum: 0, maximum: MAX_BUDGET })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_BUDGET)
  budgetMin?: number;

  @ApiPropertyOptional({ description: '万元', minimum: 0, maximum: MAX_BUDGET })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_BUDGET)
  budgetMax?: number;

  @ApiPropertyOptional({
    enum: ['relevance', 'newest', 'deadline', 'budget'],
    description: 'Default: relevance with a query, newest without',
  })
  @IsOptional()
  @IsIn(['relevance', 'newest', 'deadline', 'budget'])
  sort?: 'relevance' | 'newest' | 'deadline' | 'budget';

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}

export class ScenarioExportQueryDto extends ScenarioSearchQueryDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';
}

export class ScenarioListQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: SCENARIO_STATUSES, isArray: true })
  @IsOptional()
  @Transform(list)
  @IsIn(SCENARIO_STATUSES, { each: true })
  status?: ScenarioStatus[];

  @ApiPropertyOptional({
    description:
      'Keyset cursor: the `nextCursor` of the previous page. Given, the list continues after that item (as fast on the thousandth page as on the first) and `page` is not used.',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'after must be a cursor returned as nextCursor' })
  after?: string;
}

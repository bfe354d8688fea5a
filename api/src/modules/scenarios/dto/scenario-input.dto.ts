import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COOPERATION_MODES, type CooperationMode } from '@scenebridge/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { toStrictDate, trim } from '../../../common/validators';

/** The largest budget a scenario states, in 万元 (1,000 亿元). */
export const MAX_BUDGET = 10_000_000;

const cleanList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))] : value;

export class KpiDto {
  @ApiProperty({ example: '识别准确率', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: '≥95%', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  target!: string;
}

export class RubricCriterionDto {
  @ApiProperty({ example: '技术方案', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: 40, minimum: 1, maximum: 100, description: 'Weights of all criteria sum to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class ResourcesDto {
  @ApiPropertyOptional({ description: 'Data the agency provides', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  data?: string;

  @ApiPropertyOptional({ description: 'Test site available', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  testSite?: string;

  @ApiPropertyOptional({ description: 'Compute available', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  compute?: string;
}

export class ContactDto {
  @ApiProperty({ example: '周明', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @ApiPropertyOptional({ example: '028-12345678' })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,30}$/, { message: 'phone must be a telephone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'zhou.ming@example.gov.cn' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;
}

/**
 * The fields of a scenario. Every field is optional here: a draft may be incomplete; submitting
 * checks completeness (422 SCENARIO_INCOMPLETE lists what is missing).
 */
export class ScenarioFieldsDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  summary?: string;

  @ApiPropertyOptional({ description: '问题与现状 (problem and current state)', maxLength: 20000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ description: '建设内容 (scope of work)', maxLength: 20000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
  scope?: string;

  @ApiPropertyOptional({ type: [KpiDto], description: 'Technical KPIs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => KpiDto)
  kpis?: KpiDto[];

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  expectedOutcomes?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  acceptanceCriteria?: string;

  @ApiPropertyOptional({ type: ResourcesDto, description: 'Data, test site and compute the agency provides' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResourcesDto)
  resources?: ResourcesDto;

  @ApiPropertyOptional({ example: 'transport', description: 'Sector code (GET /api/v1/sectors)' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'sector must be a sector code such as transport' })
  sector?: string;

  @ApiPropertyOptional({ example: '四川省/锦城市/高新区', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ example: '高新区 32 个路口', maxLength: 200, description: 'Implementation site' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  site?: string;

  @ApiPropertyOptional({ type: [String], example: ['计算机视觉', '交通信号'], description: 'Required capabilities' })
  @IsOptional()
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: Number, nullable: true, example: 200, description: '万元' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_BUDGET)
  budgetMin?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 500, description: '万元' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_BUDGET)
  budgetMax?: number | null;

  @ApiPropertyOptional({ description: 'Budget to be negotiated (面议)' })
  @IsOptional()
  @IsBoolean()
  budgetNegotiable?: boolean;

  @ApiPropertyOptional({ example: '市级财政资金', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  fundingSource?: string;

  @ApiPropertyOptional({
    enum: COOPERATION_MODES,
    description: 'procurement 采购 · joint_rnd 联合研发 · challenge 揭榜攻关 · first_use 首试首用',
  })
  @IsOptional()
  @IsIn(COOPERATION_MODES)
  cooperationMode?: CooperationMode;

  @ApiPropertyOptional({ type: [String], example: ['高新技术企业'], description: 'Required qualifications' })
  @IsOptional()
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  qualifications?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  consortiumAllowed?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  maxApplicationsPerEntity?: number;

  @ApiPropertyOptional({ type: [RubricCriterionDto], description: 'Evaluation rubric; weights sum to 100' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric?: RubricCriterionDto[];

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2027-01-31T18:00:00+08:00',
    description: 'At least 3 and at most 365 days after submission; once published it only moves later',
  })
  @IsOptional()
  @Transform(toStrictDate)
  @IsDate({ message: 'deadline must be an ISO 8601 date-time with its offset, e.g. 2027-01-31T18:00:00+08:00' })
  deadline?: Date;

  @ApiPropertyOptional({ description: 'Sealed (default): nobody but the submitter reads a solution before the deadline' })
  @IsOptional()
  @IsBoolean()
  sealed?: boolean;

  @ApiPropertyOptional({ type: ContactDto, description: 'Shown to verified enterprise members only' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}

export class CreateScenarioDto extends ScenarioFieldsDto {
  @ApiProperty({ example: '主城区交通信号配时智能优化', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;
}

export class UpdateScenarioDto extends ScenarioFieldsDto {
  @ApiPropertyOptional({ example: '主城区交通信号配时智能优化', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({
    description: 'For a published scenario: what the amendment changes and why (shown in the version history)',
    maxLength: 500,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ReasonDto {
  @ApiProperty({ minLength: 5, maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @Matches(/^[\s\S]{5,}$/, { message: 'reason must be at least 5 characters' })
  reason!: string;
}

export class PublishScenarioDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Batch to publish into; defaults to the newest batch that is not closed' })
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'batchId must be a UUID' })
  batchId?: string;
}

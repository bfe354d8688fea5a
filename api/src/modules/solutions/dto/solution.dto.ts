import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SOLUTION_STATUSES, type SolutionStatus } from '@scenebridge/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AttachmentView } from '../../files/attachment.views';
import { OrganizationRefView } from '../../scenarios/scenario.views';
import { trim } from '../../../common/validators';

const cleanList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))] : value;

export class TimelineItemDto {
  @ApiProperty({ example: '需求调研与数据接入', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  phase!: string;

  @ApiProperty({ example: 4, minimum: 1, maximum: 260 })
  @IsInt()
  @Min(1)
  @Max(260)
  weeks!: number;
}

/** Solution fields; all optional while drafting (submission checks completeness). */
export class SolutionFieldsDto {
  @ApiPropertyOptional({ example: '路口视频感知 + 强化学习配时方案', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  brief?: string;

  @ApiPropertyOptional({ description: 'Approach / technical route', maxLength: 50000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50000)
  approach?: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(10000)
  innovations?: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(10000)
  risks?: string;

  @ApiPropertyOptional({ type: [TimelineItemDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TimelineItemDto)
  timeline?: TimelineItemDto[];

  @ApiPropertyOptional({ type: Number, nullable: true, example: 320, description: 'Price quote in 万元' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10_000_000)
  priceQuote?: number | null;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  team?: string;

  @ApiPropertyOptional({ type: [String], description: 'Consortium partners (when the scenario allows consortia)' })
  @IsOptional()
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  consortiumMembers?: string[];

  @ApiPropertyOptional({ description: 'We declare that we meet the scenario’s eligibility rules' })
  @IsOptional()
  @IsBoolean()
  eligibilityDeclared?: boolean;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  eligibilityNote?: string;
}

export class TimelineItemView {
  @ApiProperty() phase!: string;
  @ApiProperty() weeks!: number;
}

export class SolutionScenarioRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty() sealed!: boolean;
  @ApiProperty() status!: string;
  @ApiProperty() consortiumAllowed!: boolean;
}

export class SolutionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: SolutionScenarioRefView }) scenario!: SolutionScenarioRefView;
  @ApiProperty({ type: OrganizationRefView }) organization!: OrganizationRefView;
  @ApiProperty({ enum: SOLUTION_STATUSES }) status!: SolutionStatus;
  @ApiProperty() title!: string;
  @ApiProperty() brief!: string;
  @ApiProperty() approach!: string;
  @ApiProperty() innovations!: string;
  @ApiProperty() risks!: string;
  @ApiProperty({ type: [TimelineItemView] }) timeline!: TimelineItemView[];
  @ApiProperty({ nullable: true, type: Number }) priceQuote!: number | null;
  @ApiProperty() team!: string;
  @ApiProperty({ type: [String] }) consortiumMembers!: string[];
  @ApiProperty() eligibilityDeclared!: boolean;
  @ApiProperty() eligibilityNote!: string;
  @ApiProperty({ description: 'Submitted versions so far' }) version!: number;
  @ApiProperty({ type: [AttachmentView] }) attachments!: AttachmentView[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) withdrawnAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SolutionSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: SolutionScenarioRefView }) scenario!: SolutionScenarioRefView;
  @ApiProperty({ type: OrganizationRefView }) organization!: OrganizationRefView;
  @ApiProperty({ enum: SOLUTION_STATUSES }) status!: SolutionStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: Number }) priceQuote!: number | null;
  @ApiProperty() version!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SolutionListView {
  @ApiProperty({ type: [SolutionSummaryView] }) items!: SolutionSummaryView[];
}

export class ReceivedCountView {
  @ApiProperty({ description: 'Solutions submitted (not drafts, not withdrawn)' }) received!: number;
  @ApiProperty({ description: 'True while the contents are sealed (a sealed scenario before its bid opening)' }) sealed!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When a sealed scenario opens its solutions: its deadline (null for unsealed scenarios)',
  })
  opensAt!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the solutions of a sealed scenario were opened (recorded once, in the audit log); null until then',
  })
  openedAt!: string | null;
}

export class SolutionVersionView {
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) snapshot!: Record<string, unknown>;
}

export class SolutionVersionListView {
  @ApiProperty({ type: [SolutionVersionView] }) items!: SolutionVersionView[];
}

export class MineQueryDto {
  @ApiPropertyOptional({ enum: SOLUTION_STATUSES })
  @IsOptional()
  @IsIn(SOLUTION_STATUSES)
  status?: SolutionStatus;
}

export class SolutionExportQueryDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';
}

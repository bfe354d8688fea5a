import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OrganizationSummaryView } from '../users/user.views';
import type { CapabilityProfile } from './capability-profile.entity';
import { trim } from '../../common/validators';

const cleanList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))] : value;

export class CapabilityItemDto {
  @ApiProperty({ example: '交通视频结构化分析', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: '基于深度学习的路口视频车辆检测、排队长度估计与事件识别。', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ type: [String], example: ['计算机视觉', '交通信号'] })
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags!: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: 'Technology readiness level' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number;

  @ApiPropertyOptional({ example: '检测准确率 97%，单路 25 FPS', maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  indicators?: string;
}

export class DeliveredCaseDto {
  @ApiProperty({ example: '某区 40 个路口信号优化', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: '某市交通管理局', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  client!: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(1990)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: '高峰延误下降 18%', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  outcome!: string;
}

/** The whole profile, replaced at once (PUT). */
export class ProfileDto {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  summary!: string;

  @ApiProperty({ type: [CapabilityItemDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CapabilityItemDto)
  capabilities!: CapabilityItemDto[];

  @ApiProperty({ type: [String], description: 'Overall capability tags' })
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags!: string[];

  @ApiProperty({ type: [String], example: ['transport'], description: 'Sector codes served' })
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(11)
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { each: true, message: 'sectors must be sector codes' })
  sectors!: string[];

  @ApiProperty({ type: [String], example: ['四川省', '重庆市'], description: 'Regions served (provinces or cities)' })
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  regions!: string[];

  @ApiProperty({ type: [String], example: ['高新技术企业', 'ISO 27001'] })
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  qualifications!: string[];

  @ApiProperty({ type: [DeliveredCaseDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => DeliveredCaseDto)
  cases!: DeliveredCaseDto[];

  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  teamSize?: number | null;

  @ApiProperty({ description: 'Be matched to scenarios and show the profile publicly' })
  @IsBoolean()
  openForMatching!: boolean;
}

export class CapabilityItemView {
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ required: false }) trl?: number;
  @ApiProperty({ required: false }) indicators?: string;
}

export class DeliveredCaseView {
  @ApiProperty() title!: string;
  @ApiProperty() client!: string;
  @ApiProperty() year!: number;
  @ApiProperty() outcome!: string;
}

export class ProfileView {
  @ApiProperty({ type: OrganizationSummaryView }) organization!: OrganizationSummaryView;
  @ApiProperty() region!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [CapabilityItemView] }) capabilities!: CapabilityItemView[];
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ type: [String] }) regions!: string[];
  @ApiProperty({ type: [String] }) qualifications!: string[];
  @ApiProperty({ type: [DeliveredCaseView] }) cases!: DeliveredCaseView[];
  @ApiProperty({ nullable: true, type: Number }) teamSize!: number | null;
  @ApiProperty() openForMatching!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt!: string | null;
}

export function toProfileView(
  profile: CapabilityProfile | null,
  organization: { id: string; kind: 'agency' | 'enterprise'; name: string; status: 'pending' | 'verified' | 'rejected'; region: string },
): ProfileView {
  return {
    organization: { id: organization.id, kind: organization.kind, name: organization.name, status: organization.status },
    region: organization.region,
    summary: profile?.summary ?? '',
    capabilities: profile?.capabilities ?? [],
    tags: profile?.tags ?? [],
    sectors: profile?.sectors ?? [],
    regions: profile?.regions ?? [],
    qualifications: profile?.qualifications ?? [],
    cases: profile?.cases ?? [],
    teamSize: profile?.teamSize ?? null,
    openForMatching: profile?.openForMatching ?? false,
    updatedAt: profile?.updatedAt.toISOString() ?? null,
  };
}

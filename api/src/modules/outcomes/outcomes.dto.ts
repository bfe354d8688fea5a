import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { AttachmentView } from '../files/attachment.views';
import { trim } from '../../common/validators';

export class MilestoneDto {
  @ApiProperty({ example: '完成 32 个路口设备联调', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: '2027-03-31', description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  dueDate!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2027-03-20', description: 'When it was reached (YYYY-MM-DD)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true }, { message: 'doneOn must be a date (YYYY-MM-DD)' })
  doneOn?: string | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class UpdateMilestoneDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  dueDate?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'YYYY-MM-DD, or null' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true }, { message: 'doneOn must be a date (YYYY-MM-DD)' })
  doneOn?: string | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class FailureDto {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class MilestoneView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() dueDate!: string;
  @ApiProperty({ nullable: true, type: String }) doneOn!: string | null;
  @ApiProperty() note!: string;
  @ApiProperty({ type: [AttachmentView], description: 'Evidence files (for the agency, admins and the awarded enterprises)' })
  evidence!: AttachmentView[];
  @ApiProperty({ description: 'Number of evidence files' }) evidenceCount!: number;
}

export class OutcomeView {
  @ApiProperty({ format: 'uuid' }) scenarioId!: string;
  @ApiProperty({ description: 'in_delivery, landed or failed (or an earlier status)' }) status!: string;
  @ApiProperty({ type: [MilestoneView] }) milestones!: MilestoneView[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) landedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) failureReason!: string | null;
  @ApiProperty({ description: 'The caller may record milestones and the outcome' }) canManage!: boolean;
}

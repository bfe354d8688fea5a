import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageOf, PageQuery } from '../../common/dto/page';
import { UserView } from '../users/user.views';

const trimList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))] : value;

export class CreateReviewerDto {
  @ApiProperty({ example: 'wang.qiang@university.edu.cn' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: '王强', maxLength: 100 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName!: string;

  @ApiProperty({ type: [String], example: ['计算机视觉', '智能交通', '边缘计算'], description: '1–20 expertise tags' })
  @Transform(trimList)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  expertise!: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['锦城大学', '蜀光智能视觉科技有限公司'],
    description: 'Organisations the expert works or worked for; a match with an applicant is flagged as a conflict of interest',
  })
  @IsOptional()
  @Transform(trimList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  affiliations?: string[];
}

export class UpdateReviewerDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(trimList)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  expertise?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(trimList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  affiliations?: string[];
}

export class ReviewerQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Only active (true) or deactivated (false) reviewers' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Part of the name, e-mail or an expertise tag' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ReviewerPage extends PageOf(UserView, 'ReviewerPage') {}

export class ReviewerWithLinkView {
  @ApiProperty({ type: UserView }) reviewer!: UserView;
  @ApiProperty({ description: 'One-time link for the reviewer to set a password; shown only now.' }) link!: string;
  @ApiProperty({ format: 'date-time' }) linkExpiresAt!: string;
}

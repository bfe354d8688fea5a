import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES, type OrganizationKind, type OrganizationStatus } from '@scenebridge/shared';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/dto/page';
import { TokenDto } from '../../../common/dto/token';
import { IsAcceptablePassword, trim } from '../../../common/validators';

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  region?: string;
}

export class InviteMemberDto {
  @ApiProperty({ example: 'li.fang@example.gov.cn' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class AdminOrganizationQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: ORGANIZATION_STATUSES })
  @IsOptional()
  @IsIn(ORGANIZATION_STATUSES)
  status?: OrganizationStatus;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ description: 'Part of the name or credit code' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class RejectOrganizationDto {
  @ApiProperty({ example: '统一社会信用代码与营业执照不一致，请核对后重新提交。', minLength: 5, maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  reason!: string;
}

export class AcceptInvitationDto extends TokenDto {
  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString()
  @IsAcceptablePassword(['displayName'])
  password!: string;

  @ApiProperty({ example: '李芳', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName!: string;
}

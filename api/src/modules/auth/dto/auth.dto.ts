import { ApiProperty } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@scenebridge/shared';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { TokenDto } from '../../../common/dto/token';
import { IsAcceptablePassword, IsCreditCode, trim } from '../../../common/validators';
import { OrganizationView } from '../../organizations/organization.views';
import { UserView } from '../../users/user.views';

const normalizeEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const normalizeCode = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class RegisterOrganizationDto {
  @ApiProperty({ enum: ORGANIZATION_KINDS, description: 'agency = government body / SOE; enterprise = company' })
  @IsIn(ORGANIZATION_KINDS)
  kind!: OrganizationKind;

  @ApiProperty({ example: '锦城市交通运输局', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '91350100M000100Y43', description: 'Unified social credit code (GB 32100-2015), 18 characters' })
  @Transform(normalizeCode)
  @IsCreditCode()
  creditCode!: string;

  @ApiProperty({ example: '四川省/锦城市', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  region!: string;
}

export class RegisterDto {
  @ApiProperty({ example: 'zhou.ming@example.gov.cn' })
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 10, maxLength: 128, description: 'At least 10 characters, not a common password' })
  @IsString()
  @IsAcceptablePassword(['email', 'displayName', 'organization.name'])
  password!: string;

  @ApiProperty({ example: '周明', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName!: string;

  @ApiProperty({ type: RegisterOrganizationDto })
  @ValidateNested()
  @Type(() => RegisterOrganizationDto)
  organization!: RegisterOrganizationDto;
}

export class RegisteredView {
  @ApiProperty({ type: UserView }) user!: UserView;
  @ApiProperty({ type: OrganizationView }) organization!: OrganizationView;
}

export class LoginDto {
  @ApiProperty({ example: 'admin@scenebridge.local' })
  @Transform(normalizeEmail)
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}

export class SessionView {
  @ApiProperty({ description: 'Bearer token for the Authorization header' }) accessToken!: string;
  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ type: UserView }) user!: UserView;
}

export class SetPasswordDto extends TokenDto {
  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString()
  @IsAcceptablePassword()
  password!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

/** The secret of a one-time link (password links, invitations). */
export class TokenDto {
  @ApiProperty({ description: 'The secret from a one-time link' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token is malformed' })
  token!: string;
}

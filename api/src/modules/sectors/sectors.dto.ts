import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Sector } from './sector.entity';
import { trim } from '../../common/validators';

export class SectorView {
  @ApiProperty({ example: 'transport' }) code!: string;
  @ApiProperty({ example: '智能交通' }) nameZh!: string;
  @ApiProperty({ example: 'Smart transport' }) nameEn!: string;
  @ApiProperty() sortOrder!: number;
  @ApiProperty() active!: boolean;
}

export class SectorListView {
  @ApiProperty({ type: [SectorView] }) items!: SectorView[];
}

export class UpdateSectorDto {
  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  nameZh?: string;

  @ApiPropertyOptional({ maxLength: 80 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  nameEn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  sortOrder?: number;

  @ApiPropertyOptional({ description: 'Inactive sectors are no longer offered for new scenarios' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class CreateSectorDto {
  @ApiProperty({ example: 'energy', description: 'Lower-case code, letters, digits and _' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'code must be lower-case letters, digits or _ (2–40)' })
  code!: string;

  @ApiProperty({ example: '智能能源', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  nameZh!: string;

  @ApiProperty({ example: 'Smart energy', maxLength: 80 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  nameEn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  sortOrder?: number;
}

export const toView = (s: Sector): SectorView => ({
  code: s.code,
  nameZh: s.nameZh,
  nameEn: s.nameEn,
  sortOrder: s.sortOrder,
  active: s.active,
});

import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCreditCode } from '../../common/validators';

/** Column names accepted in capability files (Chinese or English) → field names. */
export const CAPABILITY_HEADERS: Record<string, string> = {
  企业名称: 'name',
  名称: 'name',
  统一社会信用代码: 'creditCode',
  信用代码: 'creditCode',
  地区: 'region',
  所在地区: 'region',
  能力描述: 'description',
  描述: 'description',
  能力标签: 'tags',
  标签: 'tags',
  服务领域: 'sectors',
  领域: 'sectors',
  资质: 'qualifications',
  资质证书: 'qualifications',
  案例: 'cases',
  交付案例: 'cases',
};

const text = ({ value }: { value: unknown }) =>
  value === null || value === undefined ? value : typeof value === 'string' ? value.trim() : String(value);
const list = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => String(v).trim()).filter(Boolean)
    : typeof value === 'string'
      ? value
          .split(/[,，、;；|\n]/)
          .map((v) => v.trim())
          .filter(Boolean)
      : value === undefined || value === null
        ? []
        : value;

export interface ImportedCase {
  title: string;
  client: string;
  year: number;
  outcome: string;
}

/** Cases as JSON objects, or as text lines "标题 / 客户 / 年份 / 成效". */
const cases = ({ value }: { value: unknown }): unknown => {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  return String(value)
    .split(/[;；\n]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [title = '', client = '', year = '', outcome = ''] = line.split(/\s*[/|]\s*/);
      return { title, client, year: Number(year), outcome };
    });
};

/** One enterprise row of a capability import. */
export class CapabilityImportRow {
  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'name (the enterprise) is required' })
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsCreditCode()
  creditCode?: string;

  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'region is required' })
  @MaxLength(100)
  region!: string;

  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'description is required' })
  @MaxLength(4000)
  description!: string;

  @Transform(list)
  @IsArray()
  @ArrayMinSize(1, { message: 'at least one tag is required' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags!: string[];

  @Transform(list)
  @IsArray()
  @ArrayMaxSize(11)
  @IsString({ each: true })
  sectors!: string[];

  @Transform(list)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  qualifications!: string[];

  @Transform(cases)
  @IsArray()
  @ArrayMaxSize(30)
  cases!: ImportedCase[];
}

/** Problems with the cases of a row (class-validator checks the list, this checks each case). */
export function caseProblems(list: ImportedCase[]): string | null {
  for (const [i, c] of list.entries()) {
    if (!c || typeof c !== 'object') return `case ${i + 1} is not a case`;
    if (!String(c.title ?? '').trim()) return `case ${i + 1} needs a title`;
    if (!Number.isInteger(Number(c.year)) || Number(c.year) < 1990 || Number(c.year) > 2100)
      return `case ${i + 1} needs a year between 1990 and 2100`;
  }
  return null;
}

import { COOPERATION_MODE_LABELS_ZH, COOPERATION_MODES, type CooperationMode } from '@scenebridge/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Column names accepted in files (Chinese or English) → field names. */
export const SCENARIO_HEADERS: Record<string, string> = {
  编号: 'code',
  场景编号: 'code',
  场景名称: 'title',
  名称: 'title',
  标题: 'title',
  发布单位: 'publisher',
  单位: 'publisher',
  所属领域: 'sector',
  领域: 'sector',
  地区: 'region',
  所在地区: 'region',
  场景描述: 'description',
  问题与现状: 'description',
  描述: 'description',
  摘要: 'summary',
  建设内容: 'scope',
  能力需求: 'tags',
  能力标签: 'tags',
  标签: 'tags',
  预算下限万元: 'budgetMin',
  预算下限: 'budgetMin',
  预算上限万元: 'budgetMax',
  预算上限: 'budgetMax',
  截止时间: 'deadline',
  截止日期: 'deadline',
  批次: 'batch',
  合作方式: 'cooperationMode',
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
      : value;
const money = ({ value }: { value: unknown }) => {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') return value;
  const cleaned = String(value).replace(/[,，\s]|万元|万/g, '');
  return cleaned === '' ? undefined : Number(cleaned);
};
const date = ({ value }: { value: unknown }) => {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return value;
  const s = String(value).trim().replace(/\//g, '-');
  // A bare date means the end of that day in China.
  const parsed = /^\d{4}-\d{1,2}-\d{1,2}$/.test(s) ? new Date(`${s.replace(/-(\d)(?=-|$)/g, '-0$1')}T23:59:59+08:00`) : new Date(s);
  return parsed;
};
const mode = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim();
  return (Object.entries(COOPERATION_MODE_LABELS_ZH).find(([, label]) => label === v)?.[0] as CooperationMode | undefined) ?? v;
};

/** One scenario row of an import file (validated before anything is written). */
export class ScenarioImportRow {
  @IsOptional()
  @Transform(text)
  @Matches(/^\d{4}-\d{2}-\d{3}$/, { message: 'code must look like 2026-01-007' })
  code?: string;

  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'title is required' })
  @MaxLength(200)
  title!: string;

  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'publisher (the agency name) is required' })
  @MaxLength(200)
  publisher!: string;

  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'sector is required (a code such as transport, or a name such as 智能交通)' })
  sector!: string;

  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'region is required' })
  @MaxLength(100)
  region!: string;

  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'description is required' })
  @MaxLength(20000)
  description!: string;

  @IsOptional()
  @Transform(text)
  @IsString()
  @MaxLength(500)
  summary?: string;

  @IsOptional()
  @Transform(text)
  @IsString()
  @MaxLength(20000)
  scope?: string;

  @Transform(list)
  @IsArray({ message: 'tags must be a list (separate with 、 or ,)' })
  @ArrayMinSize(1, { message: 'at least one tag is required' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags!: string[];

  @IsOptional()
  @Transform(money)
  @IsNumber({ allowNaN: false }, { message: 'budgetMin must be a number (万元)' })
  @Min(0)
  @Max(10_000_000)
  budgetMin?: number;

  @IsOptional()
  @Transform(money)
  @IsNumber({ allowNaN: false }, { message: 'budgetMax must be a number (万元)' })
  @Min(0)
  @Max(10_000_000)
  budgetMax?: number;

  @IsOptional()
  @Transform(date)
  @IsDate({ message: 'deadline must be a date such as 2026-12-31 or an ISO date-time' })
  deadline?: Date;

  @IsOptional()
  @Transform(text)
  @IsString()
  @MaxLength(100)
  batch?: string;

  @IsOptional()
  @Transform(mode)
  @IsIn(COOPERATION_MODES, { message: `cooperationMode must be one of ${COOPERATION_MODES.join(', ')} or 采购/联合研发/揭榜攻关/首试首用` })
  cooperationMode?: CooperationMode;
}

/** "2026年第一批", "2026-1", "2026-01" or "2026第1批" → year and number. */
export function parseBatch(text: string): { year: number; number: number } | null {
  const numerals: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
  const m = /^(\d{4})\s*(?:年)?\s*(?:第)?\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*(?:批)?$/.exec(
    text.replace(/[-/.]/g, ' ').replace(/\s+/g, ' ').trim(),
  );
  if (!m) return null;
  const raw = m[2];
  const number = /^\d+$/.test(raw)
    ? Number(raw)
    : raw.length === 1
      ? numerals[raw]
      : raw.startsWith('十')
        ? 10 + (numerals[raw[1]] ?? 0)
        : numerals[raw[0]] * 10 + (numerals[raw[1]] ?? 0);
  return number >= 1 && number <= 99 ? { year: Number(m[1]), number } : null;
}

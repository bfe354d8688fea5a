import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { DomainError } from '../../common/errors/domain-error';

export interface ParsedRow {
  /** Row number as the person sees it: the spreadsheet line, or the 1-based array position. */
  row: number;
  values: Record<string, unknown>;
}

export type TableFormat = 'json' | 'csv' | 'xlsx';

export const MAX_ROWS = 10_000;

/** Works out the format from the file name (and, for JSON, the first character). */
export function formatOf(filename: string, data: Buffer): TableFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json') || /^\s*[[{]/.test(data.subarray(0, 64).toString('utf8'))) return 'json';
  throw new DomainError('UNSUPPORTED_FILE_TYPE', 'Import a .json, .csv or .xlsx file.');
}

/**
 * Reads rows from JSON (an array, or `{ items: [...] }`), CSV or XLSX (first sheet, first row
 * holds the headers). Header names are mapped through `headerMap` (Chinese or English).
 */
export async function parseTable(data: Buffer, format: TableFormat, headerMap: Record<string, string>): Promise<ParsedRow[]> {
  let rows: ParsedRow[];
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      throw new DomainError('MALFORMED_JSON', 'The file is not valid JSON.');
    }
    const items = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown })?.items;
    if (!Array.isArray(items)) throw new DomainError('IMPORT_INVALID', 'Send a JSON array of rows, or { "items": [...] }.');
    rows = items.map((item, i) => ({ row: i + 1, values: isObject(item) ? renameKeys(item, headerMap) : { __invalid: item } }));
  } else {
    const workbook = new ExcelJS.Workbook();
    let sheet: ExcelJS.Worksheet | undefined;
    try {
      if (format === 'csv') sheet = await workbook.csv.read(Readable.from(data.toString('utf8').replace(/^\uFEFF/, '')));
      else {
        await workbook.xlsx.load(data as unknown as ArrayBuffer);
        sheet = workbook.worksheets[0];
      }
    } catch {
      throw new DomainError('IMPORT_INVALID', `The ${format.toUpperCase()} file could not be read.`);
    }
    rows = sheet ? sheetRows(sheet, headerMap) : [];
  }
  if (rows.length === 0) throw new DomainError('IMPORT_INVALID', 'The file holds no rows.');
  if (rows.length > MAX_ROWS) throw new DomainError('IMPORT_INVALID', `At most ${MAX_ROWS} rows per import.`);
  return rows;
}

function sheetRows(sheet: ExcelJS.Worksheet, headerMap: Record<string, string>): ParsedRow[] {
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col] = normaliseHeader(String(cellValue(cell.value) ?? ''), headerMap);
  });
  const rows: ParsedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values: Record<string, unknown> = {};
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const header = headers[col];
      const value = cellValue(cell.value);
      if (header && value !== '' && value !== null && value !== undefined) values[header] = value;
    });
    if (Object.keys(values).length > 0) rows.push({ row: number, values });
  });
  return rows;
}

/** Plain values out of ExcelJS cells (rich text, formulas, hyperlinks). */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return typeof value === 'string' ? value.trim() : value;
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return null;
}

function normaliseHeader(header: string, headerMap: Record<string, string>): string {
  const clean = header.replace(/[\s（）()]/g, '').replace(/\u00a0/g, '');
  return headerMap[clean] ?? headerMap[clean.toLowerCase()] ?? header.trim();
}

function renameKeys(item: Record<string, unknown>, headerMap: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [normaliseHeader(k, headerMap), v]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

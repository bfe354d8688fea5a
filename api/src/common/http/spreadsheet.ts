import type ExcelJS from 'exceljs';

/** Characters a spreadsheet program reads, at the start of a cell, as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for a CSV file that Excel, WPS or LibreOffice may open: a value that
 * would start a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading apostrophe,
 * so it is shown as text and never run (OWASP, "CSV Injection").
 */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The workbook in the format asked for. XLSX keeps typed cells (text is never a formula
 * there); CSV is UTF-8 with a byte-order mark, so spreadsheet programs read Chinese text
 * correctly, and every text cell is neutralised first. Numbers stay numbers.
 */
export async function spreadsheetFile(workbook: ExcelJS.Workbook, format: 'csv' | 'xlsx'): Promise<Buffer> {
  if (format === 'xlsx') return Buffer.from(await workbook.xlsx.writeBuffer());
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = neutraliseCsvCell(cell.value);
      }),
    ),
  );
  return Buffer.concat([Buffer.from('\uFEFF', 'utf8'), Buffer.from(await workbook.csv.writeBuffer())]);
}

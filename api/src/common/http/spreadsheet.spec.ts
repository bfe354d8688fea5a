import ExcelJS from 'exceljs';
import { neutraliseCsvCell, spreadsheetFile } from './spreadsheet';

describe('CSV cells that would start a formula', () => {
  it.each(['=HYPERLINK("http://evil.example","点我")', '+1+cmd|/c calc', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises %j with a leading apostrophe',
    (value) => {
      expect(neutraliseCsvCell(value)).toBe(`'${value}`);
    },
  );

  it.each(['交通信号配时', 'Plain text', '1=1', "'already quoted", ''])('leaves %j as it is', (value) => {
    expect(neutraliseCsvCell(value)).toBe(value);
  });

  it('writes text cells neutralised, numbers as numbers, and XLSX untouched', async () => {
    const build = () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('s');
      sheet.columns = [
        { header: '名称', key: 'name' },
        { header: '报价', key: 'price' },
      ];
      sheet.addRow({ name: '=1+1', price: -5 });
      return workbook;
    };
    const csv = (await spreadsheetFile(build(), 'csv')).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain("'=1+1,-5");
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load((await spreadsheetFile(build(), 'xlsx')) as unknown as ArrayBuffer);
    expect(xlsx.worksheets[0].getCell('A2').value).toBe('=1+1');
  });
});

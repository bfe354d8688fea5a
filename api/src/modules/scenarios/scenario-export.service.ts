import { Injectable } from '@nestjs/common';
import {
  BUDGET_BAND_LABELS_ZH,
  COOPERATION_MODE_LABELS_ZH,
  DEFAULT_SECTORS,
  SCENARIO_STATUS_LABELS_ZH,
  type CooperationMode,
  type ScenarioStatus,
} from '@scenebridge/shared';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { spreadsheetFile } from '../../common/http/spreadsheet';
import { AppConfig } from '../../config/app-config';
import type { ScenarioDocument } from './scenario-document';
import { ScenarioSearchService, type ScenarioSearchParams } from './scenario-search.service';
import { Sector } from '../sectors/sector.entity';

/** At most this many rows per export; narrow the search for more. */
export const EXPORT_LIMIT = 10_000;

const COLUMNS: {
  header: string;
  key: string;
  width: number;
  value: (d: ScenarioDocument, sectors: Map<string, string>, base: string) => string | number | null;
}[] = [
  { header: '编号', key: 'code', width: 14, value: (d) => d.code },
  { header: '场景名称', key: 'title', width: 40, value: (d) => d.title },
  { header: '摘要', key: 'summary', width: 60, value: (d) => d.summary },
  { header: '所属领域', key: 'sector', width: 14, value: (d, s) => (d.sector ? (s.get(d.sector) ?? d.sector) : null) },
  { header: '地区', key: 'region', width: 20, value: (d) => d.region },
  { header: '发布单位', key: 'agency', width: 28, value: (d) => d.agencyName },
  { header: '批次', key: 'batch', width: 16, value: (d) => d.batchName },
  { header: '状态', key: 'status', width: 10, value: (d) => SCENARIO_STATUS_LABELS_ZH[d.status as ScenarioStatus] ?? d.status },
  {
    header: '合作方式',
    key: 'mode',
    width: 12,
    value: (d) => (d.cooperationMode ? COOPERATION_MODE_LABELS_ZH[d.cooperationMode as CooperationMode] : null),
  },
  { header: '预算下限（万元）', key: 'budgetMin', width: 14, value: (d) => d.budgetMin },
  { header: '预算上限（万元）', key: 'budgetMax', width: 14, value: (d) => d.budgetMax },
  { header: '预算区间', key: 'budgetBand', width: 14, value: (d) => BUDGET_BAND_LABELS_ZH[d.budgetBand] ?? d.budgetBand },
  { header: '能力需求', key: 'tags', width: 30, value: (d) => d.tags.join('、') },
  { header: '截止时间', key: 'deadline', width: 20, value: (d) => (d.deadline ? beijingTime(d.deadline) : null) },
  { header: '发布时间', key: 'publishedAt', width: 20, value: (d) => (d.publishedAt ? beijingTime(d.publishedAt) : null) },
  { header: '链接', key: 'link', width: 50, value: (d, _s, base) => `${base}/scenarios/${d.id}` },
];

/** Any search result as a spreadsheet with Chinese headers. */
@Injectable()
export class ScenarioExportService {
  constructor(
    private readonly search: ScenarioSearchService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async export(params: Omit<ScenarioSearchParams, 'page' | 'pageSize'>, format: 'csv' | 'xlsx'): Promise<Buffer> {
    const documents: ScenarioDocument[] = [];
    for (let page = 1; documents.length < EXPORT_LIMIT; page++) {
      const result = await this.search.search({ ...params, page, pageSize: 1_000 });
      documents.push(...result.hits.map((h) => h.document));
      if (result.hits.length < 1_000 || documents.length >= result.total) break;
    }
    const sectors = new Map((await this.dataSource.getRepository(Sector).find()).map((s) => [s.code, s.nameZh]));
    for (const s of DEFAULT_SECTORS) if (!sectors.has(s.code)) sectors.set(s.code, s.nameZh);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('场景机会清单');
    sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    for (const d of documents.slice(0, EXPORT_LIMIT)) {
      sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c.key, c.value(d, sectors, this.config.publicUrl)])));
    }
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return spreadsheetFile(workbook, format);
  }
}

function beijingTime(iso: string): string {
  return new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
}

import { Injectable } from '@nestjs/common';
import { SCENARIO_STATUS_LABELS_ZH } from '@scenebridge/shared';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { spreadsheetFile } from '../../common/http/spreadsheet';
import type { AgencyStatisticsView, CountView, StatisticsView } from './stats.dto';

/** Published and later, as counted by the statistics (cancelled scenarios are left out). */
const COUNTED = `('open','closed','reviewing','shortlisted','awarded','announced','in_delivery','landed','failed','no_award')`;
const AWARDED = `('awarded','announced','in_delivery','landed','failed')`;
const SOLUTION_COUNTED = `('submitted','shortlisted','awarded','not_selected')`;
/**
 * Public figures count a scenario's solutions only once its submission period is over (closed
 * at the deadline, which for a sealed scenario is the bid opening): live counts would tell
 * who is competing, and how hard, while the competition runs.
 */
const SOLUTIONS_VISIBLE = (alias: string) => `${alias}.closed_at IS NOT NULL`;

const STATUS_EN: Record<string, string> = {
  open: 'Open',
  closed: 'Closed',
  reviewing: 'Under review',
  shortlisted: 'Shortlisted',
  awarded: 'Awarded',
  announced: 'Announced',
  in_delivery: 'In delivery',
  landed: 'Landed',
  failed: 'Failed',
  no_award: 'No award',
};

/** Public figures of the list, computed from the rows by SQL (nothing cached, nothing estimated). */
@Injectable()
export class StatsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Everything, or one agency's scenarios. */
  async figures(agencyId?: string): Promise<StatisticsView> {
    const scope = agencyId ? `AND s.organization_id = $1` : '';
    const params = agencyId ? [agencyId] : [];
    const q = <T>(sql: string) => this.dataSource.query(sql, params) as Promise<T[]>;
    const [funnel] = await q<{
      published: number;
      received: number;
      awarded: number;
      landed: number;
      solutions: number;
      median: number | null;
    }>(`
      SELECT count(*)::int AS published,
             count(*) FILTER (WHERE ${SOLUTIONS_VISIBLE('s')} AND EXISTS (SELECT 1 FROM solutions x WHERE x.scenario_id = s.id AND x.status IN ${SOLUTION_COUNTED}))::int AS received,
             count(*) FILTER (WHERE s.status IN ${AWARDED})::int AS awarded,
             count(*) FILTER (WHERE s.status = 'landed')::int AS landed,
             (SELECT count(*)::int FROM solutions x JOIN scenarios y ON y.id = x.scenario_id
               WHERE x.status IN ${SOLUTION_COUNTED} AND y.status IN ${COUNTED} AND ${SOLUTIONS_VISIBLE('y')} ${agencyId ? 'AND y.organization_id = $1' : ''}) AS solutions,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.decided_at - s.published_at) / 86400)
               FILTER (WHERE s.status IN ${AWARDED} AND s.decided_at IS NOT NULL AND s.published_at IS NOT NULL) AS median
        FROM scenarios s WHERE s.status IN ${COUNTED} ${scope}`);
    const bySector = await q<CountView>(`
      SELECT coalesce(s.sector_code, '') AS key, coalesce(sec.name_zh, '—') AS label, coalesce(sec.name_en, '—') AS "labelEn", count(*)::int AS count
        FROM scenarios s LEFT JOIN sectors sec ON sec.code = s.sector_code
       WHERE s.status IN ${COUNTED} ${scope}
       GROUP BY 1, 2, 3 ORDER BY count DESC, key`);
    const byProvince = await q<CountView>(`
      SELECT split_part(s.region, '/', 1) AS key, split_part(s.region, '/', 1) AS label, split_part(s.region, '/', 1) AS "labelEn", count(*)::int AS count
        FROM scenarios s WHERE s.status IN ${COUNTED} ${scope}
       GROUP BY 1 ORDER BY count DESC, key`);
    const byBatch = await q<CountView & { year: number; number: number }>(`
      SELECT b.id AS key, b.name AS label, (b.year || '-' || b.number) AS "labelEn", count(*)::int AS count, b.year, b.number
        FROM scenarios s JOIN batches b ON b.id = s.batch_id
       WHERE s.status IN ${COUNTED} ${scope}
       GROUP BY b.id ORDER BY b.year, b.number`);
    const byStatus = (
      await q<{ key: string; count: number }>(`
      SELECT s.status AS key, count(*)::int AS count FROM scenarios s WHERE s.status IN ${COUNTED} ${scope} GROUP BY 1 ORDER BY count DESC, key`)
    ).map((r) => ({
      ...r,
      label: SCENARIO_STATUS_LABELS_ZH[r.key as keyof typeof SCENARIO_STATUS_LABELS_ZH] ?? r.key,
      labelEn: STATUS_EN[r.key] ?? r.key,
    }));
    const agencies = await q<StatisticsView['agencies'][number]>(`
      SELECT o.id, o.name, count(*)::int AS published,
             coalesce(sum((SELECT count(*) FROM solutions x WHERE x.scenario_id = s.id AND x.status IN ${SOLUTION_COUNTED})) FILTER (WHERE ${SOLUTIONS_VISIBLE('s')}), 0)::int AS solutions,
             count(*) FILTER (WHERE s.status IN ${AWARDED})::int AS awarded,
             count(*) FILTER (WHERE s.status = 'landed')::int AS landed
        FROM scenarios s JOIN organizations o ON o.id = s.organization_id
       WHERE s.status IN ${COUNTED} ${scope}
       GROUP BY o.id ORDER BY published DESC, o.name`);
    return {
      funnel: { published: funnel.published, received: funnel.received, awarded: funnel.awarded, landed: funnel.landed },
      solutions: funnel.solutions,
      medianDaysToAward: funnel.median === null ? null : Math.round(Number(funnel.median) * 10) / 10,
      bySector,
      byProvince,
      byBatch: byBatch.map(({ key, label, labelEn, count }) => ({ key, label, labelEn, count })),
      byStatus,
      agencies,
    };
  }

  /**
   * An agency's own analytics: its figures and one line per scenario. The line of a scenario
   * still collecting solutions carries how many arrived — all an agency may know before the
   * opening (never who, never what).
   */
  async mine(ctx: SignedInContext): Promise<AgencyStatisticsView> {
    const org = ctx.principal.organization;
    if (!org || org.kind !== 'agency') throw new DomainError('FORBIDDEN', 'Only agencies have their own analytics.');
    const figures = await this.figures(org.id);
    const scenarios = (await this.dataSource.query(
      `SELECT s.id, s.code, s.title, s.status,
              (SELECT count(*)::int FROM solutions x WHERE x.scenario_id = s.id AND x.status IN ${SOLUTION_COUNTED}) AS solutions,
              CASE WHEN s.decided_at IS NOT NULL AND s.status IN ${AWARDED}
                   THEN round((extract(epoch FROM s.decided_at - s.published_at) / 86400)::numeric, 1)::float8 END AS "daysToAward"
         FROM scenarios s WHERE s.organization_id = $1 AND s.status IN ${COUNTED}
        ORDER BY s.published_at DESC NULLS LAST`,
      [org.id],
    )) as AgencyStatisticsView['scenarios'];
    return { ...figures, scenarios };
  }

  /** The public figures as a spreadsheet (one section per table, Chinese headers). */
  async export(format: 'csv' | 'xlsx'): Promise<Buffer> {
    const f = await this.figures();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('统计');
    sheet.columns = [
      { header: '类别', key: 'section', width: 16 },
      { header: '项目', key: 'label', width: 40 },
      { header: '数值', key: 'value', width: 12 },
    ];
    const add = (section: string, label: string, value: number | null) => sheet.addRow({ section, label, value });
    add('漏斗', '已发布场景', f.funnel.published);
    add('漏斗', '收到方案的场景', f.funnel.received);
    add('漏斗', '已选定场景', f.funnel.awarded);
    add('漏斗', '已落地场景', f.funnel.landed);
    add('总体', '收到方案数', f.solutions);
    add('总体', '发布到选定的中位天数', f.medianDaysToAward);
    for (const r of f.bySector) add('按领域', r.label, r.count);
    for (const r of f.byProvince) add('按地区', r.label, r.count);
    for (const r of f.byBatch) add('按批次', r.label, r.count);
    for (const r of f.byStatus) add('按状态', r.label, r.count);
    for (const a of f.agencies) {
      add('发布单位', `${a.name}：发布`, a.published);
      add('发布单位', `${a.name}：方案`, a.solutions);
      add('发布单位', `${a.name}：选定`, a.awarded);
      add('发布单位', `${a.name}：落地`, a.landed);
    }
    sheet.getRow(1).font = { bold: true };
    return spreadsheetFile(workbook, format);
  }
}

import type { CooperationMode, ScenarioStatus } from './enums';

/** Chinese names of scenario statuses, as printed in exports and accepted by imports. */
export const SCENARIO_STATUS_LABELS_ZH: Record<ScenarioStatus, string> = {
  draft: '草稿',
  pending_review: '待审核',
  returned: '已退回',
  open: '征集中',
  closed: '已截止',
  reviewing: '评审中',
  shortlisted: '已入围',
  awarded: '已选定',
  announced: '公示中',
  in_delivery: '实施中',
  landed: '已落地',
  failed: '未能落地',
  cancelled: '已取消',
  no_award: '未选定',
};

/** Chinese names of cooperation modes. */
export const COOPERATION_MODE_LABELS_ZH: Record<CooperationMode, string> = {
  procurement: '采购',
  joint_rnd: '联合研发',
  challenge: '揭榜攻关',
  first_use: '首试首用',
};

/** Chinese names of the budget bands used by search facets (万元). */
export const BUDGET_BAND_LABELS_ZH: Record<string, string> = {
  negotiable: '面议',
  lt50: '50万元以下',
  '50to200': '50–200万元',
  '200to500': '200–500万元',
  '500to1000': '500–1000万元',
  gte1000: '1000万元以上',
};

const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Name of a batch as lists write it: 2026年第一批. */
export function batchName(year: number, number: number): string {
  const n = number <= 10 ? CHINESE_NUMERALS[number] : number < 20 ? `十${CHINESE_NUMERALS[number - 10]}` : String(number);
  return `${year}年第${n}批`;
}

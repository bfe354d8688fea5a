import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import type { Schemas } from '../../app/types';

/** A budget as people read it: a range in 万元, or 面议. */
export function formatBudget(t: TFunction, s: { budgetMin: number | null; budgetMax: number | null; budgetNegotiable: boolean }): string {
  if (s.budgetNegotiable || (s.budgetMin === null && s.budgetMax === null)) return t('budgetBand.negotiable');
  if (s.budgetMin !== null && s.budgetMax !== null) return t('search.budgetRange', { min: s.budgetMin, max: s.budgetMax });
  return s.budgetMin !== null ? t('search.budgetFrom', { min: s.budgetMin }) : t('search.budgetUpTo', { max: s.budgetMax });
}

/** "closes in 12 days" / "closes today" / "closed". */
export function deadlineLabel(t: TFunction, deadline: string | null, now = dayjs()): string | null {
  if (!deadline) return null;
  const end = dayjs(deadline);
  if (end.isBefore(now)) return t('search.deadlinePassed');
  const days = end.diff(now, 'day');
  return days === 0 ? t('search.deadlineToday') : t('search.deadlineIn', { days });
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** Solid tag colours dark enough for white text (WCAG AA 4.5:1). */
export const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  pending_review: '#a15c07',
  returned: '#b91c1c',
  open: '#15803d',
  closed: '#1d4ed8',
  reviewing: '#4338ca',
  shortlisted: '#7e22ce',
  awarded: '#0e7490',
  announced: '#be185d',
  in_delivery: '#4d7c0f',
  landed: '#047857',
  cancelled: 'default',
  no_award: 'default',
  failed: '#9f1239',
};

export type Sector = Schemas['SectorView'];

export function sectorName(sectors: Sector[] | undefined, code: string | null | undefined, english: boolean): string {
  if (!code) return '—';
  const sector = sectors?.find((s) => s.code === code);
  return sector ? (english ? sector.nameEn : sector.nameZh) : code;
}

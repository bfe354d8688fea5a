import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../app/types';
import styles from './Stats.module.css';

/** The headline figures: the funnel, solutions received, median days to award. */
export function FigureCards({ stats }: { stats: Schemas['StatisticsView'] }) {
  const { t } = useTranslation();
  const figures: [string, number | string][] = [
    [t('stats.funnel.published'), stats.funnel.published],
    [t('stats.funnel.received'), stats.funnel.received],
    [t('stats.solutions'), stats.solutions],
    [t('stats.funnel.awarded'), stats.funnel.awarded],
    [t('stats.funnel.landed'), stats.funnel.landed],
    [t('stats.median'), stats.medianDaysToAward === null ? '—' : t('stats.days', { days: Math.round(stats.medianDaysToAward * 10) / 10 })],
  ];
  return (
    <dl className={styles.figures}>
      {figures.map(([label, value]) => (
        <div key={label} className={styles.figure}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

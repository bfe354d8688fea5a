import { DownloadOutlined } from '@ant-design/icons';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import { Pager } from '../../app/Pager';
import type { Schemas } from '../../app/types';
import { FigureCards } from './FigureCards';
import { useStatistics } from './queries';
import styles from './Stats.module.css';

const StatsCharts = lazy(() => import('./StatsCharts'));

type Agency = Schemas['AgencyFiguresView'];
type Column = 'published' | 'solutions' | 'awarded' | 'landed';
const COLUMNS: [Column, string][] = [
  ['published', 'stats.funnel.published'],
  ['solutions', 'stats.solutions'],
  ['awarded', 'stats.funnel.awarded'],
  ['landed', 'stats.funnel.landed'],
];
const PAGE_SIZE = 20;

/**
 * The public dashboard: what the lists published, received, awarded and landed, by sector,
 * region, batch and agency. Plain elements; the chart library loads on its own.
 */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const stats = useStatistics();
  return (
    <div className={styles.page}>
      <div className={styles.heading}>
        <h1 className={styles.title}>{t('nav.statistics')}</h1>
        <div className={styles.downloads}>
          <a className={styles.button} href="/api/v1/stats/export?format=csv">
            <DownloadOutlined aria-hidden="true" />
            {t('stats.exportCsv')}
          </a>
          <a className={styles.button} href="/api/v1/stats/export?format=xlsx">
            <DownloadOutlined aria-hidden="true" />
            {t('stats.exportXlsx')}
          </a>
        </div>
      </div>
      <p className={styles.secondary}>{t('stats.intro')}</p>
      {stats.isPending && <PageSpinner />}
      {stats.isError && (
        <p role="alert" className={styles.error}>
          {errorMessage(t, stats.error)}
        </p>
      )}
      {stats.data && (
        <>
          <FigureCards stats={stats.data} />
          <Suspense fallback={<PageSpinner />}>
            <StatsCharts stats={stats.data} />
          </Suspense>
          <AgencyTable agencies={stats.data.agencies} />
        </>
      )}
    </div>
  );
}

/** Per agency, sortable by each figure (largest first on the first click), 20 to a page. */
function AgencyTable({ agencies }: { agencies: Agency[] }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ column: Column; descending: boolean } | null>(null);
  const [page, setPage] = useState(1);
  const sorted = sort
    ? [...agencies].sort((a, b) => (sort.descending ? b[sort.column] - a[sort.column] : a[sort.column] - b[sort.column]))
    : agencies;
  const rows = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const toggle = (column: Column) => {
    setSort(sort?.column === column ? { column, descending: !sort.descending } : { column, descending: true });
    setPage(1);
  };
  return (
    <section className={styles.panel} aria-labelledby="agency-figures">
      <h2 id="agency-figures" className={styles.panelTitle}>
        {t('stats.agencies')}
      </h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('stats.agency')}</th>
            {COLUMNS.map(([column, label]) => (
              <th key={column} scope="col" aria-sort={sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                <button type="button" className={styles.sortButton} onClick={() => toggle(column)}>
                  {t(label)}
                  <span aria-hidden="true">{sort?.column === column ? (sort.descending ? ' ↓' : ' ↑') : ' ↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/agencies/${a.id}`}>{a.name}</Link>
              </td>
              {COLUMNS.map(([column]) => (
                <td key={column}>{a[column]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} pageSize={PAGE_SIZE} total={agencies.length} onChange={setPage} />
    </section>
  );
}

import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { formatDateTime } from '../scenarios/format';
import { ScenarioStatusTag } from '../scenarios/StatusTag';
import { RESULTS_PAGE_SIZE, useResults } from './queries';
import styles from './ResultsPage.module.css';
import { ResultStateTag } from './ResultStateTag';

/** Public list of announced results (公示), newest first. Plain elements: a page for every visitor. */
export default function ResultsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const results = useResults(page);
  const go = (p: number) => setParams(p === 1 ? {} : { page: String(p) });
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t('nav.results')}</h1>
      <p className={styles.secondary}>{t('results.intro')}</p>
      {results.isError && (
        <p role="alert" className={styles.error}>
          {errorMessage(t, results.error)}
        </p>
      )}
      {results.isSuccess && results.data.length === 0 && <p className={styles.empty}>{t('results.empty')}</p>}
      <ol className={styles.list} aria-busy={results.isFetching}>
        {results.data?.map((a) => (
          <li key={a.scenarioId} className={styles.card} data-testid="result-card">
            <div className={styles.meta}>
              <ScenarioStatusTag status={a.status} />
              <ResultStateTag a={a} />
              {a.code && <span className={styles.secondary}>{a.code}</span>}
            </div>
            <h2 className={styles.cardTitle}>
              <Link to={`/results/${a.scenarioId}`}>{a.title}</Link>
            </h2>
            <p className={styles.line}>
              {a.agency.name} · {t('results.announcedOn', { date: formatDateTime(a.announcedAt) })}
            </p>
            <p className={styles.line}>
              {a.awarded.length ? (
                <>
                  {t('results.awardedTo')}{' '}
                  {a.awarded.map((s) => (
                    <span key={s.id} className={styles.winner}>
                      {s.organization.name}
                    </span>
                  ))}
                </>
              ) : (
                t('results.noAward')
              )}
            </p>
          </li>
        ))}
      </ol>
      <nav aria-label={t('pager.label')} className={styles.pager}>
        <Button disabled={page === 1} onClick={() => go(page - 1)}>
          {t('results.previous')}
        </Button>
        <span>{t('results.page', { page })}</span>
        <Button disabled={(results.data?.length ?? 0) < RESULTS_PAGE_SIZE} onClick={() => go(page + 1)}>
          {t('results.next')}
        </Button>
      </nav>
    </div>
  );
}

import { Alert, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { formatDateTime } from '../scenarios/format';
import { ScenarioStatusTag } from '../scenarios/StatusTag';
import styles from '../system/Page.module.css';
import { ResultStateTag } from './AnnouncementSummary';
import { RESULTS_PAGE_SIZE, useResults } from './queries';

/** Public list of announced results (公示), newest first. */
export default function ResultsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const results = useResults(page);
  const go = (p: number) => setParams(p === 1 ? {} : { page: String(p) });
  return (
    <div className={styles.page}>
      <Typography.Title>{t('nav.results')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('results.intro')}</Typography.Paragraph>
      {results.isError && <Alert type="error" showIcon title={errorMessage(t, results.error)} />}
      {results.isSuccess && results.data.length === 0 && <Empty description={t('results.empty')} />}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {results.data?.map((a) => (
          <Card key={a.scenarioId} size="small" loading={results.isFetching} data-testid="result-card">
            <Space size={[8, 4]} wrap>
              <ScenarioStatusTag status={a.status} />
              <ResultStateTag a={a} />
              {a.code && <Typography.Text type="secondary">{a.code}</Typography.Text>}
            </Space>
            <h2 style={{ fontSize: 18, margin: '8px 0' }}>
              <Link to={`/results/${a.scenarioId}`}>{a.title}</Link>
            </h2>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {a.agency.name} · {t('results.announcedOn', { date: formatDateTime(a.announcedAt) })}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {a.awarded.length ? (
                <>
                  {t('results.awardedTo')}{' '}
                  {a.awarded.map((s) => (
                    <Tag key={s.id} color="#0e7490">
                      {s.organization.name}
                    </Tag>
                  ))}
                </>
              ) : (
                t('results.noAward')
              )}
            </Typography.Paragraph>
          </Card>
        ))}
      </Space>
      <Space style={{ marginTop: 16 }}>
        <Button disabled={page === 1} onClick={() => go(page - 1)}>
          {t('results.previous')}
        </Button>
        <Typography.Text>{t('results.page', { page })}</Typography.Text>
        <Button disabled={(results.data?.length ?? 0) < RESULTS_PAGE_SIZE} onClick={() => go(page + 1)}>
          {t('results.next')}
        </Button>
      </Space>
    </div>
  );
}

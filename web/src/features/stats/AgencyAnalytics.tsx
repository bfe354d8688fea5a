import { Alert, Card, Col, Table } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import type { Schemas } from '../../app/types';
import { ScenarioStatusTag } from '../scenarios/StatusTag';
import { FigureCards } from './FigureCards';
import { useMyStatistics } from './queries';

const StatsCharts = lazy(() => import('./StatsCharts'));

/** The agency's own figures in its workspace: its funnel, statuses, and each scenario's solutions and time to award. */
export function AgencyAnalytics() {
  const { t } = useTranslation();
  const stats = useMyStatistics(true);
  return (
    <Col xs={24}>
      <Card title={t('stats.own')}>
        {stats.isError && <Alert type="error" showIcon title={errorMessage(t, stats.error)} />}
        {stats.isPending && <PageSpinner />}
        {stats.data && (
          <>
            <FigureCards stats={stats.data} />
            {stats.data.funnel.published > 0 && (
              <Suspense fallback={<PageSpinner />}>
                <StatsCharts stats={stats.data} compact />
              </Suspense>
            )}
            <Table<Schemas['ScenarioFiguresView']>
              style={{ marginTop: 16 }}
              rowKey="id"
              size="small"
              dataSource={stats.data.scenarios}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{ emptyText: <span className="table-empty">{t('agencyWs.empty')}</span> }}
              columns={[
                { title: t('field.title'), render: (_, s) => <Link to={`/scenarios/${s.id}`}>{s.title}</Link> },
                { title: t('field.code'), render: (_, s) => s.code ?? '—' },
                { title: t('field.status'), render: (_, s) => <ScenarioStatusTag status={s.status} /> },
                { title: t('stats.solutions'), dataIndex: 'solutions' },
                {
                  title: t('stats.daysToAward'),
                  render: (_, s) => (s.daysToAward === null ? '—' : t('stats.days', { days: s.daysToAward })),
                },
              ]}
            />
          </>
        )}
      </Card>
    </Col>
  );
}

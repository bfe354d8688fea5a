import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import type { Schemas } from '../../app/types';
import styles from '../system/Page.module.css';
import { FigureCards } from './FigureCards';
import { useStatistics } from './queries';

const StatsCharts = lazy(() => import('./StatsCharts'));

/** The public dashboard: what the lists published, received, awarded and landed, by sector, region, batch and agency. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const stats = useStatistics();
  return (
    <div className={styles.page}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title style={{ margin: 0 }}>{t('nav.statistics')}</Typography.Title>
        <Space>
          <Button icon={<DownloadOutlined />} href="/api/v1/stats/export?format=csv">
            {t('stats.exportCsv')}
          </Button>
          <Button icon={<DownloadOutlined />} href="/api/v1/stats/export?format=xlsx">
            {t('stats.exportXlsx')}
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('stats.intro')}
      </Typography.Paragraph>
      {stats.isPending && <PageSpinner />}
      {stats.isError && <Alert type="error" showIcon title={errorMessage(t, stats.error)} />}
      {stats.data && (
        <>
          <FigureCards stats={stats.data} />
          <Suspense fallback={<PageSpinner />}>
            <StatsCharts stats={stats.data} />
          </Suspense>
          <Card size="small" title={t('stats.agencies')} style={{ marginTop: 16 }}>
            <Table<Schemas['AgencyFiguresView']>
              rowKey="id"
              size="small"
              dataSource={stats.data.agencies}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t('stats.agency'), render: (_, a) => <Link to={`/agencies/${a.id}`}>{a.name}</Link> },
                { title: t('stats.funnel.published'), dataIndex: 'published', sorter: (a, b) => a.published - b.published },
                { title: t('stats.solutions'), dataIndex: 'solutions', sorter: (a, b) => a.solutions - b.solutions },
                { title: t('stats.funnel.awarded'), dataIndex: 'awarded', sorter: (a, b) => a.awarded - b.awarded },
                { title: t('stats.funnel.landed'), dataIndex: 'landed', sorter: (a, b) => a.landed - b.landed },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}

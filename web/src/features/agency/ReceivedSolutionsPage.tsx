import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Dropdown, Result, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import type { Schemas } from '../../app/types';
import { useReceivedCount, useReceivedSolutions } from '../enterprise/queries';
import { formatDateTime } from '../scenarios/format';
import { useScenario } from '../scenarios/queries';
import styles from '../system/Page.module.css';

/** What the agency may see of the solutions: the count while sealed, everything afterwards. */
export default function ReceivedSolutionsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const scenario = useScenario(id);
  const count = useReceivedCount(id);
  const list = useReceivedSolutions(id, count.data !== undefined && !count.data.sealed);
  if (scenario.isPending || count.isPending) return <PageSpinner />;
  if (count.isError) return <Alert type="error" showIcon title={errorMessage(t, count.error)} style={{ margin: 24 }} />;
  return (
    <div className={styles.page}>
      <Typography.Text type="secondary">
        <Link to={`/scenarios/${id}`}>{scenario.data?.title}</Link>
      </Typography.Text>
      <Typography.Title style={{ marginTop: 8 }}>{t('solution.receivedTitle')}</Typography.Title>
      <Typography.Paragraph role="status">{t('solution.received', { count: count.data.received })}</Typography.Paragraph>
      {count.data.sealed ? (
        <Result
          icon={<LockOutlined />}
          title={<h2 style={{ fontSize: 20, margin: 0 }}>{t('solution.sealedUntil', { deadline: formatDateTime(count.data.opensAt) })}</h2>}
        />
      ) : (
        <>
          {count.data.openedAt && (
            <Typography.Paragraph type="secondary">
              {t('solution.openedAt', { time: formatDateTime(count.data.openedAt) })}
            </Typography.Paragraph>
          )}
          <Space style={{ marginBottom: 12 }}>
            <Dropdown
              menu={{
                items: [
                  { key: 'csv', label: <a href={`/api/v1/scenarios/${id}/solutions/export?format=csv`}>{t('search.exportCsv')}</a> },
                  { key: 'xlsx', label: <a href={`/api/v1/scenarios/${id}/solutions/export?format=xlsx`}>{t('search.exportXlsx')}</a> },
                ],
              }}
            >
              <Button>{t('solution.export')}</Button>
            </Dropdown>
          </Space>
          {list.isError && <Alert type="error" showIcon title={errorMessage(t, list.error)} />}
          <Table<Schemas['SolutionSummaryView']>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data}
            pagination={false}
            columns={[
              { title: t('solution.enterprise'), render: (_, s) => s.organization.name },
              { title: t('solution.title'), render: (_, s) => <Link to={`/solutions/${s.id}`}>{s.title}</Link> },
              { title: t('solution.priceQuote'), dataIndex: 'priceQuote' },
              { title: '#', render: (_, s) => t('solution.version', { n: s.version }) },
              { title: t('solution.submittedAt'), render: (_, s) => formatDateTime(s.submittedAt) },
            ]}
          />
        </>
      )}
    </div>
  );
}

import { Card, List, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '../../app/PageSpinner';
import styles from '../system/Page.module.css';
import { deadlineLabel, formatBudget } from './format';
import { useAgency, useScenarioSearch } from './queries';
import { ScenarioStatusTag } from './StatusTag';

/** An agency's public page: who it is and every scenario it has published. */
export default function AgencyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const agency = useAgency(id);
  const scenarios = useScenarioSearch({ agencyId: id, sort: 'newest', page: 1, pageSize: 100 });
  if (agency.isPending) return <PageSpinner />;
  if (agency.isError) return <Result status="404" title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('system.notFoundTitle')}</h1>} />;
  return (
    <div className={styles.page}>
      <Typography.Title>{agency.data.name}</Typography.Title>
      <Typography.Paragraph type="secondary">{agency.data.region}</Typography.Paragraph>
      <Card title={t('detail.moreFromAgency')}>
        <List
          loading={scenarios.isPending}
          dataSource={scenarios.data?.items ?? []}
          renderItem={(s) => (
            <List.Item extra={<ScenarioStatusTag status={s.status} />}>
              <List.Item.Meta
                title={<Link to={`/scenarios/${s.id}`}>{s.title}</Link>}
                description={`${s.code ?? ''} · ${formatBudget(t, s)}${s.status === 'open' ? ` · ${deadlineLabel(t, s.deadline)}` : ''}`}
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}

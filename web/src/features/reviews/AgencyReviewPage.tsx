import { Alert, Result, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageSpinner } from '../../app/PageSpinner';
import { AnnouncementTab } from '../results/AnnouncementTab';
import { OutcomePanel } from '../results/OutcomePanel';
import { formatDateTime } from '../scenarios/format';
import { useScenario } from '../scenarios/queries';
import { ScenarioStatusTag } from '../scenarios/StatusTag';
import styles from '../system/Page.module.css';
import { FeedbackTab } from './FeedbackTab';
import { PanelTab } from './PanelTab';
import { RankingTab } from './RankingTab';

const TABS = ['panel', 'ranking', 'announcement', 'feedback', 'outcome'] as const;
type Tab = (typeof TABS)[number];

/** Where the publishing agency runs a scenario after its deadline: panel, ranking and decisions, 公示, feedback, delivery. */
export default function AgencyReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const scenario = useScenario(id);
  if (scenario.isPending) return <PageSpinner />;
  if (scenario.isError) return <Result status="404" title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('detail.notFound')}</h1>} />;
  const s = scenario.data;
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'panel';
  const early = ['draft', 'pending_review', 'returned', 'open'].includes(s.status);
  const content = (key: Tab) => {
    if (key !== tab) return null;
    switch (key) {
      case 'panel':
        return <PanelTab scenarioId={id} />;
      case 'ranking':
        return <RankingTab scenarioId={id} status={s.status} />;
      case 'announcement':
        return <AnnouncementTab scenarioId={id} status={s.status} title={s.title} />;
      case 'feedback':
        return <FeedbackTab scenarioId={id} status={s.status} />;
      case 'outcome':
        return <OutcomePanel scenarioId={id} />;
    }
  };
  return (
    <div className={styles.page}>
      <Typography.Text type="secondary">
        <Link to="/agency/scenarios">{t('agencyWs.myScenarios')}</Link> / <Link to={`/scenarios/${id}`}>{s.title}</Link>
      </Typography.Text>
      <Typography.Title style={{ marginTop: 8 }}>{t('panel.pageTitle')}</Typography.Title>
      <Space size={[8, 4]} wrap style={{ marginBottom: 16 }}>
        <ScenarioStatusTag status={s.status} />
        {s.code && <Typography.Text type="secondary">{s.code}</Typography.Text>}
        <Typography.Text type="secondary">
          {t('field.deadline')} {formatDateTime(s.deadline)}
        </Typography.Text>
        <Link to={`/agency/scenarios/${id}/solutions`}>{t('solution.receivedTitle')}</Link>
      </Space>
      {early && <Alert type="info" showIcon title={t('panel.afterDeadline')} style={{ marginBottom: 16 }} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'panel' ? {} : { tab: key }, { replace: true })}
        items={TABS.map((key) => ({ key, label: t(`panel.tab.${key}`), children: content(key) }))}
      />
    </div>
  );
}

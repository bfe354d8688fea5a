import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import { deadlineLabel } from '../scenarios/format';
import { useRecommendations } from './queries';
import { ScoreBar } from './ScoreBar';

/** Open scenarios that fit the enterprise's profile, with reasons. */
export function Recommendations() {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const recommendations = useRecommendations(english ? 'en' : 'zh');
  const profile = recommendations.data?.profile;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('matching.recommended')}</h2>}>
      {recommendations.isError && <Alert type="error" showIcon title={errorMessage(t, recommendations.error)} />}
      {profile && profile !== 'ready' ? (
        <Alert
          type="info"
          showIcon
          title={t(`matching.profile.${profile}`)}
          action={profile !== 'unverified' ? <Link to="/enterprise/profile">{t('profile.title')}</Link> : undefined}
        />
      ) : (
        <List
          loading={recommendations.isPending}
          dataSource={recommendations.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('matching.noRecommendations')} /> }}
          renderItem={(r) => (
            <List.Item data-testid="recommendation" data-scenario={r.scenario.id}>
              <div style={{ width: '100%' }}>
                <Space size="middle" wrap>
                  <h3 style={{ fontSize: 16, margin: 0 }}>
                    <Link to={`/scenarios/${r.scenario.id}`}>{r.scenario.title}</Link>
                  </h3>
                  <ScoreBar score={r.score} />
                </Space>
                <div>
                  <Space size={[8, 4]} wrap>
                    <Typography.Text type="secondary">{r.scenario.agency.name}</Typography.Text>
                    {r.scenario.sector && <Tag bordered={false}>{english ? r.scenario.sector.nameEn : r.scenario.sector.nameZh}</Tag>}
                    <Typography.Text type="secondary">{deadlineLabel(t, r.scenario.deadline)}</Typography.Text>
                  </Space>
                </div>
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {r.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

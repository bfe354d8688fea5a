import { Alert, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import { useScenarioMatches } from './queries';
import { ScoreBar } from './ScoreBar';

/** Enterprises that fit a scenario, best first, each with its score and reasons (agency and admins). */
export function ScenarioMatches({ scenarioId }: { scenarioId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const matches = useScenarioMatches(scenarioId, lang);
  if (matches.isError) return <Alert type="error" showIcon title={errorMessage(t, matches.error)} />;
  return (
    <section aria-labelledby="matches-title">
      <Typography.Title level={2} id="matches-title" style={{ fontSize: 20 }}>
        {t('matching.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('matching.explain')}</Typography.Paragraph>
      <List
        loading={matches.isPending}
        dataSource={matches.data ?? []}
        locale={{ emptyText: <Empty description={t('matching.none')} /> }}
        renderItem={(m, i) => (
          <List.Item data-testid="match" data-organization={m.organization.id}>
            <div style={{ width: '100%' }}>
              <Space size="middle" wrap>
                <h3 style={{ fontSize: 16, margin: 0 }}>
                  {i + 1}. <Link to={`/enterprises/${m.organization.id}`}>{m.organization.name}</Link>
                </h3>
                <Typography.Text type="secondary">{m.organization.region}</Typography.Text>
                <ScoreBar score={m.score} />
              </Space>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {m.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}

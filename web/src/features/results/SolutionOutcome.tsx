import { Alert, Card, Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../scenarios/format';
import { useFeedback } from './queries';

const DECIDED = ['shortlisted', 'awarded', 'not_selected'];

/** On an enterprise's own solution: where it stands after review, and the feedback the agency released. */
export function SolutionOutcome({ solutionId, status, scenarioId }: { solutionId: string; status: string; scenarioId: string }) {
  const { t } = useTranslation();
  const feedback = useFeedback(solutionId, status === 'not_selected' || status === 'awarded');
  if (!DECIDED.includes(status)) return null;
  const f = feedback.data;
  return (
    <Card title={t('feedback.title')} style={{ marginBottom: 16 }} data-testid="solution-outcome">
      <Alert
        type={status === 'awarded' ? 'success' : status === 'shortlisted' ? 'info' : 'warning'}
        showIcon
        title={t(`feedback.state.${status}`)}
        description={status !== 'shortlisted' && <Link to={`/results/${scenarioId}`}>{t('feedback.toResult')}</Link>}
        style={{ marginBottom: f ? 16 : 0 }}
      />
      {f && (
        <>
          <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('feedback.mean')}>{f.mean}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.rank')}>{t('feedback.rankOf', { rank: f.rank, of: f.of })}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.releasedOn')}>{formatDateTime(f.releasedAt)}</Descriptions.Item>
            {f.perCriterion.map((c) => (
              <Descriptions.Item key={c.criterion} label={c.criterion}>
                {c.mean} / {c.weight}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            {t('feedback.comments')}
          </Typography.Title>
          <List
            size="small"
            bordered
            dataSource={f.comments}
            locale={{ emptyText: <span className="table-empty">{t('feedback.noComments')}</span> }}
            renderItem={(c, i) => <List.Item key={i}>{c.comment}</List.Item>}
          />
        </>
      )}
    </Card>
  );
}

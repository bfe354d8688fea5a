import { Alert, App, Button, Card, Checkbox, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { formatDateTime } from '../scenarios/format';
import { usePanel, useRanking, useReleaseFeedback, useSolutionReviews } from './queries';

const DECIDED = ['awarded', 'announced', 'in_delivery', 'landed', 'failed', 'no_award'];

/** Feedback to the enterprises that were not selected: their scores always, the comments the agency chooses. */
export function FeedbackTab({ scenarioId, status }: { scenarioId: string; status: string }) {
  const { t } = useTranslation();
  const panel = usePanel(scenarioId);
  const ranking = useRanking(scenarioId, panel.data?.complete ?? false);
  if (!DECIDED.includes(status)) return <Alert type="info" showIcon title={t('feedback.afterDecision')} />;
  if (ranking.isError) return <Alert type="error" showIcon title={errorMessage(t, ranking.error)} />;
  const rows = (ranking.data?.standings ?? []).filter((s) => s.solution.status === 'not_selected');
  if (ranking.isSuccess && rows.length === 0) return <Alert type="info" showIcon title={t('feedback.none')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('feedback.hint')}</Typography.Paragraph>
      {rows.map((row) => (
        <FeedbackCard key={row.solution.id} row={row} />
      ))}
    </Space>
  );
}

function FeedbackCard({ row }: { row: Schemas['StandingView'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reviews = useSolutionReviews(row.solution.id, true);
  const release = useReleaseFeedback();
  const [chosen, setChosen] = useState<string[] | null>(null);
  const withComments = (reviews.data?.others ?? []).filter((r) => !r.conflict && r.submittedAt && r.comment.trim());
  const selected = chosen ?? withComments.filter((r) => r.commentReleased).map((r) => r.reviewer.id);
  const released = row.solution.feedbackReleasedAt;
  return (
    <Card
      size="small"
      title={
        <h3 style={{ fontSize: 15, margin: 0 }}>
          {row.solution.organization.name} · {row.solution.title}
        </h3>
      }
      extra={
        released ? (
          <Tag color="#047857">{t('feedback.releasedAt', { date: formatDateTime(released) })}</Tag>
        ) : (
          <Tag>{t('feedback.notReleased')}</Tag>
        )
      }
      data-testid={`feedback-${row.solution.id}`}
    >
      <Typography.Paragraph>
        {t('feedback.figures', { mean: row.mean, rank: row.rank })} ·{' '}
        {row.perCriterion.map((c) => `${c.criterion} ${c.mean}/${c.weight}`).join(' · ')}
      </Typography.Paragraph>
      {reviews.isError && <Alert type="error" showIcon title={errorMessage(t, reviews.error)} />}
      <Checkbox.Group value={selected} onChange={(v) => setChosen(v as string[])} style={{ display: 'block' }}>
        <Space orientation="vertical">
          {withComments.map((r) => (
            <Checkbox key={r.reviewer.id} value={r.reviewer.id}>
              {t('feedback.commentOf', { name: r.reviewer.displayName })}：{r.comment}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
      <Button
        style={{ marginTop: 12 }}
        type="primary"
        loading={release.isPending}
        onClick={() =>
          release.mutate(
            { solutionId: row.solution.id, commentReviewerIds: selected },
            { onSuccess: () => message.success(t('feedback.released')), onError: (e) => message.error(errorMessage(t, e)) },
          )
        }
      >
        {released ? t('feedback.releaseAgain') : t('feedback.release')}
      </Button>
    </Card>
  );
}

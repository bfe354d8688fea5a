import { Alert, Card, Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import { formatDateTime } from '../scenarios/format';
import styles from '../system/Page.module.css';
import { useSolution } from './queries';

/** A solution as its readers see it (the agency after the deadline, admins). */
export default function SolutionViewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const solution = useSolution(id);
  if (solution.isPending) return <PageSpinner />;
  if (solution.isError) return <Alert type="error" showIcon title={errorMessage(t, solution.error)} style={{ margin: 24 }} />;
  const s = solution.data;
  return (
    <div className={styles.page}>
      <Typography.Text type="secondary">
        <Link to={`/scenarios/${s.scenario.id}`}>{s.scenario.title}</Link>
      </Typography.Text>
      <Typography.Title style={{ marginTop: 8 }}>{s.title}</Typography.Title>
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('solution.enterprise')}>{s.organization.name}</Descriptions.Item>
        <Descriptions.Item label={t('field.status')}>{t(`solutionStatus.${s.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('solution.submittedAt')}>{formatDateTime(s.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('solution.priceQuote')}>{s.priceQuote ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('solution.brief')}>{s.brief}</Descriptions.Item>
        <Descriptions.Item label={t('solution.approach')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{s.approach}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('solution.innovations')}>{s.innovations || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('solution.risks')}>{s.risks || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('solution.timeline')}>
          {s.timeline.map((p) => `${p.phase}（${p.weeks}）`).join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('solution.team')}>{s.team || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('solution.consortiumMembers')}>{s.consortiumMembers.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('solution.eligibilityNote')}>{s.eligibilityNote || '—'}</Descriptions.Item>
      </Descriptions>
      <Card title={t('solution.attachments')}>
        <List
          dataSource={s.attachments}
          renderItem={(a) => (
            <List.Item>
              <a href={a.downloadUrl}>{a.filename}</a>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}

import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import type { Schemas } from '../../app/types';
import { formatDateTime } from '../scenarios/format';
import { ScenarioStatusTag } from '../scenarios/StatusTag';
import styles from '../system/Page.module.css';
import { useDeclare, useReviewerSolutions, useScore, useSolutionReviews } from './queries';

type Rubric = Schemas['RubricCriterionView'][];
type Item = Schemas['ReviewerSolutionView'];

/** A reviewer's page for one scenario: declare per solution, read, score on the rubric. */
export default function ReviewerScenarioPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const list = useReviewerSolutions(id);
  if (list.isPending) return <PageSpinner />;
  if (list.isError) return <Alert type="error" showIcon title={errorMessage(t, list.error)} style={{ margin: 24 }} />;
  const { scenario, items } = list.data;
  const open = scenario.status === 'reviewing';
  const done = items.filter((i) => i.review && (i.review.conflict || i.review.submittedAt)).length;
  return (
    <div className={styles.page}>
      <Typography.Text type="secondary">
        <Link to="/reviewer">{t('nav.reviewer')}</Link>
      </Typography.Text>
      <Typography.Title style={{ marginTop: 8 }}>{scenario.title}</Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('field.code')}>{scenario.code ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reviewerWs.agency')}>{scenario.agency.name}</Descriptions.Item>
        <Descriptions.Item label={t('field.status')}>
          <ScenarioStatusTag status={scenario.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('reviewerWs.rubric')}>
          {scenario.rubric.map((c) => `${c.name} ${c.weight}`).join(' · ')}
        </Descriptions.Item>
      </Descriptions>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph role="status">
          {t('reviewerWs.doneOf', { done, total: items.length })}
          <Progress percent={items.length ? Math.round((done / items.length) * 100) : 0} aria-hidden style={{ maxWidth: 360 }} />
        </Typography.Paragraph>
        <Alert type="info" showIcon title={t('reviewerWs.declareFirst')} />
        {!open && <Alert type="warning" showIcon title={t('reviewerWs.notOpen')} />}
        {items.map((item, index) => (
          <SolutionCard key={item.id} item={item} index={index + 1} rubric={scenario.rubric} open={open} />
        ))}
      </Space>
    </div>
  );
}

function SolutionCard({ item, index, rubric, open }: { item: Item; index: number; rubric: Rubric; open: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const declare = useDeclare();
  const [recusing, setRecusing] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const review = item.review;
  const heading = (
    <h2 style={{ fontSize: 16, margin: 0 }}>
      {t('reviewerWs.solutionN', { n: index })} · {item.organization.name}
    </h2>
  );
  const state = !review ? (
    <Tag>{t('reviewerWs.undeclared')}</Tag>
  ) : review.conflict ? (
    <Tag icon={<StopOutlined />}>{t('reviewerWs.recused')}</Tag>
  ) : review.submittedAt ? (
    <Tag color="#15803d" icon={<CheckCircleOutlined />}>
      {t('reviewerWs.scored', { total: review.total })}
    </Tag>
  ) : (
    <Tag color="#1d4ed8">{t('reviewerWs.declaredNone')}</Tag>
  );
  return (
    <Card title={heading} extra={state} data-testid={`review-${item.id}`}>
      {item.consortiumMembers.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('reviewerWs.consortium', { names: item.consortiumMembers.join('、') })}
        </Typography.Paragraph>
      )}
      {item.detectedConflict && !review?.conflict && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('reviewerWs.detected', { names: item.detectedConflict })} />
      )}
      {!review && open && (
        <Space wrap>
          <Button
            type="primary"
            disabled={!!item.detectedConflict}
            loading={declare.isPending}
            onClick={() =>
              declare.mutate(
                { solutionId: item.id, conflict: false },
                { onSuccess: () => message.success(t('reviewerWs.declaredDone')), onError: (e) => message.error(errorMessage(t, e)) },
              )
            }
          >
            {t('reviewerWs.declareNone')}
          </Button>
          <Button onClick={() => (form.resetFields(), setRecusing(true))}>{t('reviewerWs.recuse')}</Button>
        </Space>
      )}
      {review?.conflict && (
        <Typography.Paragraph>{t('reviewerWs.recusedBecause', { reason: review.conflictReason || '—' })}</Typography.Paragraph>
      )}
      {review && !review.conflict && (
        <>
          <Typography.Paragraph>
            <Link to={`/solutions/${item.id}`}>{t('reviewerWs.read', { title: item.title })}</Link>
          </Typography.Paragraph>
          <ScoreForm solutionId={item.id} rubric={rubric} review={review} open={open} />
          {review.submittedAt && <OtherReviews solutionId={item.id} />}
        </>
      )}
      <Modal
        open={recusing}
        title={t('reviewerWs.recuse')}
        okText={t('reviewerWs.recuse')}
        cancelText={t('system.cancel')}
        okButtonProps={{ loading: declare.isPending }}
        onCancel={() => setRecusing(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ reason }) =>
            declare.mutate(
              { solutionId: item.id, conflict: true, reason },
              {
                onSuccess: () => (message.success(t('reviewerWs.recusedDone')), setRecusing(false)),
                onError: (e) => message.error(errorMessage(t, e)),
              },
            )
          }
        >
          <Form.Item name="reason" label={t('reviewerWs.recuseReason')} rules={[{ required: true, whitespace: true, max: 500 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function ScoreForm({
  solutionId,
  rubric,
  review,
  open,
}: {
  solutionId: string;
  rubric: Rubric;
  review: Schemas['ReviewView'];
  open: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const score = useScore();
  const [form] = Form.useForm<{ scores: Record<string, number | null>; comment: string }>();
  const initial = Object.fromEntries(rubric.map((c) => [c.name, review.scores?.find((s) => s.criterion === c.name)?.score ?? null]));
  const values = Form.useWatch('scores', form) as Record<string, number | null> | undefined;
  const total = rubric.reduce((sum, c) => sum + (values?.[c.name] ?? 0), 0);
  return (
    <Form
      form={form}
      name={`score-${solutionId}`}
      layout="vertical"
      disabled={!open}
      initialValues={{ scores: initial, comment: review.comment }}
      onFinish={(v) =>
        score.mutate(
          { solutionId, scores: rubric.map((c) => ({ criterion: c.name, score: v.scores[c.name] ?? 0 })), comment: v.comment ?? '' },
          { onSuccess: () => message.success(t('reviewerWs.scoreSaved')), onError: (e) => message.error(errorMessage(t, e)) },
        )
      }
    >
      <Space wrap size="large" align="start">
        {rubric.map((c) => (
          <Form.Item
            key={c.name}
            name={['scores', c.name]}
            label={t('reviewerWs.criterion', { name: c.name, max: c.weight })}
            rules={[
              { required: true, message: t('reviewerWs.scoreRequired') },
              {
                validator: (_, v: number | null) =>
                  v === null || v === undefined || (v >= 0 && v <= c.weight && Number.isInteger(v * 2))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('reviewerWs.scoreRange', { max: c.weight }))),
              },
            ]}
          >
            <InputNumber min={0} max={c.weight} step={0.5} style={{ width: 140 }} />
          </Form.Item>
        ))}
      </Space>
      <Typography.Paragraph strong data-testid="score-total">
        {t('reviewerWs.total', { total })}
      </Typography.Paragraph>
      <Form.Item name="comment" label={t('reviewerWs.comment')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {open && (
        <Button type="primary" htmlType="submit" loading={score.isPending}>
          {review.submittedAt ? t('reviewerWs.updateScore') : t('reviewerWs.submitScore')}
        </Button>
      )}
    </Form>
  );
}

/** The other reviewers' scores, shown once one's own is in. */
function OtherReviews({ solutionId }: { solutionId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const reviews = useSolutionReviews(solutionId, shown);
  if (!shown)
    return (
      <Button type="link" onClick={() => setShown(true)} style={{ paddingLeft: 0 }}>
        {t('reviewerWs.showOthers')}
      </Button>
    );
  if (reviews.isError) return <Alert type="error" showIcon title={errorMessage(t, reviews.error)} />;
  return (
    <Table<Schemas['ReviewView']>
      size="small"
      style={{ marginTop: 12 }}
      rowKey={(r) => r.reviewer.id}
      loading={reviews.isPending}
      dataSource={reviews.data?.others}
      pagination={false}
      locale={{ emptyText: <span className="table-empty">{t('reviewerWs.noOthers')}</span> }}
      columns={[
        { title: t('reviewerWs.reviewer'), render: (_, r) => r.reviewer.displayName },
        {
          title: t('reviewerWs.totalShort'),
          render: (_, r) => (r.conflict ? t('reviewerWs.recused') : r.submittedAt ? r.total : t('reviewerWs.pending')),
        },
        { title: t('reviewerWs.comment'), render: (_, r) => r.comment || '—' },
        { title: t('reviewerWs.when'), render: (_, r) => formatDateTime(r.submittedAt) },
      ]}
    />
  );
}

import { Alert, Card, Descriptions, Form, Input, Button, App, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { formatDateTime } from '../scenarios/format';
import { useAnswerObjection } from './queries';
import { ResultStateTag } from './ResultStateTag';

type Announcement = Schemas['AnnouncementView'];

/** The announcement (公示): text, awarded solutions with their panel score, the objection period. */
export function AnnouncementSummary({ a }: { a: Announcement }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('results.scenario')}>
          <Link to={`/scenarios/${a.scenarioId}`}>
            {a.code ? `${a.code} ` : ''}
            {a.title}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('results.agency')}>
          <Link to={`/agencies/${a.agency.id}`}>{a.agency.name}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('results.announcedAt')}>{formatDateTime(a.announcedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('results.objectionEndsAt')}>
          {formatDateTime(a.objectionEndsAt)} <ResultStateTag a={a} />
        </Descriptions.Item>
        <Descriptions.Item label={t('results.objectionCount')}>
          {t('results.objectionFigures', { count: a.objections, answered: a.objectionsAnswered })}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('results.text')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="announcement-text">
          {a.text}
        </Typography.Paragraph>
      </Card>
      {a.awarded.length > 0 ? (
        <Card size="small" title={t('results.awarded')}>
          <Table<Schemas['AwardedSolutionView']>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={a.awarded}
            columns={[
              { title: t('solution.enterprise'), render: (_, s) => s.organization.name },
              { title: t('solution.title'), dataIndex: 'title' },
              { title: t('results.score'), render: (_, s) => s.score ?? '—' },
              { title: t('solution.priceQuote'), render: (_, s) => s.priceQuote ?? '—' },
            ]}
          />
          {a.decisionNote && (
            <Typography.Paragraph style={{ marginTop: 12 }}>{t('results.note', { note: a.decisionNote })}</Typography.Paragraph>
          )}
        </Card>
      ) : (
        <Alert type="warning" showIcon title={t('results.noAward')} description={a.decisionNote ?? undefined} />
      )}
    </Space>
  );
}

/** Objections the caller may read, each with its answer; the agency answers the open ones here. */
export function ObjectionList({ a, canAnswer }: { a: Announcement; canAnswer: boolean }) {
  const { t } = useTranslation();
  if (a.visibleObjections.length === 0) return null;
  return (
    <Card size="small" title={t('results.objections')}>
      <List
        dataSource={a.visibleObjections}
        renderItem={(o) => (
          <List.Item key={o.id} data-testid={`objection-${o.id}`}>
            <div style={{ width: '100%' }}>
              <Typography.Text strong>{o.organization.name}</Typography.Text>{' '}
              <Typography.Text type="secondary">{formatDateTime(o.filedAt)}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{o.text}</Typography.Paragraph>
              {o.response ? (
                <Alert
                  type="success"
                  title={t('results.answeredAt', { date: formatDateTime(o.respondedAt) })}
                  description={<span style={{ whiteSpace: 'pre-wrap' }}>{o.response}</span>}
                />
              ) : canAnswer ? (
                <AnswerForm objectionId={o.id} />
              ) : (
                <Tag>{t('results.unanswered')}</Tag>
              )}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

function AnswerForm({ objectionId }: { objectionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const answer = useAnswerObjection();
  const [form] = Form.useForm<{ response: string }>();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button size="small" type="primary" onClick={() => setOpen(true)}>
        {t('results.answer')}
      </Button>
    );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={({ response }) =>
        answer.mutate(
          { objectionId, response },
          { onSuccess: () => message.success(t('results.answered')), onError: (e) => message.error(errorMessage(t, e)) },
        )
      }
    >
      <Form.Item name="response" label={t('results.answerLabel')} rules={[{ required: true, whitespace: true, max: 5000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={answer.isPending}>
        {t('results.sendAnswer')}
      </Button>
    </Form>
  );
}

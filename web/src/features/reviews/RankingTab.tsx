import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { useAward, useNoAward, usePanel, useRanking, useShortlist } from './queries';

type Standing = Schemas['StandingView'];

/** The ranking once the panel is complete, and the decisions taken from it: shortlist rounds, award, no award. */
export function RankingTab({ scenarioId, status }: { scenarioId: string; status: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const panel = usePanel(scenarioId);
  const complete = panel.data?.complete ?? false;
  const ranking = useRanking(scenarioId, complete);
  const shortlist = useShortlist(scenarioId);
  const award = useAward(scenarioId);
  const noAward = useNoAward(scenarioId);
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'award' | 'noAward' | null>(null);
  const [form] = Form.useForm<{ text: string }>();
  const fail = (e: unknown) => message.error(errorMessage(t, e));

  const deciding = status === 'reviewing' || status === 'shortlisted';
  const candidateStatus = status === 'shortlisted' ? 'shortlisted' : 'submitted';
  const canNoAward = ['closed', 'reviewing', 'shortlisted'].includes(status);
  const done = (key: string) => () => (message.success(t(key)), setSelected([]), setDialog(null));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {!complete && <Alert type="info" showIcon title={t('decision.waitForPanel')} />}
      {ranking.isError && <Alert type="error" showIcon title={errorMessage(t, ranking.error)} />}
      {ranking.data && ranking.data.outliers.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('decision.outliers')}
          description={
            <ul style={{ margin: 0 }}>
              {ranking.data.outliers.map((o) => (
                <li key={o.reviewer.id}>
                  {t('decision.outlier', { name: o.reviewer.displayName, deviation: o.meanDeviation, solutions: o.solutions })}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {complete && (
        <Card title={t('decision.ranking')}>
          <Table<Standing>
            rowKey={(s) => s.solution.id}
            loading={ranking.isPending}
            dataSource={ranking.data?.standings}
            pagination={false}
            scroll={{ x: true }}
            rowSelection={
              deciding
                ? {
                    selectedRowKeys: selected,
                    onChange: (keys) => setSelected(keys as string[]),
                    getCheckboxProps: (s) => ({
                      disabled: s.solution.status !== candidateStatus,
                      'aria-label': t('decision.select', { name: s.solution.organization.name }),
                    }),
                  }
                : undefined
            }
            columns={[
              { title: t('decision.rank'), dataIndex: 'rank', width: 70 },
              { title: t('solution.enterprise'), render: (_, s) => s.solution.organization.name },
              { title: t('solution.title'), render: (_, s) => <Link to={`/solutions/${s.solution.id}`}>{s.solution.title}</Link> },
              { title: t('decision.mean'), render: (_, s) => <strong>{s.mean}</strong> },
              { title: t('decision.spread'), render: (_, s) => `±${s.spread}` },
              { title: t('decision.range'), render: (_, s) => `${s.min}–${s.max}` },
              { title: t('decision.reviews'), dataIndex: 'reviews' },
              {
                title: t('decision.perCriterion'),
                render: (_, s) => s.perCriterion.map((c) => `${c.criterion} ${c.mean}/${c.weight}`).join(' · '),
              },
              {
                title: t('field.status'),
                render: (_, s) => (
                  <Tag data-status={s.solution.status}>
                    {t(`solutionStatus.${s.solution.status}`)}
                    {s.solution.shortlistRound ? ` · ${t('decision.round', { n: s.solution.shortlistRound })}` : ''}
                  </Tag>
                ),
              },
            ]}
          />
          {deciding && (
            <Space wrap style={{ marginTop: 16 }}>
              <Button
                disabled={selected.length === 0}
                loading={shortlist.isPending}
                onClick={() => shortlist.mutate(selected, { onSuccess: done('decision.shortlisted'), onError: fail })}
              >
                {t('decision.shortlist', { count: selected.length })}
              </Button>
              <Button type="primary" disabled={selected.length === 0} onClick={() => (form.resetFields(), setDialog('award'))}>
                {t('decision.award', { count: selected.length })}
              </Button>
            </Space>
          )}
        </Card>
      )}
      {canNoAward && (
        <Card size="small">
          <Space wrap>
            <Typography.Text type="secondary">{t('decision.noAwardHint')}</Typography.Text>
            <Button danger onClick={() => (form.resetFields(), setDialog('noAward'))}>
              {t('decision.noAward')}
            </Button>
          </Space>
        </Card>
      )}
      <Modal
        open={dialog !== null}
        title={dialog === 'award' ? t('decision.awardTitle', { count: selected.length }) : t('decision.noAward')}
        okText={dialog === 'award' ? t('decision.awardConfirm') : t('decision.noAwardConfirm')}
        cancelText={t('system.cancel')}
        okButtonProps={{ loading: award.isPending || noAward.isPending, danger: dialog === 'noAward' }}
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ text }) =>
            dialog === 'award'
              ? award.mutate(
                  { solutionIds: selected, note: text?.trim() || undefined },
                  { onSuccess: done('decision.awarded'), onError: fail },
                )
              : noAward.mutate(text, { onSuccess: done('decision.noAwardDone'), onError: fail })
          }
        >
          <Form.Item
            name="text"
            label={dialog === 'award' ? t('decision.awardNote') : t('decision.noAwardReason')}
            rules={[{ required: dialog === 'noAward', whitespace: true, max: 2000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

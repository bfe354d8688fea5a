import { Alert, App, Button, Form, Input, Modal, Popconfirm, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../app/api';
import { ButtonLink } from '../../app/ButtonLink';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { useAuth } from '../auth/AuthProvider';
import { formatDateTime } from '../scenarios/format';
import { useCancelScenario, useDeleteScenario, useMyScenarios, useSubmitScenario, useWithdrawScenario } from '../scenarios/queries';
import { ScenarioStatusTag } from '../scenarios/StatusTag';
import styles from '../system/Page.module.css';

const TABS = [
  'all',
  'draft',
  'pending_review',
  'returned',
  'open',
  'closed',
  'reviewing',
  'announced',
  'in_delivery',
  'landed',
  'cancelled',
] as const;
/** Statuses from which the review, decisions and delivery are run. */
const REVIEW_STAGE = ['closed', 'reviewing', 'shortlisted', 'awarded', 'announced', 'in_delivery', 'landed', 'failed', 'no_award'];

/** The agency's scenarios in every status, with the next step each can take. */
export default function MyScenariosPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { user } = useAuth();
  const [tab, setTab] = useState<(typeof TABS)[number]>('all');
  const [page, setPage] = useState(1);
  const list = useMyScenarios(tab === 'all' ? undefined : tab, page);
  const submit = useSubmitScenario();
  const withdraw = useWithdrawScenario();
  const remove = useDeleteScenario();
  const cancel = useCancelScenario();
  const [cancelling, setCancelling] = useState<Schemas['ScenarioSummaryView'] | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'SCENARIO_INCOMPLETE') {
      modal.error({ title: t('agencyWs.incomplete'), content: <IssueList details={error.details} /> });
    } else message.error(errorMessage(t, error));
  };

  return (
    <div className={styles.page}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title style={{ margin: 0 }}>{t('agencyWs.myScenarios')}</Typography.Title>
        <ButtonLink type="primary" to="/agency/scenarios/new">
          {t('agencyWs.new')}
        </ButtonLink>
      </Space>
      {user?.organization?.status !== 'verified' && (
        <Alert style={{ margin: '16px 0' }} type="warning" showIcon title={t('agencyWs.notVerified')} />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => (setTab(key as (typeof TABS)[number]), setPage(1))}
        items={TABS.map((key) => ({ key, label: key === 'all' ? t('agencyWs.all') : t(`scenarioStatus.${key}`) }))}
      />
      <Table<Schemas['ScenarioSummaryView']>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        locale={{ emptyText: t('agencyWs.empty') }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total, onChange: setPage, showSizeChanger: false }}
        expandable={{
          expandedRowRender: (s) =>
            s.returnReason && <Alert type="error" showIcon title={t('detail.returnReason', { reason: s.returnReason })} />,
          rowExpandable: (s) => s.status === 'returned' && !!s.returnReason,
          defaultExpandAllRows: true,
        }}
        columns={[
          { title: t('field.title'), render: (_, s) => <Link to={`/scenarios/${s.id}`}>{s.title}</Link> },
          { title: t('field.code'), dataIndex: 'code', render: (c: string | null) => c ?? '—' },
          { title: t('field.status'), render: (_, s) => <ScenarioStatusTag status={s.status} /> },
          { title: t('field.deadline'), render: (_, s) => formatDateTime(s.deadline) },
          { title: t('field.updatedAt'), render: (_, s) => formatDateTime(s.updatedAt) },
          {
            title: t('org.actions'),
            render: (_, s) => (
              <Space wrap>
                {['draft', 'returned'].includes(s.status) && (
                  <>
                    <ButtonLink size="small" to={`/agency/scenarios/${s.id}/edit`}>
                      {t('agencyWs.edit')}
                    </ButtonLink>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => submit.mutate(s.id, { onSuccess: () => message.success(t('agencyWs.submitted')), onError: fail })}
                    >
                      {t('agencyWs.submit')}
                    </Button>
                    <Popconfirm
                      title={t('agencyWs.deleteConfirm')}
                      onConfirm={() => remove.mutateAsync(s.id).then(() => message.success(t('agencyWs.deleted')), fail)}
                    >
                      <Button size="small" danger>
                        {t('agencyWs.delete')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
                {s.status === 'pending_review' && (
                  <Button
                    size="small"
                    onClick={() => withdraw.mutate(s.id, { onSuccess: () => message.success(t('agencyWs.withdrawn')), onError: fail })}
                  >
                    {t('agencyWs.withdraw')}
                  </Button>
                )}
                {s.status === 'open' && (
                  <ButtonLink size="small" to={`/agency/scenarios/${s.id}/edit`}>
                    {t('agencyWs.amend')}
                  </ButtonLink>
                )}
                {REVIEW_STAGE.includes(s.status) && (
                  <ButtonLink size="small" type="primary" to={`/agency/scenarios/${s.id}/review`}>
                    {t('panel.manage')}
                  </ButtonLink>
                )}
                {['open', 'closed'].includes(s.status) && (
                  <Button size="small" danger onClick={() => (form.resetFields(), setCancelling(s))}>
                    {t('agencyWs.cancel')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={cancelling !== null}
        title={t('agencyWs.cancel')}
        okButtonProps={{ danger: true, loading: cancel.isPending }}
        okText={t('agencyWs.cancel')}
        cancelText={t('system.cancel')}
        onCancel={() => setCancelling(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ reason }: { reason: string }) =>
            cancel.mutate(
              { id: cancelling!.id, reason },
              { onSuccess: () => (message.success(t('agencyWs.cancelled')), setCancelling(null)), onError: fail },
            )
          }
        >
          <Form.Item
            name="reason"
            label={t('agencyWs.cancelReasonLabel')}
            rules={[{ required: true, whitespace: true, min: 5, max: 1000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

/** The fields a submission still lacks, translated. */
export function IssueList({ details }: { details?: unknown[] }) {
  const { t } = useTranslation();
  const issues = (details ?? []) as { field: string; code: string }[];
  const label = (field: string) => t(`field.${field === 'budget' ? 'budget' : field}`, { defaultValue: field });
  return (
    <ul data-testid="issues">
      {issues.map((i) => (
        <li key={`${i.field}-${i.code}`}>
          {label(i.field)}：{t(`agencyWs.issue.${i.code}`, { defaultValue: i.code })}
        </li>
      ))}
    </ul>
  );
}

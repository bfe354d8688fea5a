import { App, Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../app/api';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { IssueList } from '../agency/MyScenariosPage';
import { formatDateTime } from '../scenarios/format';
import { useAdminScenarios, usePublishScenario, useReturnScenario } from '../scenarios/queries';
import styles from '../system/Page.module.css';
import { useAdminBatches } from './queries';

type Row = Schemas['ScenarioSummaryView'];

/** Submitted scenarios, oldest first: publish into a batch or return with reasons. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [page, setPage] = useState(1);
  const list = useAdminScenarios('pending_review', page);
  const batches = useAdminBatches();
  const publish = usePublishScenario();
  const ret = useReturnScenario();
  const [publishing, setPublishing] = useState<Row | null>(null);
  const [returning, setReturning] = useState<Row | null>(null);
  const [batchId, setBatchId] = useState<string | undefined>();
  const [form] = Form.useForm<{ reason: string }>();
  const openBatches = (batches.data ?? []).filter((b) => b.status !== 'closed');

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'SCENARIO_INCOMPLETE')
      modal.error({ title: t('agencyWs.incomplete'), content: <IssueList details={error.details} /> });
    else message.error(errorMessage(t, error));
  };

  return (
    <div className={styles.page}>
      <Typography.Title>{t('review.queue')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('review.queueIntro')}</Typography.Paragraph>
      <Table<Row>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        pagination={{ current: page, pageSize: 20, total: list.data?.total, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('field.title'), render: (_, s) => <Link to={`/scenarios/${s.id}`}>{s.title}</Link> },
          { title: t('field.agency'), render: (_, s) => s.organization.name },
          { title: t('review.submittedAt'), render: (_, s) => formatDateTime(s.submittedAt) },
          { title: t('field.deadline'), render: (_, s) => formatDateTime(s.deadline) },
          {
            title: t('org.actions'),
            render: (_, s) => (
              <Space>
                <Button type="primary" size="small" onClick={() => (setBatchId(openBatches[0]?.id), setPublishing(s))}>
                  {t('review.publish')}
                </Button>
                <Button danger size="small" onClick={() => (form.resetFields(), setReturning(s))}>
                  {t('review.return')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={publishing !== null}
        title={publishing ? t('review.publishTitle', { title: publishing.title }) : ''}
        okText={t('review.publish')}
        cancelText={t('system.cancel')}
        okButtonProps={{ loading: publish.isPending, disabled: !batchId }}
        onCancel={() => setPublishing(null)}
        onOk={() =>
          publish.mutate(
            { id: publishing!.id, batchId },
            { onSuccess: () => (message.success(t('review.published')), setPublishing(null)), onError: fail },
          )
        }
        destroyOnHidden
      >
        <label htmlFor="publish-batch">{t('review.batch')}</label>
        <Select
          id="publish-batch"
          style={{ width: '100%' }}
          value={batchId}
          onChange={setBatchId}
          options={openBatches.map((b) => ({ value: b.id, label: `${b.name}（${t(`review.batchStatus.${b.status}`)}）` }))}
        />
      </Modal>
      <Modal
        open={returning !== null}
        title={returning ? t('review.returnTitle', { title: returning.title }) : ''}
        okText={t('review.return')}
        cancelText={t('system.cancel')}
        okButtonProps={{ danger: true, loading: ret.isPending }}
        onCancel={() => setReturning(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ reason }: { reason: string }) =>
            ret.mutate(
              { id: returning!.id, reason },
              { onSuccess: () => (message.success(t('review.returned')), setReturning(null)), onError: fail },
            )
          }
        >
          <Form.Item name="reason" label={t('review.returnReason')} rules={[{ required: true, whitespace: true, min: 5, max: 1000 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

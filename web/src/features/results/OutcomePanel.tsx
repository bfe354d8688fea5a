import { CheckCircleOutlined, ClockCircleOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { formatDateTime } from '../scenarios/format';
import { useAddEvidence, useAddMilestone, useFailed, useLanded, useOutcome, useUpdateMilestone } from './queries';

const EDITABLE = ['announced', 'in_delivery'];

/** The delivery of an awarded scenario: milestones with evidence, then landed or failed. Managed by the agency. */
export function OutcomePanel({ scenarioId, readOnly = false }: { scenarioId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const outcome = useOutcome(scenarioId);
  const add = useAddMilestone(scenarioId);
  const update = useUpdateMilestone();
  const evidence = useAddEvidence();
  const landed = useLanded(scenarioId);
  const failed = useFailed(scenarioId);
  const [failing, setFailing] = useState(false);
  const [form] = Form.useForm<{ title: string; dueDate: Dayjs; note?: string }>();
  const [failForm] = Form.useForm<{ reason: string }>();
  const fail = (e: unknown) => message.error(errorMessage(t, e));

  if (outcome.isError) return <Alert type="error" showIcon title={errorMessage(t, outcome.error)} />;
  const o = outcome.data;
  const canManage = !readOnly && !!o?.canManage;
  const manage = canManage && EDITABLE.includes(o!.status);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {o?.status === 'landed' && <Alert type="success" showIcon title={t('outcome.landedAt', { date: formatDateTime(o.landedAt) })} />}
      {o?.status === 'failed' && <Alert type="error" showIcon title={t('outcome.failedBecause', { reason: o.failureReason ?? '—' })} />}
      <Card size="small" title={t('outcome.milestones')}>
        <Table<Schemas['MilestoneView']>
          rowKey="id"
          size="small"
          loading={outcome.isPending}
          dataSource={o?.milestones}
          pagination={false}
          locale={{ emptyText: <span className="table-empty">{t('outcome.noMilestones')}</span> }}
          columns={[
            { title: t('outcome.title'), dataIndex: 'title' },
            { title: t('outcome.dueDate'), dataIndex: 'dueDate' },
            {
              title: t('outcome.state'),
              render: (_, m) =>
                m.doneOn ? (
                  <Tag color="#047857" icon={<CheckCircleOutlined />}>
                    {t('outcome.doneOn', { date: m.doneOn })}
                  </Tag>
                ) : manage ? (
                  <DatePicker
                    size="small"
                    placeholder={t('outcome.markDone')}
                    aria-label={t('outcome.markDoneFor', { title: m.title })}
                    onChange={(d) => d && update.mutate({ id: m.id, doneOn: d.format('YYYY-MM-DD') }, { onError: fail })}
                  />
                ) : (
                  <Tag icon={<ClockCircleOutlined />}>{t('outcome.pending')}</Tag>
                ),
            },
            { title: t('outcome.note'), render: (_, m) => m.note || '—' },
            {
              title: t('outcome.evidence'),
              render: (_, m) => (
                <Space orientation="vertical" size={2}>
                  {m.evidence.length > 0
                    ? m.evidence.map((f) => (
                        <a key={f.id} href={f.downloadUrl} download>
                          <FileOutlined /> {f.filename}
                        </a>
                      ))
                    : m.evidenceCount > 0 && (
                        <Typography.Text type="secondary">{t('outcome.evidenceCount', { count: m.evidenceCount })}</Typography.Text>
                      )}
                  {manage && (
                    <Upload
                      showUploadList={false}
                      accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.zip"
                      beforeUpload={(file) => {
                        evidence.mutate(
                          { milestoneId: m.id, file },
                          { onSuccess: () => message.success(t('agencyWs.uploaded')), onError: fail },
                        );
                        return false;
                      }}
                    >
                      <Button size="small" icon={<UploadOutlined />} loading={evidence.isPending}>
                        {t('outcome.addEvidence')}
                      </Button>
                    </Upload>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {manage && (
        <Card size="small" title={t('outcome.addMilestone')}>
          <Form
            form={form}
            layout="inline"
            onFinish={(v) =>
              add.mutate(
                { title: v.title, dueDate: v.dueDate.format('YYYY-MM-DD'), note: v.note?.trim() || undefined },
                { onSuccess: () => (message.success(t('outcome.added')), form.resetFields()), onError: fail },
              )
            }
          >
            <Form.Item name="title" label={t('outcome.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="dueDate" label={t('outcome.dueDate')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="note" label={t('outcome.note')} rules={[{ max: 2000 }]}>
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('outcome.add')}
            </Button>
          </Form>
        </Card>
      )}
      {canManage && o?.status === 'in_delivery' && (
        <Space wrap>
          <Popconfirm
            title={t('outcome.landedConfirm')}
            onConfirm={() => landed.mutateAsync().then(() => message.success(t('outcome.landedDone')), fail)}
          >
            <Button type="primary">{t('outcome.confirmLanded')}</Button>
          </Popconfirm>
          <Button danger onClick={() => (failForm.resetFields(), setFailing(true))}>
            {t('outcome.markFailed')}
          </Button>
        </Space>
      )}
      {canManage && o?.status === 'announced' && <Alert type="info" showIcon title={t('outcome.afterFinal')} />}
      <Modal
        open={failing}
        title={t('outcome.markFailed')}
        okText={t('outcome.markFailed')}
        okButtonProps={{ danger: true, loading: failed.isPending }}
        cancelText={t('system.cancel')}
        onCancel={() => setFailing(false)}
        onOk={() => failForm.submit()}
        destroyOnHidden
      >
        <Form
          form={failForm}
          layout="vertical"
          onFinish={({ reason }) => failed.mutate(reason, { onSuccess: () => setFailing(false), onError: fail })}
        >
          <Form.Item name="reason" label={t('outcome.failureReason')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

export const today = () => dayjs().format('YYYY-MM-DD');

import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES, type OrganizationKind, type OrganizationStatus } from '@scenebridge/shared';
import { App, Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { StatusTag } from '../organization/StatusTag';
import styles from '../system/Page.module.css';
import { useAdminOrganizations, useRejectOrganization, useVerifyOrganization, type OrganizationFilter } from './queries';

type Organization = Schemas['OrganizationView'];

export default function VerificationQueuePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<OrganizationFilter>({ status: 'pending', page: 1 });
  const list = useAdminOrganizations(filter);
  const verify = useVerifyOrganization();
  const reject = useRejectOrganization();
  const [rejecting, setRejecting] = useState<Organization | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const fail = (error: unknown) => message.error(errorMessage(t, error));

  return (
    <div className={styles.page}>
      <Typography.Title>{t('admin.queue')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.queueIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<OrganizationStatus | 'all'>
          aria-label={t('admin.filterStatus')}
          style={{ width: 160 }}
          value={filter.status ?? 'all'}
          onChange={(v) => setFilter({ ...filter, status: v === 'all' ? undefined : v, page: 1 })}
          options={[{ value: 'all', label: t('admin.all') }, ...ORGANIZATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
        <Select<OrganizationKind | 'all'>
          aria-label={t('admin.filterKind')}
          style={{ width: 240 }}
          value={filter.kind ?? 'all'}
          onChange={(v) => setFilter({ ...filter, kind: v === 'all' ? undefined : v, page: 1 })}
          options={[{ value: 'all', label: t('admin.all') }, ...ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
        />
        <Input.Search
          aria-label={t('admin.search')}
          placeholder={t('admin.search')}
          allowClear
          onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined, page: 1 })}
          style={{ width: 260 }}
        />
      </Space>
      <Table<Organization>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        pagination={{
          current: filter.page,
          pageSize: 20,
          total: list.data?.total,
          onChange: (page) => setFilter({ ...filter, page }),
          showSizeChanger: false,
        }}
        columns={[
          { title: t('org.name'), dataIndex: 'name' },
          { title: t('org.kind'), render: (_, o) => t(`kind.${o.kind}`) },
          { title: t('org.creditCode'), render: (_, o) => <code>{o.creditCode}</code> },
          { title: t('org.region'), dataIndex: 'region' },
          { title: t('admin.registeredAt'), render: (_, o) => dayjs(o.createdAt).format('YYYY-MM-DD HH:mm') },
          { title: t('org.status'), render: (_, o) => <StatusTag status={o.status} /> },
          {
            title: t('org.actions'),
            render: (_, o) =>
              o.status === 'pending' && (
                <Space>
                  <Button
                    type="primary"
                    size="small"
                    loading={verify.isPending && verify.variables === o.id}
                    onClick={() => verify.mutate(o.id, { onSuccess: () => message.success(t('admin.verified')), onError: fail })}
                  >
                    {t('admin.verify')}
                  </Button>
                  <Button danger size="small" onClick={() => (form.resetFields(), setRejecting(o))}>
                    {t('admin.reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={rejecting !== null}
        title={rejecting ? t('admin.rejectTitle', { name: rejecting.name }) : ''}
        okText={t('admin.reject')}
        okButtonProps={{ danger: true, loading: reject.isPending }}
        cancelText={t('system.cancel')}
        onCancel={() => setRejecting(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ reason }: { reason: string }) =>
            reject.mutate(
              { id: rejecting!.id, reason },
              {
                onSuccess: () => {
                  message.success(t('admin.rejected'));
                  setRejecting(null);
                },
                onError: fail,
              },
            )
          }
        >
          <Form.Item
            name="reason"
            label={t('admin.rejectReason')}
            rules={[{ required: true, whitespace: true, min: 5, max: 1000, message: t('admin.rejectReasonRequired') }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

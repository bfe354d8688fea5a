import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import styles from '../system/Page.module.css';
import { useAuditActions, useAuditEntries, useVerifyChain, type AuditFilter } from './queries';

export default function AuditLogPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<AuditFilter>({ page: 1 });
  const entries = useAuditEntries(filter);
  const actions = useAuditActions();
  const verify = useVerifyChain();

  return (
    <div className={styles.page}>
      <Typography.Title>{t('admin.audit')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.auditIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<string>
          aria-label={t('admin.action')}
          placeholder={t('admin.action')}
          allowClear
          showSearch
          style={{ width: 240 }}
          value={filter.action}
          onChange={(action) => setFilter({ ...filter, action, page: 1 })}
          options={(actions.data ?? []).map((a) => ({ value: a, label: a }))}
        />
        <Input.Search
          aria-label={t('admin.targetId')}
          placeholder={t('admin.targetId')}
          allowClear
          style={{ width: 300 }}
          onSearch={(v) => setFilter({ ...filter, targetId: v.trim() || undefined, page: 1 })}
        />
        <DatePicker.RangePicker
          aria-label={t('admin.dateRange')}
          showTime
          onChange={(range) => setFilter({ ...filter, from: range?.[0]?.toISOString(), to: range?.[1]?.toISOString(), page: 1 })}
        />
        <Button
          type="primary"
          loading={verify.isPending}
          onClick={() => verify.mutate(undefined, { onError: (e) => message.error(errorMessage(t, e)) })}
        >
          {t('admin.verifyChain')}
        </Button>
      </Space>
      {verify.data && (
        <Alert
          style={{ marginBottom: 16 }}
          role="status"
          type={verify.data.ok ? 'success' : 'error'}
          showIcon
          title={
            verify.data.ok
              ? t('admin.chainOk', { count: verify.data.checked })
              : t('admin.chainBroken', {
                  id: verify.data.firstBroken?.id,
                  reason: verify.data.firstBroken?.reason,
                  count: verify.data.checked,
                })
          }
        />
      )}
      <Table<Schemas['AuditEntryView']>
        rowKey="id"
        size="small"
        loading={entries.isFetching}
        dataSource={entries.data?.items}
        pagination={{
          current: filter.page,
          pageSize: 20,
          total: entries.data?.total,
          onChange: (page) => setFilter({ ...filter, page }),
          showSizeChanger: false,
        }}
        expandable={{
          expandedRowRender: (e) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(e.summary, null, 2)}</pre>,
        }}
        columns={[
          { title: '#', dataIndex: 'id', width: 70 },
          { title: t('admin.time'), render: (_, e) => dayjs(e.occurredAt).format('YYYY-MM-DD HH:mm:ss') },
          { title: t('admin.action'), render: (_, e) => <code>{e.action}</code> },
          { title: t('admin.target'), render: (_, e) => `${e.targetType}${e.targetId ? ` · ${e.targetId.slice(0, 8)}` : ''}` },
          {
            title: t('admin.actor'),
            render: (_, e) => (
              <>
                {e.actorEmail ?? (e.actorUserId ? e.actorUserId.slice(0, 8) : '—')}
                {e.seal && (
                  <Tag
                    icon={<LockOutlined />}
                    style={{ marginInlineStart: 8 }}
                    title={dayjs(e.seal.releasedAt).format('YYYY-MM-DD HH:mm:ss')}
                  >
                    {t('admin.sealedEntry')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('admin.ip'), dataIndex: 'ip' },
          { title: t('admin.requestId'), render: (_, e) => <code>{e.requestId?.slice(0, 8)}</code> },
        ]}
      />
    </div>
  );
}

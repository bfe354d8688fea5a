import { App, Button, Card, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { formatDateTime } from '../scenarios/format';
import styles from '../system/Page.module.css';
import { useAdminBatches, useSaveBatch } from './queries';

export default function BatchesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const batches = useAdminBatches();
  const save = useSaveBatch();
  const [form] = Form.useForm<{ year: number; number: number; name?: string }>();
  const fail = (error: unknown) => message.error(errorMessage(t, error));
  return (
    <div className={styles.page}>
      <Typography.Title>{t('review.batches')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('review.batchesIntro')}</Typography.Paragraph>
      <Card title={t('review.newBatch')} style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ year: new Date().getFullYear(), number: 1 }}
          onFinish={(v) => save.mutate(v, { onSuccess: () => form.resetFields(), onError: fail })}
        >
          <Form.Item name="year" label={t('review.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="number" label={t('review.number')} rules={[{ required: true }]}>
            <InputNumber min={1} max={99} />
          </Form.Item>
          <Form.Item name="name" label={t('review.name')}>
            <Input placeholder="2026年第一批" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('review.newBatch')}
          </Button>
        </Form>
      </Card>
      <Table<Schemas['BatchView']>
        rowKey="id"
        loading={batches.isFetching}
        dataSource={batches.data}
        pagination={false}
        columns={[
          { title: t('review.name'), dataIndex: 'name' },
          { title: t('review.year'), dataIndex: 'year' },
          { title: t('review.number'), dataIndex: 'number' },
          { title: t('field.status'), render: (_, b) => <Tag>{t(`review.batchStatus.${b.status}`)}</Tag> },
          { title: t('review.scenarioCount'), dataIndex: 'scenarioCount' },
          { title: t('field.publishedAt'), render: (_, b) => formatDateTime(b.publishedAt) },
          {
            title: t('org.actions'),
            render: (_, b) => (
              <Space>
                {b.status !== 'closed' ? (
                  <Button size="small" onClick={() => save.mutate({ id: b.id, status: 'closed' }, { onError: fail })}>
                    {t('review.close')}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => save.mutate({ id: b.id, status: 'published' }, { onError: fail })}>
                    {t('review.reopen')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}

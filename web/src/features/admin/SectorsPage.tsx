import { App, Button, Card, Form, Input, InputNumber, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import styles from '../system/Page.module.css';
import { useAdminSectors, useSaveSector } from './queries';

export default function SectorsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sectors = useAdminSectors();
  const save = useSaveSector();
  const [form] = Form.useForm<{ code: string; nameZh: string; nameEn: string; sortOrder?: number }>();
  const fail = (error: unknown) => message.error(errorMessage(t, error));
  const rename = (s: Schemas['SectorView'], field: 'nameZh' | 'nameEn', value: string) => {
    if (value.trim() && value !== s[field]) save.mutate({ create: false, code: s.code, [field]: value.trim() }, { onError: fail });
  };
  return (
    <div className={styles.page}>
      <Typography.Title>{t('review.sectors')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('review.sectorsIntro')}</Typography.Paragraph>
      <Card title={t('review.newSector')} style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => save.mutate({ create: true, ...v }, { onSuccess: () => form.resetFields(), onError: fail })}
        >
          <Form.Item name="code" label={t('review.code')} rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,39}$/ }]}>
            <Input placeholder="energy" />
          </Form.Item>
          <Form.Item name="nameZh" label={t('review.nameZh')} rules={[{ required: true, max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="nameEn" label={t('review.nameEn')} rules={[{ required: true, max: 80 }]}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('review.newSector')}
          </Button>
        </Form>
      </Card>
      <Table<Schemas['SectorView']>
        rowKey="code"
        loading={sectors.isFetching}
        dataSource={sectors.data}
        pagination={false}
        columns={[
          { title: t('review.code'), dataIndex: 'code', render: (c: string) => <code>{c}</code> },
          {
            title: t('review.nameZh'),
            render: (_, s) => (
              <Input
                aria-label={`${s.code} ${t('review.nameZh')}`}
                defaultValue={s.nameZh}
                onBlur={(e) => rename(s, 'nameZh', e.target.value)}
              />
            ),
          },
          {
            title: t('review.nameEn'),
            render: (_, s) => (
              <Input
                aria-label={`${s.code} ${t('review.nameEn')}`}
                defaultValue={s.nameEn}
                onBlur={(e) => rename(s, 'nameEn', e.target.value)}
              />
            ),
          },
          {
            title: t('review.order'),
            render: (_, s) => (
              <InputNumber
                aria-label={`${s.code} ${t('review.order')}`}
                defaultValue={s.sortOrder}
                min={0}
                onBlur={(e) => save.mutate({ create: false, code: s.code, sortOrder: Number(e.target.value) }, { onError: fail })}
              />
            ),
          },
          {
            title: t('review.active'),
            render: (_, s) => (
              <Switch
                aria-label={`${s.code} ${t('review.active')}`}
                checked={s.active}
                onChange={(active) => save.mutate({ create: false, code: s.code, active }, { onError: fail })}
              />
            ),
          },
        ]}
      />
    </div>
  );
}

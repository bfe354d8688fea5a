import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import styles from '../system/Page.module.css';
import { useCreateReviewer, useNewReviewerLink, useReviewerAction, useReviewers, useUpdateReviewer, type ReviewerFilter } from './queries';

interface NewExpert {
  email: string;
  displayName: string;
  expertise: string[];
  affiliations?: string[];
}

type ExpertEdit = Pick<NewExpert, 'displayName' | 'expertise' | 'affiliations'>;

/** A free list of words typed and separated by commas (no dropdown). */
const tagInput = (width: number) => (
  <Select mode="tags" style={{ width }} tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
);

export default function ExpertPoolPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<ReviewerFilter>({ page: 1 });
  const list = useReviewers(filter);
  const create = useCreateReviewer();
  const action = useReviewerAction();
  const newLink = useNewReviewerLink();
  const update = useUpdateReviewer();
  const [editing, setEditing] = useState<Schemas['UserView'] | null>(null);
  const [editForm] = Form.useForm<ExpertEdit>();
  const [link, setLink] = useState<{ name: string; link: string } | null>(null);
  const [form] = Form.useForm<NewExpert>();
  const fail = (error: unknown) => message.error(errorMessage(t, error));

  return (
    <div className={styles.page}>
      <Typography.Title>{t('admin.experts')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.expertsIntro')}</Typography.Paragraph>
      <Card title={t('admin.addExpert')} style={{ marginBottom: 24 }}>
        <Form<NewExpert>
          form={form}
          layout="vertical"
          onFinish={(values) =>
            create.mutate(values, {
              onSuccess: (created) => {
                setLink({ name: created.reviewer.displayName, link: created.link });
                form.resetFields();
                message.success(t('admin.created'));
              },
              onError: (error) => applyFieldErrors(form, t, error) || fail(error),
            })
          }
        >
          <Space wrap align="start">
            <Form.Item name="displayName" label={t('admin.displayName')} rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="email" label={t('org.email')} rules={[{ required: true, type: 'email', message: t('auth.emailInvalid') }]}>
              <Input style={{ width: 260 }} inputMode="email" />
            </Form.Item>
            <Form.Item
              name="expertise"
              label={t('admin.expertise')}
              extra={t('admin.expertiseHelp')}
              rules={[{ required: true, type: 'array', min: 1, max: 20 }]}
            >
              {tagInput(320)}
            </Form.Item>
            <Form.Item
              name="affiliations"
              label={t('admin.affiliations')}
              extra={t('admin.affiliationsHelp')}
              rules={[{ type: 'array', max: 20 }]}
            >
              {tagInput(320)}
            </Form.Item>
          </Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('admin.addExpert')}
          </Button>
        </Form>
        {link && (
          <Alert
            style={{ marginTop: 16 }}
            type="success"
            showIcon
            title={`${link.name} — ${t('admin.linkTitle')}`}
            description={
              <Typography.Text copyable={{ text: link.link, tooltips: [t('org.copy'), t('org.copied')] }} code data-testid="expert-link">
                {link.link}
              </Typography.Text>
            }
          />
        )}
      </Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('admin.search')}
          placeholder={`${t('admin.displayName')} / ${t('org.email')} / ${t('admin.expertise')}`}
          allowClear
          onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined, page: 1 })}
          style={{ width: 300 }}
        />
        <Select<'all' | 'active' | 'inactive'>
          aria-label={t('org.status')}
          style={{ width: 140 }}
          value={filter.active === undefined ? 'all' : filter.active ? 'active' : 'inactive'}
          onChange={(v) => setFilter({ ...filter, active: v === 'all' ? undefined : v === 'active', page: 1 })}
          options={[
            { value: 'all', label: t('admin.all') },
            { value: 'active', label: t('admin.active') },
            { value: 'inactive', label: t('admin.inactive') },
          ]}
        />
      </Space>
      <Table<Schemas['UserView']>
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
          { title: t('admin.displayName'), dataIndex: 'displayName' },
          { title: t('org.email'), dataIndex: 'email' },
          { title: t('admin.expertise'), render: (_, r) => r.expertise.map((e) => <Tag key={e}>{e}</Tag>) },
          { title: t('admin.affiliations'), render: (_, r) => r.affiliations.join('、') || '—' },
          {
            title: t('org.status'),
            render: (_, r) => (r.active ? <Tag color="#15803d">{t('admin.active')}</Tag> : <Tag>{t('admin.inactive')}</Tag>),
          },
          {
            title: t('org.lastSignIn'),
            render: (_, r) => (r.lastSignInAt ? dayjs(r.lastSignInAt).format('YYYY-MM-DD HH:mm') : t('org.never')),
          },
          {
            title: t('org.actions'),
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => setEditing(r)}>
                  {t('admin.edit')}
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    action.mutate(
                      { id: r.id, action: r.active ? 'deactivate' : 'activate' },
                      { onSuccess: () => message.success(t(r.active ? 'admin.deactivated' : 'admin.activated')), onError: fail },
                    )
                  }
                >
                  {t(r.active ? 'admin.deactivate' : 'admin.activate')}
                </Button>
                {r.active && (
                  <Button
                    size="small"
                    onClick={() =>
                      newLink.mutate(r.id, { onSuccess: (issued) => setLink({ name: r.displayName, link: issued.link }), onError: fail })
                    }
                  >
                    {t('admin.newLink')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={t('admin.editExpert', { name: editing?.displayName ?? '' })}
        okText={t('admin.save')}
        cancelText={t('system.cancel')}
        okButtonProps={{ loading: update.isPending }}
        onCancel={() => setEditing(null)}
        onOk={() => editForm.submit()}
        destroyOnHidden
      >
        <Form<ExpertEdit>
          form={editForm}
          name="edit-expert"
          initialValues={
            editing ? { displayName: editing.displayName, expertise: editing.expertise, affiliations: editing.affiliations } : undefined
          }
          layout="vertical"
          onFinish={(values) =>
            update.mutate(
              { id: editing!.id, ...values, affiliations: values.affiliations ?? [] },
              {
                onSuccess: () => (message.success(t('admin.saved')), setEditing(null)),
                onError: (error) => applyFieldErrors(editForm, t, error) || fail(error),
              },
            )
          }
        >
          <Form.Item name="displayName" label={t('admin.displayName')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="expertise" label={t('admin.expertise')} rules={[{ required: true, type: 'array', min: 1, max: 20 }]}>
            {tagInput(440)}
          </Form.Item>
          <Form.Item
            name="affiliations"
            label={t('admin.affiliations')}
            extra={t('admin.affiliationsHelp')}
            rules={[{ type: 'array', max: 20 }]}
          >
            {tagInput(440)}
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import type { Schemas } from '../../app/types';
import { useAuth } from '../auth/AuthProvider';
import styles from '../system/Page.module.css';
import { StatusTag } from './StatusTag';
import {
  useInvitations,
  useInvite,
  useMembers,
  useMyOrganization,
  useRemoveMember,
  useResubmit,
  useRevokeInvitation,
  useUpdateOrganization,
} from './queries';

const when = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

export default function OrganizationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user, reload } = useAuth();
  const isOwner = user?.memberRole === 'owner';
  const organization = useMyOrganization();
  const members = useMembers();
  const invitations = useInvitations(isOwner);
  const update = useUpdateOrganization();
  const resubmit = useResubmit();
  const invite = useInvite();
  const revoke = useRevokeInvitation();
  const remove = useRemoveMember();
  const [editing, setEditing] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [inviteForm] = Form.useForm<{ email: string }>();

  if (organization.isPending) return <PageSpinner />;
  if (organization.isError) return <Alert type="error" title={errorMessage(t, organization.error)} showIcon style={{ margin: 24 }} />;
  const org = organization.data;
  const fail = (error: unknown) => message.error(errorMessage(t, error));

  return (
    <div className={styles.page}>
      <Typography.Title>{t('org.title')}</Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('org.statusTitle')} extra={<StatusTag status={org.status} />}>
          {org.status === 'pending' && <Alert type="warning" showIcon title={t('org.pendingHint')} />}
          {org.status === 'verified' && <Alert type="success" showIcon title={t('org.verifiedHint', { date: when(org.verifiedAt) })} />}
          {org.status === 'rejected' && (
            <Alert
              type="error"
              showIcon
              title={t('org.rejectedHint', { reason: org.rejectionReason ?? '' })}
              action={
                isOwner && (
                  <Button
                    size="small"
                    loading={resubmit.isPending}
                    onClick={() =>
                      resubmit.mutate(undefined, {
                        onSuccess: () => {
                          message.success(t('org.resubmitted'));
                          void reload();
                        },
                        onError: fail,
                      })
                    }
                  >
                    {t('org.resubmit')}
                  </Button>
                )
              }
            />
          )}
        </Card>

        <Card
          title={t('org.details')}
          extra={isOwner && org.status !== 'verified' && !editing && <Button onClick={() => setEditing(true)}>{t('org.edit')}</Button>}
        >
          {editing ? (
            <Form
              layout="vertical"
              initialValues={{ name: org.name, region: org.region }}
              onFinish={(values: { name: string; region: string }) =>
                update.mutate(values, {
                  onSuccess: () => {
                    message.success(t('org.saved'));
                    setEditing(false);
                    void reload();
                  },
                  onError: fail,
                })
              }
            >
              <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="region" label={t('org.region')} rules={[{ required: true, whitespace: true, max: 100 }]}>
                <Input />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={update.isPending}>
                  {t('org.save')}
                </Button>
                <Button onClick={() => setEditing(false)}>{t('system.cancel')}</Button>
              </Space>
            </Form>
          ) : (
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label={t('org.name')}>{org.name}</Descriptions.Item>
              <Descriptions.Item label={t('org.kind')}>{t(`kind.${org.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('org.creditCode')}>
                <code>{org.creditCode}</code>
              </Descriptions.Item>
              <Descriptions.Item label={t('org.region')}>{org.region}</Descriptions.Item>
            </Descriptions>
          )}
          {org.status === 'verified' && isOwner && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('org.lockedHint')}
            </Typography.Paragraph>
          )}
        </Card>

        <Card title={t('org.members')}>
          <Table<Schemas['MemberView']>
            rowKey="id"
            loading={members.isPending}
            dataSource={members.data}
            pagination={false}
            columns={[
              { title: t('org.name'), dataIndex: 'displayName' },
              { title: t('org.email'), dataIndex: 'email' },
              {
                title: t('org.role'),
                render: (_, m) => (
                  <Space>
                    <Tag>{t(m.memberRole === 'owner' ? 'org.owner' : 'org.member')}</Tag>
                    {!m.active && <Tag color="default">{t('org.inactive')}</Tag>}
                  </Space>
                ),
              },
              { title: t('org.lastSignIn'), render: (_, m) => (m.lastSignInAt ? when(m.lastSignInAt) : t('org.never')) },
              ...(isOwner
                ? [
                    {
                      title: t('org.actions'),
                      render: (_: unknown, m: Schemas['MemberView']) =>
                        m.active &&
                        m.id !== user?.id && (
                          <Popconfirm
                            title={t('org.removeConfirm', { name: m.displayName })}
                            onConfirm={() => remove.mutateAsync(m.id).then(() => message.success(t('org.removed')), fail)}
                          >
                            <Button danger size="small">
                              {t('org.remove')}
                            </Button>
                          </Popconfirm>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>

        {isOwner && (
          <Card title={t('org.invite')}>
            <Form
              form={inviteForm}
              layout="inline"
              onFinish={({ email }: { email: string }) =>
                invite.mutate(email, {
                  onSuccess: (created) => {
                    setLink(created.link);
                    inviteForm.resetFields();
                  },
                  onError: fail,
                })
              }
            >
              <Form.Item
                name="email"
                label={t('org.inviteEmail')}
                rules={[{ required: true, type: 'email', message: t('auth.emailInvalid') }]}
              >
                <Input style={{ width: 280 }} inputMode="email" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={invite.isPending}>
                {t('org.sendInvite')}
              </Button>
            </Form>
            {link && (
              <Alert
                style={{ marginTop: 16 }}
                type="success"
                showIcon
                title={t('org.inviteCreated')}
                description={
                  <Typography.Text copyable={{ text: link, tooltips: [t('org.copy'), t('org.copied')] }} code data-testid="invite-link">
                    {link}
                  </Typography.Text>
                }
              />
            )}
            <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
              {t('org.invitations')}
            </Typography.Title>
            <Table<Schemas['InvitationView']>
              rowKey="id"
              size="small"
              loading={invitations.isPending}
              dataSource={invitations.data}
              pagination={false}
              columns={[
                { title: t('org.email'), dataIndex: 'email' },
                { title: t('org.status'), render: (_, i) => t(`org.invitationStatus.${i.status}`) },
                { title: t('org.expiresAt'), render: (_, i) => when(i.expiresAt) },
                {
                  title: t('org.actions'),
                  render: (_, i) =>
                    i.status === 'pending' && (
                      <Button
                        size="small"
                        onClick={() => revoke.mutate(i.id, { onSuccess: () => message.success(t('org.revoked')), onError: fail })}
                      >
                        {t('org.revoke')}
                      </Button>
                    ),
                },
              ]}
            />
          </Card>
        )}
      </Space>
    </div>
  );
}

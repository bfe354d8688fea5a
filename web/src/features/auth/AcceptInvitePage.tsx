import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../app/api';
import { applyFieldErrors, errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import { AuthCard } from './AuthCard';
import { useAuth } from './AuthProvider';
import { homeFor } from './home-for';
import { linkToken } from './link-token';

interface AcceptForm {
  displayName: string;
  password: string;
}

export default function AcceptInvitePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const token = linkToken(useLocation().hash);
  const [form] = Form.useForm<AcceptForm>();
  const [busy, setBusy] = useState(false);

  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: async () => unwrap(await api.POST('/api/v1/auth/invitations/preview', { body: { token: token! } })),
    enabled: token !== null,
    retry: false,
  });

  if (!token) return <AuthCard title={t('auth.inviteTitle')}>{<Alert type="error" title={t('auth.linkMissing')} showIcon />}</AuthCard>;
  if (preview.isPending) return <PageSpinner />;
  if (preview.isError)
    return <AuthCard title={t('auth.inviteTitle')}>{<Alert type="error" title={errorMessage(t, preview.error)} showIcon />}</AuthCard>;
  const invitation = preview.data;

  const submit = async (values: AcceptForm) => {
    setBusy(true);
    try {
      unwrap(await api.POST('/api/v1/auth/invitations/accept', { body: { token, ...values } }));
      const user = await signIn(invitation.email, values.password);
      navigate(homeFor(user), { replace: true });
    } catch (error) {
      if (!applyFieldErrors(form, t, error)) message.error(errorMessage(t, error));
      setBusy(false);
    }
  };

  return (
    <AuthCard
      title={t('auth.inviteTitle')}
      intro={t('auth.inviteIntro', { organization: invitation.organizationName, email: invitation.email })}
    >
      <Alert
        type="info"
        title={t('auth.inviteExpires', { date: dayjs(invitation.expiresAt).format('LLL') })}
        style={{ marginBottom: 16 }}
      />
      <Form<AcceptForm> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="displayName"
          label={t('auth.displayName')}
          rules={[{ required: true, whitespace: true, message: t('auth.required', { field: t('auth.displayName') }) }]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          extra={t('auth.passwordHelp')}
          rules={[{ required: true, min: 10, message: t('auth.passwordShort') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('auth.inviteButton')}
        </Button>
      </Form>
    </AuthCard>
  );
}

import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../app/api';
import { applyFieldErrors, errorMessage } from '../../app/errors';
import { AuthCard } from './AuthCard';
import { useAuth } from './AuthProvider';
import { homeFor } from './home-for';
import { linkToken } from './link-token';

export default function SetPasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const token = linkToken(useLocation().hash);
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);

  if (!token)
    return <AuthCard title={t('auth.setPasswordTitle')}>{<Alert type="error" title={t('auth.linkMissing')} showIcon />}</AuthCard>;

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    try {
      const user = unwrap(await api.POST('/api/v1/auth/password', { body: { token, password } }));
      const signedIn = await signIn(user.email, password);
      navigate(homeFor(signedIn), { replace: true });
    } catch (error) {
      if (!applyFieldErrors(form, t, error)) message.error(errorMessage(t, error));
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.setPasswordTitle')} intro={t('auth.setPasswordIntro')}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="password"
          label={t('auth.newPassword')}
          extra={t('auth.passwordHelp')}
          rules={[{ required: true, min: 10, message: t('auth.passwordShort') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('auth.setPasswordButton')}
        </Button>
      </Form>
    </AuthCard>
  );
}

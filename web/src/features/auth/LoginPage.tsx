import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../app/api';
import { errorMessage } from '../../app/errors';
import { AuthCard } from './AuthCard';
import { useAuth } from './AuthProvider';
import { homeFor } from './home-for';

interface LoginForm {
  email: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { signIn, user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (user && !busy) return <Navigate to={next ?? homeFor(user)} replace />;

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await signIn(values.email, values.password);
      navigate(next ?? homeFor(signedIn), { replace: true });
    } catch (e) {
      const seconds =
        e instanceof ApiError && e.code === 'SIGN_IN_LOCKED'
          ? Number((e.details?.[0] as { retryAfterSeconds?: number })?.retryAfterSeconds)
          : NaN;
      setError(Number.isFinite(seconds) ? t('auth.locked', { minutes: Math.max(1, Math.ceil(seconds / 60)) }) : errorMessage(t, e));
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.signInTitle')}>
      {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
      <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, type: 'email', message: t('auth.emailInvalid') }]}>
          <Input autoComplete="username" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.required', { field: t('auth.password') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('auth.signInButton')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        {t('auth.noAccount')} <Link to="/register">{t('auth.registerLink')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}

/** Only same-site paths may be a post-sign-in destination. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

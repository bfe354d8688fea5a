import { ORGANIZATION_KINDS, PROVINCES } from '@scenebridge/shared';
import { App, Button, Divider, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../app/api';
import { applyFieldErrors, errorMessage } from '../../app/errors';
import { AuthCard } from './AuthCard';
import { useAuth } from './AuthProvider';
import { CreditCodeInput, creditCodeRule } from './CreditCodeInput';
import { homeFor } from './home-for';

interface RegisterForm {
  kind: 'agency' | 'enterprise';
  orgName: string;
  creditCode: string;
  province: string;
  city?: string;
  displayName: string;
  email: string;
  password: string;
}

export default function RegisterPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterForm>();
  const [busy, setBusy] = useState(false);
  const english = i18n.resolvedLanguage === 'en';

  const submit = async (values: RegisterForm) => {
    setBusy(true);
    try {
      const region = values.city?.trim() ? `${values.province}/${values.city.trim()}` : values.province;
      unwrap(
        await api.POST('/api/v1/auth/register', {
          body: {
            email: values.email,
            password: values.password,
            displayName: values.displayName,
            organization: { kind: values.kind, name: values.orgName, creditCode: values.creditCode, region },
          },
        }),
      );
      const user = await signIn(values.email, values.password);
      message.success(t('auth.registered'));
      navigate(homeFor(user), { replace: true });
    } catch (error) {
      // Server field names → form field names.
      const renamed = renameFields(error, {
        'organization.creditCode': 'creditCode',
        'organization.name': 'orgName',
        'organization.region': 'province',
      });
      if (!applyFieldErrors(form, t, renamed)) message.error(errorMessage(t, error));
      setBusy(false);
    }
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('auth.required', { field }) });

  return (
    <AuthCard title={t('auth.registerTitle')} intro={t('auth.registerIntro')} wide>
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'enterprise' }}
        requiredMark={false}
        scrollToFirstError
      >
        <Divider titlePlacement="start">{t('auth.organizationSection')}</Divider>
        <Form.Item name="kind" label={t('auth.kind')} rules={[{ required: true }]}>
          <Radio.Group>
            {ORGANIZATION_KINDS.map((kind) => (
              <Radio.Button key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="orgName" label={t('auth.orgName')} rules={[required(t('auth.orgName')), { max: 200 }]}>
          <Input autoComplete="organization" />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('auth.creditCode')}
          extra={t('auth.creditCodeHelp')}
          rules={[creditCodeRule(t)]}
          validateTrigger={['onChange', 'onBlur']}
          hasFeedback
        >
          <CreditCodeInput okLabel={t('auth.creditCodeOk')} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            name="province"
            label={t('auth.province')}
            rules={[{ required: true, message: t('auth.required', { field: t('auth.province') }) }]}
            style={{ width: '40%' }}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={PROVINCES.map((p) => ({ value: p.nameZh, label: english ? p.nameEn : p.nameZh }))}
            />
          </Form.Item>
          <Form.Item name="city" label={t('auth.city')} rules={[{ max: 60 }]} style={{ width: '60%' }}>
            <Input />
          </Form.Item>
        </Space.Compact>

        <Divider titlePlacement="start">{t('auth.personSection')}</Divider>
        <Form.Item name="displayName" label={t('auth.displayName')} rules={[required(t('auth.displayName')), { max: 100 }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, type: 'email', message: t('auth.emailInvalid') }]}>
          <Input autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          extra={t('auth.passwordHelp')}
          rules={[{ required: true, min: 10, message: t('auth.passwordShort') }, { max: 128 }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('auth.registerButton')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.signInLink')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}

function renameFields(error: unknown, names: Record<string, string>): unknown {
  const details = (error as { details?: unknown[] }).details;
  if (!Array.isArray(details)) return error;
  const renamed = details.map((d) => {
    const field = (d as { field?: string }).field;
    return field && names[field] ? { ...(d as object), field: names[field] } : d;
  });
  return Object.assign(Object.create(Object.getPrototypeOf(error) as object) as object, error, { details: renamed });
}

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { PROVINCES } from '@scenebridge/shared';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../app/ButtonLink';
import { applyFieldErrors, errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import { useAuth } from '../auth/AuthProvider';
import { useSectors } from '../scenarios/queries';
import styles from '../system/Page.module.css';
import { useMyProfile, useSaveProfile, type ProfileInput } from './queries';

const QUALIFICATIONS = ['高新技术企业', '专精特新', 'ISO 27001', 'ISO 9001', '等保三级', '算法备案', 'CMMI 3', 'CMMI 5', '医疗器械注册证'];

/** The enterprise's capability profile editor. */
export default function ProfilePage() {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const { message } = App.useApp();
  const { user } = useAuth();
  const profile = useMyProfile();
  const sectors = useSectors();
  const save = useSaveProfile();
  const [form] = Form.useForm<ProfileInput>();

  if (profile.isPending) return <PageSpinner />;
  if (profile.isError) return <Alert type="error" title={errorMessage(t, profile.error)} />;
  const p = profile.data;
  const tagSelect = <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />;

  return (
    <div className={styles.page}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title style={{ margin: 0 }}>{t('profile.title')}</Typography.Title>
        {p.openForMatching && user?.organization?.status === 'verified' && (
          <ButtonLink to={`/enterprises/${p.organization.id}`}>{t('profile.publicPage')}</ButtonLink>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('profile.intro')}</Typography.Paragraph>
      {user?.organization?.status !== 'verified' && (
        <Alert type="warning" showIcon title={t('profile.notVerifiedHint')} style={{ marginBottom: 16 }} />
      )}
      <Form<ProfileInput>
        form={form}
        layout="vertical"
        initialValues={{
          ...p,
          teamSize: p.teamSize ?? undefined,
          capabilities: p.capabilities.length ? p.capabilities : [{ name: '', description: '', tags: [] }],
        }}
        onFinish={(values) =>
          save.mutate(
            {
              ...values,
              capabilities: values.capabilities.filter((c) => c?.name?.trim()),
              cases: (values.cases ?? []).filter((c) => c?.title?.trim()),
              teamSize: values.teamSize ?? undefined,
            },
            {
              onSuccess: () => message.success(t('profile.saved')),
              onError: (e) => applyFieldErrors(form, t, e) || message.error(errorMessage(t, e)),
            },
          )
        }
      >
        <Card style={{ marginBottom: 16 }}>
          <Form.Item name="summary" label={t('profile.summary')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="tags" label={t('profile.tags')} extra={t('agencyWs.tagsHelp')}>
            {tagSelect}
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="sectors" label={t('profile.sectors')}>
              <Select
                mode="multiple"
                style={{ minWidth: 280 }}
                options={(sectors.data ?? []).map((s) => ({ value: s.code, label: english ? s.nameEn : s.nameZh }))}
              />
            </Form.Item>
            <Form.Item name="regions" label={t('profile.regions')}>
              <Select
                mode="tags"
                style={{ minWidth: 280 }}
                options={PROVINCES.map((pr) => ({ value: pr.nameZh, label: english ? pr.nameEn : pr.nameZh }))}
              />
            </Form.Item>
            <Form.Item name="qualifications" label={t('profile.qualifications')}>
              <Select mode="tags" style={{ minWidth: 280 }} options={QUALIFICATIONS.map((q) => ({ value: q }))} />
            </Form.Item>
            <Form.Item name="teamSize" label={t('profile.teamSize')}>
              <InputNumber min={1} max={1_000_000} />
            </Form.Item>
          </Space>
          <Form.Item name="openForMatching" label={t('profile.open')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Card>
        <Card title={t('profile.capabilities')} style={{ marginBottom: 16 }}>
          <Form.List name="capabilities">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Card
                    key={field.key}
                    size="small"
                    style={{ marginBottom: 12 }}
                    extra={
                      <Button
                        type="text"
                        aria-label={`${t('agencyWs.delete')} ${i + 1}`}
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(field.name)}
                      />
                    }
                  >
                    <Space wrap align="start">
                      <Form.Item name={[field.name, 'name']} label={t('profile.capabilityName')} rules={[{ max: 100 }]}>
                        <Input style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'trl']} label={t('profile.trl')}>
                        <InputNumber min={1} max={9} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'indicators']} label={t('profile.indicators')} rules={[{ max: 500 }]}>
                        <Input style={{ width: 280 }} />
                      </Form.Item>
                    </Space>
                    <Form.Item
                      name={[field.name, 'description']}
                      label={t('profile.capabilityDescription')}
                      rules={[{ max: 2000 }]}
                      initialValue=""
                    >
                      <Input.TextArea rows={2} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'tags']} label={t('profile.capabilityTags')} initialValue={[]}>
                      {tagSelect}
                    </Form.Item>
                  </Card>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', description: '', tags: [] })}>
                  {t('profile.addCapability')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card title={t('profile.cases')} style={{ marginBottom: 16 }}>
          <Form.List name="cases">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} wrap align="baseline">
                    <Form.Item name={[field.name, 'title']} label={t('profile.caseTitle')} rules={[{ required: true, max: 200 }]}>
                      <Input style={{ width: 240 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'client']} label={t('profile.caseClient')} rules={[{ max: 200 }]} initialValue="">
                      <Input style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'year']} label={t('profile.caseYear')} rules={[{ required: true }]}>
                      <InputNumber min={1990} max={2100} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'outcome']} label={t('profile.caseOutcome')} rules={[{ max: 1000 }]} initialValue="">
                      <Input style={{ width: 240 }} />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={`${t('agencyWs.delete')} ${i + 1}`}
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <div>
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ title: '', client: '', year: new Date().getFullYear(), outcome: '' })}
                  >
                    {t('profile.addCase')}
                  </Button>
                </div>
              </>
            )}
          </Form.List>
        </Card>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('org.save')}
        </Button>
      </Form>
    </div>
  );
}

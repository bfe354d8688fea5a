import { DeleteOutlined, MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { COOPERATION_MODES, PROVINCES } from '@scenebridge/shared';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Select,
  Space,
  Switch,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError, unwrap } from '../../app/api';
import { applyFieldErrors, errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import type { Schemas } from '../../app/types';
import { authorizedFetch } from '../auth/session';
import {
  useCreateScenario,
  useRemoveAttachment,
  useScenario,
  useSectors,
  useSubmitScenario,
  useUpdateScenario,
  type ScenarioInput,
} from '../scenarios/queries';
import styles from '../system/Page.module.css';
import { IssueList } from './MyScenariosPage';

const QUALIFICATIONS = ['高新技术企业', '专精特新', 'ISO 27001', '等保三级', '算法备案', 'CMMI 3', '医疗器械注册证'];

interface FormValues extends Omit<ScenarioInput, 'deadline'> {
  deadline?: Dayjs;
  note?: string;
}

const DEFAULTS: Partial<FormValues> = {
  kpis: [{ name: '', target: '' }],
  rubric: [
    { name: '技术方案', weight: 40 },
    { name: '类似案例与团队', weight: 25 },
    { name: '实施计划与服务', weight: 15 },
    { name: '报价合理性', weight: 20 },
  ],
  sealed: true,
  consortiumAllowed: false,
  maxApplicationsPerEntity: 1,
  budgetNegotiable: false,
  resources: {},
};

/** Create or edit a scenario; on a published one this is an amendment with a note. */
export default function ScenarioFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useScenario(id ?? '');
  if (id && existing.isPending) return <PageSpinner />;
  if (id && existing.isError) return <Alert type="error" title={errorMessage(t, existing.error)} />;
  return <ScenarioForm scenario={id ? existing.data : undefined} />;
}

function toFormValues(s: Schemas['ScenarioView']): FormValues {
  return {
    title: s.title,
    summary: s.summary,
    description: s.description,
    scope: s.scope,
    kpis: s.kpis,
    expectedOutcomes: s.expectedOutcomes,
    acceptanceCriteria: s.acceptanceCriteria,
    resources: s.resources,
    sector: s.sector?.code,
    region: s.region,
    site: s.site,
    tags: s.tags,
    budgetMin: s.budgetMin ?? undefined,
    budgetMax: s.budgetMax ?? undefined,
    budgetNegotiable: s.budgetNegotiable,
    fundingSource: s.fundingSource,
    cooperationMode: s.cooperationMode ?? undefined,
    qualifications: s.qualifications,
    consortiumAllowed: s.consortiumAllowed,
    maxApplicationsPerEntity: s.maxApplicationsPerEntity,
    rubric: s.rubric,
    deadline: s.deadline ? dayjs(s.deadline) : undefined,
    sealed: s.sealed,
    contact: s.contact ?? undefined,
  };
}

function ScenarioForm({ scenario }: { scenario?: Schemas['ScenarioView'] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const sectors = useSectors();
  const create = useCreateScenario();
  const update = useUpdateScenario();
  const submit = useSubmitScenario();
  const removeAttachment = useRemoveAttachment();
  const [form] = Form.useForm<FormValues>();
  const [attachments, setAttachments] = useState(scenario?.attachments ?? []);
  const amending = scenario?.status === 'open';
  const earliestDeadline = amending && scenario.deadline ? dayjs(scenario.deadline) : dayjs();
  const negotiable = Form.useWatch('budgetNegotiable', form);
  const rubric = Form.useWatch('rubric', form) as { weight?: number }[] | undefined;
  const weightSum = (rubric ?? []).reduce((sum, c) => sum + (Number(c?.weight) || 0), 0);
  const busy = create.isPending || update.isPending || submit.isPending;

  const body = (values: FormValues) => {
    const { deadline, note, ...rest } = values;
    const clean = {
      ...rest,
      kpis: (rest.kpis ?? []).filter((k) => k?.name?.trim() && k?.target?.trim()),
      rubric: (rest.rubric ?? []).filter((c) => c?.name?.trim()),
      budgetMin: values.budgetNegotiable ? undefined : (rest.budgetMin ?? undefined),
      budgetMax: values.budgetNegotiable ? undefined : (rest.budgetMax ?? undefined),
      contact: rest.contact?.name ? rest.contact : undefined,
      deadline: deadline ? deadline.toISOString() : undefined,
      ...(amending ? { note } : {}),
    };
    if (amending) delete (clean as Partial<typeof clean>).sealed;
    return clean;
  };

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'SCENARIO_INCOMPLETE') {
      modal.error({ title: t('agencyWs.incomplete'), content: <IssueList details={error.details} /> });
    } else if (!applyFieldErrors(form, t, error)) message.error(errorMessage(t, error));
  };

  const save = async (values: FormValues, thenSubmit: boolean) => {
    try {
      const saved = scenario
        ? await update.mutateAsync({ id: scenario.id, body: body(values) })
        : await create.mutateAsync(body(values) as ScenarioInput);
      if (thenSubmit) {
        await submit.mutateAsync(saved.id).catch((error: unknown) => {
          navigate(`/agency/scenarios/${saved.id}/edit`, { replace: true });
          throw error;
        });
        message.success(t('agencyWs.submitted'));
        navigate('/agency/scenarios');
      } else {
        message.success(t('agencyWs.saved'));
        navigate(amending ? `/scenarios/${saved.id}` : `/agency/scenarios/${saved.id}/edit`, { replace: true });
      }
    } catch (error) {
      fail(error);
    }
  };

  const upload = async (file: File) => {
    const data = new FormData();
    data.append('file', file);
    const response = await authorizedFetch(new Request(`/api/v1/scenarios/${scenario!.id}/attachments`, { method: 'POST', body: data }));
    try {
      const added = unwrap({
        data: response.ok ? await response.json() : undefined,
        error: response.ok ? undefined : await response.json().catch(() => ({})),
        response,
      });
      setAttachments((list) => [...list, added as Schemas['AttachmentView']]);
      message.success(t('agencyWs.uploaded'));
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };

  const title = amending ? t('agencyWs.amendTitle') : scenario ? t('agencyWs.editTitle') : t('agencyWs.newTitle');
  return (
    <div className={styles.page}>
      <Typography.Title>{title}</Typography.Title>
      {amending && <Alert type="info" showIcon title={t('agencyWs.amendHint')} style={{ marginBottom: 16 }} />}
      {scenario?.status === 'returned' && scenario.returnReason && (
        <Alert type="error" showIcon title={t('detail.returnReason', { reason: scenario.returnReason })} style={{ marginBottom: 16 }} />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={scenario ? toFormValues(scenario) : DEFAULTS}
        scrollToFirstError
        requiredMark={false}
      >
        <Card title={t('detail.problem')} style={{ marginBottom: 16 }}>
          <Form.Item name="title" label={t('field.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="summary" label={t('field.summary')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} showCount maxLength={500} />
          </Form.Item>
          <Form.Item name="description" label={t('field.description')} rules={[{ max: 20000 }]}>
            <Input.TextArea rows={5} />
          </Form.Item>
          <Form.Item name="scope" label={t('field.scope')} rules={[{ max: 20000 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="sector" label={t('field.sector')}>
              <Select
                style={{ width: 200 }}
                showSearch={{ optionFilterProp: 'label' }}
                options={(sectors.data ?? []).map((s) => ({ value: s.code, label: english ? s.nameEn : s.nameZh }))}
              />
            </Form.Item>
            <Form.Item name="region" label={t('field.region')} rules={[{ max: 100 }]}>
              <AutoComplete
                style={{ width: 260 }}
                options={PROVINCES.map((p) => ({ value: p.nameZh }))}
                placeholder="四川省/锦城市/高新区"
                filterOption
              />
            </Form.Item>
            <Form.Item name="site" label={t('field.site')} rules={[{ max: 200 }]}>
              <Input style={{ width: 320 }} />
            </Form.Item>
          </Space>
        </Card>

        <Card title={t('detail.requirements')} style={{ marginBottom: 16 }}>
          <Form.Item name="tags" label={t('field.tags')} extra={t('agencyWs.tagsHelp')}>
            <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
          </Form.Item>
          <Typography.Text strong>{t('field.kpis')}</Typography.Text>
          <Form.List name="kpis">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'name']} label={t('field.kpiName')} rules={[{ max: 100 }]}>
                      <Input style={{ width: 240 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'target']} label={t('field.kpiTarget')} rules={[{ max: 100 }]}>
                      <Input style={{ width: 160 }} />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={t('agencyWs.delete')}
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', target: '' })} style={{ marginBottom: 16 }}>
                  {t('agencyWs.addKpi')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="expectedOutcomes" label={t('field.expectedOutcomes')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="acceptanceCriteria" label={t('field.acceptanceCriteria')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Divider titlePlacement="start">{t('field.resources')}</Divider>
          <Form.Item name={['resources', 'data']} label={t('field.resourcesData')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name={['resources', 'testSite']} label={t('field.resourcesTestSite')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name={['resources', 'compute']} label={t('field.resourcesCompute')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Card>

        <Card title={t('detail.eligibility')} style={{ marginBottom: 16 }}>
          <Space wrap align="start">
            <Form.Item name="budgetNegotiable" label={t('field.budgetNegotiable')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="budgetMin" label={t('field.budgetMin')}>
              <InputNumber min={0} max={10_000_000} disabled={negotiable} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="budgetMax" label={t('field.budgetMax')}>
              <InputNumber min={0} max={10_000_000} disabled={negotiable} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="fundingSource" label={t('field.fundingSource')} rules={[{ max: 200 }]}>
              <Input style={{ width: 240 }} />
            </Form.Item>
          </Space>
          <Form.Item name="cooperationMode" label={t('field.cooperationMode')}>
            <Radio.Group options={COOPERATION_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))} />
          </Form.Item>
          <Form.Item name="qualifications" label={t('field.qualifications')}>
            <Select mode="tags" options={QUALIFICATIONS.map((q) => ({ value: q }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="consortiumAllowed" label={t('field.consortiumAllowed')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="maxApplicationsPerEntity" label={t('field.maxApplications')}>
              <InputNumber min={1} max={10} />
            </Form.Item>
            <Form.Item name="deadline" label={t('field.deadline')} extra={amending ? t('agencyWs.deadlineOnlyLater') : undefined}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                // A published scenario's deadline only moves later; none lies in the past or more than a year ahead.
                disabledDate={(day) => day.isBefore(earliestDeadline, 'day') || day.isAfter(dayjs().add(365, 'day'), 'day')}
              />
            </Form.Item>
            <Form.Item name="sealed" label={t('field.sealed')} valuePropName="checked" extra={t('detail.sealedYes')}>
              <Switch disabled={amending} />
            </Form.Item>
          </Space>
          <Typography.Text strong>{t('field.rubric')}</Typography.Text>
          <Form.List name="rubric">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'name']} label={t('field.criterion')} rules={[{ max: 100 }]}>
                      <Input style={{ width: 240 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'weight']} label={t('field.weight')}>
                      <InputNumber min={1} max={100} />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={t('agencyWs.delete')}
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <div>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', weight: 10 })}>
                    {t('agencyWs.addCriterion')}
                  </Button>{' '}
                  <Typography.Text type={weightSum === 100 ? 'success' : 'warning'} role="status">
                    {t('agencyWs.weightSum', { sum: weightSum })}
                  </Typography.Text>
                </div>
              </>
            )}
          </Form.List>
        </Card>

        <Card title={t('field.contact')} style={{ marginBottom: 16 }}>
          <Space wrap>
            <Form.Item name={['contact', 'name']} label={t('field.contactName')} rules={[{ max: 50 }]}>
              <Input />
            </Form.Item>
            <Form.Item name={['contact', 'phone']} label={t('field.contactPhone')} rules={[{ pattern: /^[0-9+\-() ]{5,30}$/ }]}>
              <Input inputMode="tel" />
            </Form.Item>
            <Form.Item
              name={['contact', 'email']}
              label={t('field.contactEmail')}
              rules={[{ type: 'email', message: t('auth.emailInvalid') }]}
            >
              <Input inputMode="email" />
            </Form.Item>
          </Space>
        </Card>

        <Card title={t('field.attachments')} style={{ marginBottom: 16 }}>
          {scenario ? (
            <>
              <List
                size="small"
                dataSource={attachments}
                renderItem={(a) => (
                  <List.Item
                    actions={
                      scenario.status !== 'open'
                        ? [
                            <Button
                              key="rm"
                              type="text"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={t('agencyWs.delete')}
                              onClick={() =>
                                removeAttachment.mutate(
                                  { id: scenario.id, attachmentId: a.id },
                                  { onSuccess: () => setAttachments((list) => list.filter((x) => x.id !== a.id)), onError: fail },
                                )
                              }
                            />,
                          ]
                        : []
                    }
                  >
                    <a href={a.downloadUrl}>{a.filename}</a>
                  </List.Item>
                )}
              />
              <Upload showUploadList={false} beforeUpload={(file) => (void upload(file), false)}>
                <Button icon={<UploadOutlined />}>{t('agencyWs.upload')}</Button>
              </Upload>
            </>
          ) : (
            <Typography.Text type="secondary">{t('agencyWs.uploadHint')}</Typography.Text>
          )}
        </Card>

        {amending && (
          <Form.Item name="note" label={t('agencyWs.amendNote')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Space>
          {/* No submit button: Enter in a field (e.g. the date picker) must not save and navigate away. */}
          <Button
            type={amending ? 'primary' : 'default'}
            loading={busy}
            onClick={() =>
              form.validateFields().then(
                (v) => save(v, false),
                () => undefined,
              )
            }
          >
            {amending ? t('agencyWs.saveAmendment') : t('agencyWs.saveDraft')}
          </Button>
          {!amending && (
            <Button
              type="primary"
              loading={busy}
              onClick={() =>
                form.validateFields().then(
                  (v) => save(v, true),
                  () => undefined,
                )
              }
            >
              {t('agencyWs.saveAndSubmit')}
            </Button>
          )}
        </Space>
      </Form>
    </div>
  );
}

import { DeleteOutlined, MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Select,
  Space,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, unwrap } from '../../app/api';
import { applyFieldErrors, errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import type { Schemas } from '../../app/types';
import { authorizedFetch } from '../auth/session';
import { SolutionOutcome } from '../results/SolutionOutcome';
import { deadlineLabel, formatDateTime } from '../scenarios/format';
import styles from '../system/Page.module.css';
import { useSolution, useSolutionVersions, useSubmitSolution, useUpdateSolution, useWithdrawSolution, type SolutionInput } from './queries';

type Solution = Schemas['SolutionView'];

const INPUT_FIELDS = [
  'title',
  'brief',
  'approach',
  'innovations',
  'risks',
  'timeline',
  'priceQuote',
  'team',
  'consortiumMembers',
  'eligibilityDeclared',
  'eligibilityNote',
] as const;

/** Write, review and submit a solution; drafts save themselves as you type. */
export default function SolutionFormPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const solution = useSolution(id);
  if (solution.isPending) return <PageSpinner />;
  if (solution.isError) return <Alert type="error" title={errorMessage(t, solution.error)} style={{ margin: 24 }} />;
  return <SolutionEditor key={solution.data.id} solution={solution.data} />;
}

function SolutionEditor({ solution }: { solution: Solution }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<SolutionInput>();
  const update = useUpdateSolution();
  const submit = useSubmitSolution();
  const withdraw = useWithdrawSolution();
  const versions = useSolutionVersions(solution.id);
  const [step, setStep] = useState(0);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [attachments, setAttachments] = useState(solution.attachments);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const closed =
    solution.scenario.status !== 'open' || (solution.scenario.deadline !== null && dayjs(solution.scenario.deadline).isBefore(dayjs()));
  const editable = !closed && (solution.status === 'draft' || solution.status === 'submitted');
  const isDraft = solution.status === 'draft';

  useEffect(() => () => clearTimeout(timer.current), []);

  // Only the editable fields go back to the server (the form also holds the loaded solution's other data).
  const clean = (values: SolutionInput): SolutionInput => {
    const picked = Object.fromEntries(
      INPUT_FIELDS.filter((k) => values[k] !== undefined && values[k] !== null).map((k) => [k, values[k]]),
    ) as SolutionInput;
    return { ...picked, timeline: (values.timeline ?? []).filter((p) => p?.phase?.trim() && p.weeks) };
  };

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'SOLUTION_INCOMPLETE') {
      modal.error({
        title: t('errors.SOLUTION_INCOMPLETE'),
        content: (
          <ul data-testid="issues">
            {((error.details ?? []) as { field: string; code: string }[]).map((i) => (
              <li key={i.field}>
                {t(`solution.${i.field}`, { defaultValue: i.field })}：{t(`solution.issue.${i.code}`)}
              </li>
            ))}
          </ul>
        ),
      });
    } else if (!applyFieldErrors(form, t, error)) message.error(errorMessage(t, error));
  };

  // Drafts save themselves a moment after each change.
  const autosave = () => {
    if (!isDraft || !editable) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      update.mutate(
        { id: solution.id, body: clean(form.getFieldsValue(true) as SolutionInput) },
        { onSuccess: () => setSavedAt(dayjs().format('HH:mm:ss')) },
      );
    }, 1200);
  };

  const upload = async (file: File) => {
    const data = new FormData();
    data.append('file', file);
    const response = await authorizedFetch(new Request(`/api/v1/solutions/${solution.id}/attachments`, { method: 'POST', body: data }));
    const body = (await response.json().catch(() => ({}))) as unknown;
    try {
      setAttachments((list) => [
        ...list,
        unwrap({ data: response.ok ? (body as Schemas['AttachmentView']) : undefined, error: response.ok ? undefined : body, response }),
      ]);
      message.success(t('agencyWs.uploaded'));
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  const removeFile = async (attachmentId: string) => {
    const response = await authorizedFetch(
      new Request(`/api/v1/solutions/${solution.id}/attachments/${attachmentId}`, { method: 'DELETE' }),
    );
    if (response.ok) setAttachments((list) => list.filter((a) => a.id !== attachmentId));
    else
      message.error(
        errorMessage(
          t,
          new ApiError(response.status, ((await response.json().catch(() => ({}))) as { code?: string }).code ?? 'UNKNOWN', ''),
        ),
      );
  };

  const toReview = async () => {
    try {
      const values = clean(await form.validateFields());
      clearTimeout(timer.current);
      await update.mutateAsync({ id: solution.id, body: values });
      setStep(1);
    } catch (error) {
      if (error instanceof ApiError) fail(error);
    }
  };

  const saveRevision = async () => {
    try {
      const values = clean(await form.validateFields());
      await update.mutateAsync({ id: solution.id, body: values });
      message.success(t('agencyWs.saved'));
      void versions.refetch();
    } catch (error) {
      if (error instanceof ApiError) fail(error);
    }
  };

  const values = form.getFieldsValue(true) as SolutionInput;
  return (
    <div className={styles.page}>
      <Typography.Text type="secondary">
        <Link to={`/scenarios/${solution.scenario.id}`}>
          {solution.scenario.code ?? ''} {solution.scenario.title}
        </Link>{' '}
        · {formatDateTime(solution.scenario.deadline)} · {deadlineLabel(t, solution.scenario.deadline)}
      </Typography.Text>
      <Typography.Title style={{ marginTop: 8 }}>
        {solution.title || t('enterpriseWs.answer')} <span data-testid="solution-status">{t(`solutionStatus.${solution.status}`)}</span>
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          solution.scenario.sealed
            ? t('solution.sealedHint', { deadline: formatDateTime(solution.scenario.deadline) })
            : t('solution.openHint')
        }
      />
      {closed && <Alert type="warning" showIcon title={t('solution.deadlineGone')} style={{ marginBottom: 16 }} />}
      <SolutionOutcome solutionId={solution.id} status={solution.status} scenarioId={solution.scenario.id} />
      {isDraft && editable && (
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[{ title: t('solution.stepFill') }, { title: t('solution.stepReview') }, { title: t('solution.stepSubmit') }]}
        />
      )}
      {!isDraft && editable && <Alert type="info" title={t('solution.revise')} style={{ marginBottom: 16 }} />}

      <div hidden={step !== 0}>
        <Form<SolutionInput>
          form={form}
          layout="vertical"
          disabled={!editable}
          initialValues={solution}
          onValuesChange={autosave}
          requiredMark={false}
        >
          <Card style={{ marginBottom: 16 }}>
            <Form.Item name="title" label={t('solution.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="brief" label={t('solution.brief')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
              <Input.TextArea rows={3} showCount maxLength={1000} />
            </Form.Item>
            <Form.Item name="approach" label={t('solution.approach')} rules={[{ required: true, whitespace: true, max: 50000 }]}>
              <Input.TextArea rows={8} />
            </Form.Item>
            <Form.Item name="innovations" label={t('solution.innovations')} rules={[{ max: 10000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="risks" label={t('solution.risks')} rules={[{ max: 10000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Card>
          <Card style={{ marginBottom: 16 }}>
            <Typography.Text strong>{t('solution.timeline')}</Typography.Text>
            <Form.List name="timeline">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, 'phase']} label={t('solution.phase')} rules={[{ max: 100 }]}>
                        <Input style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'weeks']} label={t('solution.weeks')}>
                        <InputNumber min={1} max={260} />
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
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ phase: '', weeks: 4 })}>
                      {t('solution.addPhase')}
                    </Button>
                  </div>
                </>
              )}
            </Form.List>
            <Space wrap style={{ marginTop: 16 }}>
              <Form.Item
                name="priceQuote"
                label={t('solution.priceQuote')}
                rules={[{ required: true, message: t('solution.issue.REQUIRED') }]}
              >
                <InputNumber min={0} max={10_000_000} style={{ width: 180 }} />
              </Form.Item>
            </Space>
            <Form.Item name="team" label={t('solution.team')} rules={[{ max: 5000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            {solution.scenario.consortiumAllowed && (
              <Form.Item name="consortiumMembers" label={t('solution.consortiumMembers')}>
                <Select mode="tags" open={false} suffixIcon={null} />
              </Form.Item>
            )}
            <Form.Item name="eligibilityNote" label={t('solution.eligibilityNote')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item
              name="eligibilityDeclared"
              valuePropName="checked"
              rules={[{ validator: async (_, v) => (v ? undefined : Promise.reject(new Error(t('solution.issue.DECLARATION_REQUIRED')))) }]}
            >
              <Checkbox>{t('solution.eligibilityDeclared')}</Checkbox>
            </Form.Item>
          </Card>
        </Form>
        <Card title={t('solution.attachments')} style={{ marginBottom: 16 }}>
          <List
            size="small"
            dataSource={attachments}
            renderItem={(a) => (
              <List.Item
                actions={
                  editable
                    ? [
                        <Button
                          key="rm"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`${t('agencyWs.delete')} ${a.filename}`}
                          onClick={() => void removeFile(a.id)}
                        />,
                      ]
                    : []
                }
              >
                <a href={a.downloadUrl}>{a.filename}</a>
              </List.Item>
            )}
          />
          {editable && (
            <Upload showUploadList={false} beforeUpload={(file) => (void upload(file), false)}>
              <Button icon={<UploadOutlined />}>{t('solution.upload')}</Button>
            </Upload>
          )}
        </Card>
        <Space wrap>
          {isDraft && editable && (
            <Button type="primary" onClick={() => void toReview()} loading={update.isPending}>
              {t('solution.next')}
            </Button>
          )}
          {!isDraft && editable && (
            <Button type="primary" onClick={() => void saveRevision()} loading={update.isPending}>
              {t('org.save')}
            </Button>
          )}
          {editable && (
            <Popconfirm
              title={t('solution.withdrawConfirm')}
              onConfirm={() =>
                withdraw.mutateAsync(solution.id).then(() => (message.success(t('solution.withdrawn')), navigate('/enterprise')), fail)
              }
            >
              <Button danger>{t('solution.withdraw')}</Button>
            </Popconfirm>
          )}
          <Typography.Text type="secondary" role="status">
            {update.isPending && isDraft ? t('solution.saving') : savedAt ? t('solution.autosaved', { time: savedAt }) : ''}
          </Typography.Text>
        </Space>
      </div>

      {step === 1 && (
        <Card title={t('solution.stepReview')}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('solution.title')}>{values.title}</Descriptions.Item>
            <Descriptions.Item label={t('solution.brief')}>{values.brief}</Descriptions.Item>
            <Descriptions.Item label={t('solution.approach')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{values.approach}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('solution.timeline')}>
              {(values.timeline ?? []).map((p) => `${p.phase}（${p.weeks}）`).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('solution.priceQuote')}>{values.priceQuote}</Descriptions.Item>
            <Descriptions.Item label={t('solution.attachments')}>{attachments.map((a) => a.filename).join('、') || '—'}</Descriptions.Item>
          </Descriptions>
          <Space style={{ marginTop: 16 }}>
            <Button onClick={() => setStep(0)}>{t('solution.back')}</Button>
            <Button
              type="primary"
              loading={submit.isPending}
              onClick={() =>
                submit.mutate(solution.id, {
                  onSuccess: () => {
                    message.success(t('solution.submitted'));
                    navigate('/enterprise');
                  },
                  onError: (e) => (setStep(0), fail(e)),
                })
              }
            >
              {t('solution.submit')}
            </Button>
          </Space>
        </Card>
      )}

      {(versions.data?.length ?? 0) > 0 && (
        <Card title={t('solution.versions')} style={{ marginTop: 16 }}>
          <Table
            rowKey="version"
            size="small"
            pagination={false}
            dataSource={versions.data}
            columns={[
              { title: '#', render: (_, v) => t('solution.version', { n: v.version }) },
              { title: t('solution.submittedAt'), render: (_, v) => formatDateTime(v.createdAt) },
              { title: t('solution.priceQuote'), render: (_, v) => String((v.snapshot as { priceQuote?: number }).priceQuote ?? '—') },
            ]}
          />
        </Card>
      )}
    </div>
  );
}

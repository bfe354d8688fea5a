import { Alert, App, Button, Card, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import { useAnnounce } from '../reviews/queries';
import { AnnouncementSummary, ObjectionList } from './AnnouncementSummary';
import { useAnnouncement } from './queries';

/** The agency's announcement step: publish the 公示 with its objection period, then answer the objections. */
export function AnnouncementTab({ scenarioId, status, title }: { scenarioId: string; status: string; title: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const announcement = useAnnouncement(scenarioId);
  const announce = useAnnounce(scenarioId);
  const [form] = Form.useForm<{ text: string; objectionEndsAt: Dayjs }>();

  if (announcement.isPending) return <PageSpinner />;
  if (announcement.isError) return <Alert type="error" showIcon title={errorMessage(t, announcement.error)} />;
  const a = announcement.data;
  if (a)
    return (
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <AnnouncementSummary a={a} />
        <ObjectionList a={a} canAnswer />
      </Space>
    );
  if (status !== 'awarded' && status !== 'no_award') return <Alert type="info" showIcon title={t('results.decideFirst')} />;
  return (
    <Card title={t('results.announceTitle')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          text: t(status === 'awarded' ? 'results.template' : 'results.templateNoAward', { title }),
          objectionEndsAt: dayjs().add(7, 'day').endOf('day'),
        }}
        onFinish={({ text, objectionEndsAt }) =>
          announce.mutate(
            { text, objectionEndsAt: objectionEndsAt.toISOString() },
            { onSuccess: () => message.success(t('results.announced')), onError: (e) => message.error(errorMessage(t, e)) },
          )
        }
      >
        <Form.Item name="text" label={t('results.text')} rules={[{ required: true, whitespace: true, max: 10000 }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item name="objectionEndsAt" label={t('results.objectionEndsAt')} extra={t('results.periodHint')} rules={[{ required: true }]}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isBefore(dayjs().add(1, 'day'), 'day') || d.isAfter(dayjs().add(60, 'day'), 'day')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={announce.isPending}>
          {t('results.announce')}
        </Button>
      </Form>
    </Card>
  );
}

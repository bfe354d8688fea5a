import { Alert, App, Button, Card, Form, Input, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import { useAuth } from '../auth/AuthProvider';
import styles from '../system/Page.module.css';
import { AnnouncementSummary, ObjectionList } from './AnnouncementSummary';
import { OutcomePanel } from './OutcomePanel';
import { useAnnouncement, useFileObjection } from './queries';

/** A scenario's announced result: the 公示 text, the winners, objections, and the delivery afterwards. */
export default function ResultDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const announcement = useAnnouncement(id);
  if (announcement.isPending) return <PageSpinner />;
  if (announcement.isError) return <Alert type="error" showIcon title={errorMessage(t, announcement.error)} style={{ margin: 24 }} />;
  const a = announcement.data;
  if (!a)
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('results.notAnnounced')}</h1>}
        extra={<Link to={`/scenarios/${id}`}>{t('results.toScenario')}</Link>}
      />
    );
  const enterprise = user?.organization?.kind === 'enterprise';
  const delivery = ['announced', 'in_delivery', 'landed', 'failed'].includes(a.status);
  return (
    <div className={styles.page}>
      <Typography.Text type="secondary">
        <Link to="/results">{t('nav.results')}</Link>
      </Typography.Text>
      <Typography.Title style={{ marginTop: 8 }}>{t('results.detailTitle', { title: a.title })}</Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <AnnouncementSummary a={a} />
        <ObjectionList a={a} canAnswer={false} />
        {a.objectionsOpen && enterprise && <ObjectionForm scenarioId={id} />}
        {a.objectionsOpen && !user && (
          <Alert
            type="info"
            showIcon
            title={<Link to={`/login?next=${encodeURIComponent(`/results/${id}`)}`}>{t('results.signInToObject')}</Link>}
          />
        )}
        {delivery && (
          <section>
            <h2 style={{ fontSize: 20 }}>{t('outcome.heading')}</h2>
            <OutcomePanel scenarioId={id} readOnly />
          </section>
        )}
      </Space>
    </div>
  );
}

function ObjectionForm({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const file = useFileObjection(scenarioId);
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Card size="small" title={t('results.objectTitle')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={({ text }) =>
          file.mutate(text, {
            onSuccess: () => (message.success(t('results.objected')), form.resetFields()),
            onError: (e) => message.error(errorMessage(t, e)),
          })
        }
      >
        <Form.Item name="text" label={t('results.objectionText')} rules={[{ required: true, whitespace: true, max: 5000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={file.isPending}>
          {t('results.object')}
        </Button>
      </Form>
    </Card>
  );
}

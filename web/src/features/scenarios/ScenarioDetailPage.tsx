import { FileOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Empty, List, Result, Row, Space, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '../../app/ButtonLink';
import { PageSpinner } from '../../app/PageSpinner';
import type { Schemas } from '../../app/types';
import { useAuth } from '../auth/AuthProvider';
import { ScenarioActions } from '../enterprise/ScenarioActions';
import { ScenarioMatches } from '../matching/ScenarioMatches';
import styles from '../system/Page.module.css';
import { deadlineLabel, formatBudget, formatDateTime } from './format';
import { useScenario, useVersions } from './queries';
import { ScenarioStatusTag } from './StatusTag';

const AFTER_DEADLINE = ['closed', 'reviewing', 'shortlisted', 'awarded', 'announced', 'in_delivery', 'landed', 'failed', 'no_award'];
const RESULT_STAGE = ['announced', 'in_delivery', 'landed', 'failed', 'no_award'];

export default function ScenarioDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const scenario = useScenario(id);
  const versions = useVersions(id, scenario.data?.publishedAt !== null && scenario.isSuccess);

  if (scenario.isPending) return <PageSpinner />;
  if (scenario.isError) return <Result status="404" title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('detail.notFound')}</h1>} />;
  const s = scenario.data;
  const own = user?.organization?.id === s.organization.id;
  const editable = own && ['draft', 'returned', 'open'].includes(s.status);
  // The agency (and platform admins) also see which enterprises fit.
  const showMatches = own || !!user?.roles.includes('admin');
  const tab = showMatches && params.get('tab') === 'matches' ? 'matches' : 'details';
  // After the deadline the agency (and admins) run the review, decisions and delivery from one page.
  const canRunReview = showMatches && AFTER_DEADLINE.includes(s.status);
  const announced = RESULT_STAGE.includes(s.status);

  const details = (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={16}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Section title={t('field.description')} text={s.description} />
          <Section title={t('field.scope')} text={s.scope} />
          <Card title={t('field.kpis')} size="small">
            <Table<Schemas['KpiView']>
              rowKey="name"
              size="small"
              pagination={false}
              dataSource={s.kpis}
              columns={[
                { title: t('field.kpiName'), dataIndex: 'name' },
                { title: t('field.kpiTarget'), dataIndex: 'target' },
              ]}
            />
          </Card>
          <Section title={t('field.expectedOutcomes')} text={s.expectedOutcomes} />
          <Section title={t('field.acceptanceCriteria')} text={s.acceptanceCriteria} />
          <Card title={t('field.resources')} size="small">
            <Descriptions column={1} size="small">
              {s.resources.data && <Descriptions.Item label={t('field.resourcesData')}>{s.resources.data}</Descriptions.Item>}
              {s.resources.testSite && <Descriptions.Item label={t('field.resourcesTestSite')}>{s.resources.testSite}</Descriptions.Item>}
              {s.resources.compute && <Descriptions.Item label={t('field.resourcesCompute')}>{s.resources.compute}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={t('field.rubric')} size="small">
            <Table<Schemas['RubricCriterionView']>
              rowKey="name"
              size="small"
              pagination={false}
              dataSource={s.rubric}
              columns={[
                { title: t('field.criterion'), render: (_, c) => (c.description ? `${c.name} — ${c.description}` : c.name) },
                { title: t('field.weight'), dataIndex: 'weight', width: 90 },
              ]}
            />
          </Card>
          {s.publishedAt && <VersionHistory versions={versions.data} />}
        </Space>
      </Col>
      <Col xs={24} lg={8}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('detail.overview')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('field.agency')}>
                <Link to={`/agencies/${s.organization.id}`}>{s.organization.name}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('field.region')}>{s.region || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.site')}>{s.site || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.budget')}>{formatBudget(t, s)}</Descriptions.Item>
              <Descriptions.Item label={t('field.fundingSource')}>{s.fundingSource || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.cooperationMode')}>
                {s.cooperationMode ? t(`mode.${s.cooperationMode}`) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.deadline')}>
                {formatDateTime(s.deadline)} {s.status === 'open' && <Tag color="#a15c07">{deadlineLabel(t, s.deadline)}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.publishedAt')}>{formatDateTime(s.publishedAt)}</Descriptions.Item>
            </Descriptions>
            <Alert
              style={{ marginTop: 8 }}
              type="info"
              icon={s.sealed ? <LockOutlined /> : <UnlockOutlined />}
              showIcon
              title={s.sealed ? t('detail.sealedYes') : t('detail.sealedNo')}
            />
          </Card>
          <Card size="small" title={t('detail.eligibility')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('field.tags')}>
                <Space size={[4, 4]} wrap>
                  {s.tags.map((tag) => (
                    <Tag key={tag} color="blue" bordered={false}>
                      {tag}
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('field.qualifications')}>
                {s.qualifications.length ? s.qualifications.join('、') : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.consortiumAllowed')}>
                {s.consortiumAllowed ? t('detail.yes') : t('detail.no')}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.maxApplications')}>
                {t('detail.perEntity', { n: s.maxApplicationsPerEntity })}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={t('field.contact')}>
            {s.contact ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('field.contactName')}>{s.contact.name}</Descriptions.Item>
                {s.contact.phone && <Descriptions.Item label={t('field.contactPhone')}>{s.contact.phone}</Descriptions.Item>}
                {s.contact.email && <Descriptions.Item label={t('field.contactEmail')}>{s.contact.email}</Descriptions.Item>}
              </Descriptions>
            ) : (
              <Typography.Text type="secondary">{s.contactHidden ? t('detail.contactHidden') : '—'}</Typography.Text>
            )}
          </Card>
          <Card size="small" title={t('field.attachments')}>
            {s.attachments.length === 0 ? (
              <Typography.Text type="secondary">{t('detail.noAttachments')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={s.attachments}
                renderItem={(a) => (
                  <List.Item>
                    <a href={a.downloadUrl} download>
                      <FileOutlined /> {a.filename}
                    </a>{' '}
                    <Typography.Text type="secondary">{Math.ceil(a.size / 1024)} KB</Typography.Text>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Space>
      </Col>
    </Row>
  );

  return (
    <div className={styles.page}>
      <Space size={[8, 4]} wrap>
        <ScenarioStatusTag status={s.status} />
        {s.code && <Typography.Text type="secondary">{s.code}</Typography.Text>}
        {s.batch && <Tag>{s.batch.name}</Tag>}
        {s.sector && <Tag color="blue">{english ? s.sector.nameEn : s.sector.nameZh}</Tag>}
      </Space>
      <Typography.Title style={{ marginTop: 8 }}>{s.title}</Typography.Title>
      <Typography.Paragraph className="lead">{s.summary}</Typography.Paragraph>
      {s.status === 'cancelled' && s.cancelReason && (
        <Alert type="warning" showIcon title={t('detail.cancelReason', { reason: s.cancelReason })} style={{ marginBottom: 16 }} />
      )}
      {s.returnReason && s.status === 'returned' && (
        <Alert type="error" showIcon title={t('detail.returnReason', { reason: s.returnReason })} style={{ marginBottom: 16 }} />
      )}
      <ScenarioActions scenario={s} />
      {editable && (
        <Space style={{ marginBottom: 16 }}>
          <ButtonLink type="primary" to={`/agency/scenarios/${s.id}/edit`}>
            {s.status === 'open' ? t('agencyWs.amend') : t('agencyWs.edit')}
          </ButtonLink>
        </Space>
      )}
      {(canRunReview || announced) && (
        <Space style={{ marginBottom: 16 }} wrap>
          {canRunReview && (
            <ButtonLink type="primary" to={`/agency/scenarios/${s.id}/review`}>
              {t('panel.pageTitle')}
            </ButtonLink>
          )}
          {announced && <ButtonLink to={`/results/${s.id}`}>{t('results.view')}</ButtonLink>}
        </Space>
      )}
      {showMatches ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'matches' ? { tab: 'matches' } : {}, { replace: true })}
          items={[
            { key: 'details', label: t('detail.tabDetails'), children: details },
            { key: 'matches', label: t('matching.tab'), children: tab === 'matches' ? <ScenarioMatches scenarioId={s.id} /> : null },
          ]}
        />
      ) : (
        details
      )}
    </div>
  );
}

function Section({ title, text }: { title: string; text: string }) {
  return (
    <Card title={title} size="small">
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text || '—'}</Typography.Paragraph>
    </Card>
  );
}

function VersionHistory({ versions }: { versions: Schemas['ScenarioVersionView'][] | undefined }) {
  const { t } = useTranslation();
  if (!versions) return null;
  const show = (value: unknown) =>
    value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <Card title={t('detail.versions')} size="small">
      {versions.length === 0 ? (
        <Empty />
      ) : (
        <Timeline
          items={versions.map((v) => ({
            content: (
              <div data-version={v.version}>
                <Typography.Text strong>{t('detail.version', { n: v.version })}</Typography.Text>{' '}
                <Typography.Text type="secondary">{formatDateTime(v.createdAt)}</Typography.Text>
                {v.note && <div>{v.note}</div>}
                {v.version === 1 && <div>{t('detail.firstVersion')}</div>}
                {v.deadlineExtended && <Alert type="warning" showIcon title={t('detail.extended')} style={{ margin: '4px 0' }} />}
                {v.changes.length > 0 && (
                  <ul className="changes">
                    {v.changes.map((c) => (
                      <li key={c.field}>
                        <strong>
                          {t(
                            `field.${c.field === 'sectorCode' ? 'sector' : c.field === 'maxApplicationsPerEntity' ? 'maxApplications' : c.field}`,
                          )}
                        </strong>
                        ：{t('detail.changedFrom')} <del>{show(c.before)}</del> → {t('detail.changedTo')} <ins>{show(c.after)}</ins>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

import {
  AppstoreOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  FileSearchOutlined,
  FormOutlined,
  LockOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from '@scenebridge/shared';
import { Badge, Button, Card, Col, Result, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../app/ButtonLink';
import { Link, useLocation } from 'react-router';
import { PageSpinner } from '../../app/PageSpinner';
import { useJobs, usePendingCount, useSearchStatus } from '../admin/queries';
import { EnterpriseDashboard } from '../enterprise/EnterpriseDashboard';
import { ReviewerAssignments } from '../reviews/ReviewerAssignments';
import { AgencyAnalytics } from '../stats/AgencyAnalytics';
import { useAdminScenarios } from '../scenarios/queries';
import { useAuth } from '../auth/AuthProvider';
import { StatusTag } from '../organization/StatusTag';
import styles from '../system/Page.module.css';

export type WorkspaceArea = 'enterprise' | 'agency' | 'reviewer' | 'admin';

const ROLE_OF: Record<WorkspaceArea, Role> = { enterprise: 'solver', agency: 'publisher', reviewer: 'reviewer', admin: 'admin' };

/** A workspace's home: what it is for, and the way in for the people it belongs to. */
export default function WorkspacePage({ area }: { area: WorkspaceArea }) {
  const { t } = useTranslation();
  const { status, user } = useAuth();
  const location = useLocation();
  const title = <h1 style={{ fontSize: 24, margin: 0 }}>{t(`nav.${area}`)}</h1>;

  if (status === 'loading') return <PageSpinner />;
  if (!user) {
    return (
      <div className={styles.page}>
        <Result
          icon={<LockOutlined />}
          title={title}
          subTitle={
            <>
              <p>{t(`workspace.${area}`)}</p>
              <p>
                <strong>{t('workspace.signInRequired')}</strong> — {t('workspace.signInHint')}
              </p>
            </>
          }
          extra={
            <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>
              <Button type="primary">{t('workspace.signInAction')}</Button>
            </Link>
          }
        />
      </div>
    );
  }
  if (!user.roles.includes(ROLE_OF[area])) {
    return (
      <div className={styles.page}>
        <Result status="403" title={title} subTitle={t('workspace.wrongRole')} />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      <Typography.Title>{t(`nav.${area}`)}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('workspace.welcome', { name: user.displayName })}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {user.organization && (
          <Col xs={24} md={12}>
            <Card title={t('workspace.yourOrganization')} extra={<StatusTag status={user.organization.status} />}>
              <Typography.Paragraph strong>{user.organization.name}</Typography.Paragraph>
              <ButtonLink to="/org" icon={<TeamOutlined />}>
                {t('workspace.goOrganization')}
              </ButtonLink>
            </Card>
          </Col>
        )}
        {area === 'reviewer' && (
          <Col xs={24} md={12}>
            <Card title={t('workspace.expertise')}>
              <Space wrap>
                {user.expertise.map((e) => (
                  <Tag key={e}>{e}</Tag>
                ))}
              </Space>
            </Card>
          </Col>
        )}
        {area === 'reviewer' && <ReviewerAssignments />}
        {area === 'admin' && <AdminShortcuts />}
        {area === 'enterprise' && <EnterpriseDashboard />}
        {area === 'agency' && (
          <Col xs={24} md={12}>
            <Card title={t('agencyWs.myScenarios')}>
              <Space wrap>
                <ButtonLink to="/agency/scenarios" icon={<FormOutlined />}>
                  {t('agencyWs.myScenarios')}
                </ButtonLink>
                <ButtonLink type="primary" to="/agency/scenarios/new" icon={<PlusOutlined />}>
                  {t('agencyWs.new')}
                </ButtonLink>
              </Space>
            </Card>
          </Col>
        )}
        {area === 'agency' && <AgencyAnalytics />}
        <Col xs={24} md={12}>
          <Card title={t('nav.notifications')}>
            <ButtonLink to="/notifications" icon={<BellOutlined />}>
              {t('workspace.goNotifications')}
            </ButtonLink>
          </Card>
        </Col>
      </Row>
    </div>
  );
}

function AdminShortcuts() {
  const { t } = useTranslation();
  const pending = usePendingCount();
  const reviews = useAdminScenarios('pending_review', 1);
  const search = useSearchStatus();
  const jobs = useJobs();
  const running = (jobs.data ?? []).filter((j) => j.enabled);
  const failing = running.filter((j) => j.consecutiveFailures > 0);
  const jobSummary =
    running.length === 0
      ? t('review.jobsElsewhere')
      : failing.length === 0
        ? t('review.jobsHealthy', { count: running.length })
        : failing.map((j) => t('review.jobFailing', { name: j.name, count: j.consecutiveFailures, error: j.lastError ?? '' })).join('; ');
  const tile = (to: string, icon: ReactNode, label: string, badge?: number) => (
    <Col xs={24} md={8} key={to}>
      <Card>
        <Link to={to}>
          <Space>
            {icon}
            <Badge count={badge} offset={[12, 0]}>
              <span>{label}</span>
            </Badge>
          </Space>
        </Link>
      </Card>
    </Col>
  );
  return (
    <>
      {tile('/admin/organizations', <SafetyCertificateOutlined />, t('admin.queue'), pending.data)}
      {tile('/admin/scenarios', <FileSearchOutlined />, t('review.queue'), reviews.data?.total)}
      {tile('/admin/batches', <CalendarOutlined />, t('review.batches'))}
      {tile('/admin/sectors', <TagsOutlined />, t('review.sectors'))}
      {tile('/admin/import', <CloudUploadOutlined />, t('review.import'))}
      <Col xs={24} md={8}>
        <Card>
          <Space>
            <AppstoreOutlined />
            <span data-testid="search-status">
              {t('review.searchStatus')} · {t('review.pending', { count: search.data?.pending ?? 0 })}
              {search.data?.lastError ? ` · ${search.data.lastError}` : ''}
            </span>
          </Space>
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card>
          <Space>
            <ScheduleOutlined />
            <span data-testid="job-status">
              {t('review.jobs')} · {jobSummary}
            </span>
          </Space>
        </Card>
      </Col>
      {tile('/admin/reviewers', <TeamOutlined />, t('admin.experts'))}
      {tile('/admin/audit', <AuditOutlined />, t('admin.audit'))}
    </>
  );
}

import { Card, Col, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../app/ButtonLink';
import type { Schemas } from '../../app/types';
import { deadlineLabel, formatDateTime } from '../scenarios/format';
import { Recommendations } from '../matching/Recommendations';
import { ScenarioStatusTag } from '../scenarios/StatusTag';
import { useMySolutions, useSavedScenarios } from './queries';

/** The enterprise workspace: saved scenarios and our solutions, each with its deadline. */
export function EnterpriseDashboard() {
  const { t } = useTranslation();
  const saved = useSavedScenarios();
  const solutions = useMySolutions();
  return (
    <>
      <Col xs={24} md={12}>
        <Card title={t('enterpriseWs.profile')}>
          <ButtonLink to="/enterprise/profile">{t('profile.title')}</ButtonLink>{' '}
          <ButtonLink to="/scenarios">{t('enterpriseWs.browse')}</ButtonLink>{' '}
          <ButtonLink to="/saved-searches">{t('savedSearch.title')}</ButtonLink>
        </Card>
      </Col>
      <Col xs={24}>
        <Recommendations />
      </Col>
      <Col xs={24}>
        <Card title={t('enterpriseWs.mySolutions')}>
          <Table<Schemas['SolutionSummaryView']>
            rowKey="id"
            size="small"
            loading={solutions.isPending}
            dataSource={solutions.data}
            pagination={false}
            locale={{ emptyText: <Empty description={t('enterpriseWs.noSolutions')} /> }}
            columns={[
              { title: t('solution.title'), render: (_, s) => <Link to={`/enterprise/solutions/${s.id}`}>{s.title || '—'}</Link> },
              { title: t('field.title'), render: (_, s) => <Link to={`/scenarios/${s.scenario.id}`}>{s.scenario.title}</Link> },
              { title: t('field.status'), render: (_, s) => <span data-status={s.status}>{t(`solutionStatus.${s.status}`)}</span> },
              {
                title: t('field.deadline'),
                render: (_, s) => `${formatDateTime(s.scenario.deadline)} · ${deadlineLabel(t, s.scenario.deadline) ?? ''}`,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('enterpriseWs.saved')}>
          <Table<Schemas['SavedScenarioView']>
            rowKey="id"
            size="small"
            loading={saved.isPending}
            dataSource={saved.data}
            pagination={false}
            locale={{ emptyText: <Empty description={t('enterpriseWs.noSaved')} /> }}
            columns={[
              { title: t('field.title'), render: (_, s) => <Link to={`/scenarios/${s.id}`}>{s.title}</Link> },
              { title: t('field.agency'), render: (_, s) => s.agency.name },
              { title: t('field.status'), render: (_, s) => <ScenarioStatusTag status={s.status} /> },
              { title: t('field.deadline'), render: (_, s) => `${formatDateTime(s.deadline)} · ${deadlineLabel(t, s.deadline) ?? ''}` },
            ]}
          />
        </Card>
      </Col>
    </>
  );
}

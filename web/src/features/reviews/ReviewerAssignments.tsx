import { Alert, Card, Col, Progress, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { formatDateTime } from '../scenarios/format';
import { ScenarioStatusTag } from '../scenarios/StatusTag';
import { useAssignments } from './queries';

/** The reviewer workspace's main card: the scenarios I review and how far I am. */
export function ReviewerAssignments() {
  const { t } = useTranslation();
  const assignments = useAssignments();
  return (
    <Col xs={24}>
      <Card title={t('reviewerWs.assignments')}>
        {assignments.isError && <Alert type="error" showIcon title={errorMessage(t, assignments.error)} />}
        <Table<Schemas['AssignmentView']>
          rowKey={(a) => a.scenario.id}
          loading={assignments.isPending}
          dataSource={assignments.data}
          pagination={false}
          locale={{ emptyText: <span className="table-empty">{t('reviewerWs.none')}</span> }}
          columns={[
            {
              title: t('field.title'),
              render: (_, a) => <Link to={`/reviewer/scenarios/${a.scenario.id}`}>{a.scenario.title}</Link>,
            },
            { title: t('field.code'), render: (_, a) => a.scenario.code ?? '—' },
            { title: t('reviewerWs.agency'), render: (_, a) => a.scenario.agency.name },
            { title: t('field.deadline'), render: (_, a) => formatDateTime(a.scenario.deadline) },
            { title: t('field.status'), render: (_, a) => <ScenarioStatusTag status={a.scenario.status} /> },
            {
              title: t('reviewerWs.progress'),
              render: (_, a) => (
                <span>
                  <Progress
                    percent={a.solutions ? Math.round((a.declared / a.solutions) * 100) : 0}
                    size="small"
                    style={{ width: 120, margin: 0 }}
                    aria-label={t('reviewerWs.progressLabel', { declared: a.declared, scored: a.scored, total: a.solutions })}
                  />{' '}
                  {t('reviewerWs.progressText', { scored: a.scored, total: a.solutions })}
                  {!a.open && <Tag style={{ marginLeft: 8 }}>{t('reviewerWs.closed')}</Tag>}
                </span>
              ),
            },
          ]}
        />
      </Card>
    </Col>
  );
}

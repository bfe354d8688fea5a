import { WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { ScoreBar } from '../matching/ScoreBar';
import { formatDateTime } from '../scenarios/format';
import { useAssignPanel, usePanel, usePanelSuggestions, useUnassignPanel } from './queries';

/** The review panel: who is on it and how far they are; experts suggested from the pool, with conflicts. */
export function PanelTab({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const panel = usePanel(scenarioId);
  const canAssign = panel.data?.canAssign ?? false;
  const suggestions = usePanelSuggestions(scenarioId, canAssign);
  const assign = useAssignPanel(scenarioId);
  const unassign = useUnassignPanel(scenarioId);
  const [selected, setSelected] = useState<string[]>([]);
  const fail = (e: unknown) => message.error(errorMessage(t, e));

  if (panel.isError) return <Alert type="error" showIcon title={errorMessage(t, panel.error)} />;
  const p = panel.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {p && !p.canAssign && p.members.length === 0 && <Alert type="info" showIcon title={t('panel.afterDeadline')} />}
      <Card title={t('panel.members')} extra={p && <span role="status">{p.complete ? t('panel.complete') : t('panel.inProgress')}</span>}>
        <Table<Schemas['PanelMemberView']>
          rowKey={(m) => m.reviewer.id}
          loading={panel.isPending}
          dataSource={p?.members}
          pagination={false}
          locale={{ emptyText: <span className="table-empty">{t('panel.noMembers')}</span> }}
          columns={[
            { title: t('panel.reviewer'), render: (_, m) => m.reviewer.displayName },
            { title: t('panel.expertise'), render: (_, m) => m.reviewer.expertise.map((e) => <Tag key={e}>{e}</Tag>) },
            {
              title: t('panel.progress'),
              render: (_, m) => t('panel.progressText', { scored: m.scored, recused: m.recused, total: p?.solutions ?? 0 }),
            },
            { title: t('panel.assignedAt'), render: (_, m) => formatDateTime(m.assignedAt) },
            {
              title: t('org.actions'),
              render: (_, m) =>
                canAssign &&
                m.declared === 0 && (
                  <Popconfirm
                    title={t('panel.removeConfirm', { name: m.reviewer.displayName })}
                    onConfirm={() => unassign.mutateAsync(m.reviewer.id).catch(fail)}
                  >
                    <Button size="small" danger>
                      {t('panel.remove')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      {canAssign && (
        <Card
          title={t('panel.suggestions')}
          extra={
            <Button
              type="primary"
              disabled={selected.length === 0}
              loading={assign.isPending}
              onClick={() =>
                assign.mutate(selected, {
                  onSuccess: () => (message.success(t('panel.assigned', { count: selected.length })), setSelected([])),
                  onError: fail,
                })
              }
            >
              {t('panel.assign', { count: selected.length })}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">{t('panel.suggestionsHint')}</Typography.Paragraph>
          {suggestions.isError && <Alert type="error" showIcon title={errorMessage(t, suggestions.error)} />}
          <Table<Schemas['PanelSuggestionView']>
            rowKey={(s) => s.reviewer.id}
            loading={suggestions.isPending}
            dataSource={suggestions.data}
            pagination={false}
            locale={{ emptyText: <span className="table-empty">{t('panel.noSuggestions')}</span> }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys as string[]),
              getCheckboxProps: (s) => ({
                disabled: s.assigned,
                'aria-label': t('panel.select', { name: s.reviewer.displayName }),
              }),
            }}
            columns={[
              {
                title: t('panel.reviewer'),
                render: (_, s) => (
                  <span>
                    {s.reviewer.displayName} {s.assigned && <Tag color="#1d4ed8">{t('panel.onPanel')}</Tag>}
                  </span>
                ),
              },
              { title: t('panel.expertise'), render: (_, s) => s.reviewer.expertise.map((e) => <Tag key={e}>{e}</Tag>) },
              { title: t('panel.matched'), render: (_, s) => s.matched.join('、') || '—' },
              { title: t('panel.fit'), render: (_, s) => <ScoreBar score={s.score} /> },
              {
                title: t('panel.conflicts'),
                render: (_, s) =>
                  s.conflicts.length ? (
                    <Tag color="#b91c1c" icon={<WarningOutlined />} data-testid="conflict-flag">
                      {t('panel.conflictWith', { names: s.conflicts.join('、') })}
                    </Tag>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

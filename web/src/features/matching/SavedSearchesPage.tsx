import { App, Button, Card, Empty, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { sectorName } from '../scenarios/format';
import { useSectors } from '../scenarios/queries';
import styles from '../system/Page.module.css';
import { searchUrl, useDeleteSavedSearch, useSavedSearches, useUpdateSavedSearch } from './queries';

/** The user's saved searches: open, switch alerts, delete. */
export default function SavedSearchesPage() {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const sectors = useSectors();
  const { message } = App.useApp();
  const searches = useSavedSearches();
  const update = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  const fail = (error: unknown) => message.error(errorMessage(t, error));

  const describe = (q: Schemas['SavedSearchQueryView']) => {
    const parts: string[] = [];
    if (q.q) parts.push(`“${q.q}”`);
    if (q.sector?.length) parts.push(`${t('search.facetSector')}: ${q.sector.map((c) => sectorName(sectors.data, c, english)).join('、')}`);
    if (q.province?.length) parts.push(`${t('search.facetProvince')}: ${q.province.join('、')}`);
    if (q.cooperationMode?.length) parts.push(`${t('search.facetMode')}: ${q.cooperationMode.map((m) => t(`mode.${m}`)).join('、')}`);
    if (q.budgetBand?.length) parts.push(`${t('search.facetBudget')}: ${q.budgetBand.map((b) => t(`budgetBand.${b}`)).join('、')}`);
    return parts.length ? parts.join(' · ') : t('savedSearch.everything');
  };

  return (
    <div className={styles.page}>
      <Typography.Title>{t('savedSearch.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('savedSearch.intro')}</Typography.Paragraph>
      <Card>
        <Table<Schemas['SavedSearchView']>
          rowKey="id"
          loading={searches.isPending}
          dataSource={searches.data}
          pagination={false}
          locale={{ emptyText: <Empty description={t('savedSearch.empty')} /> }}
          columns={[
            { title: t('savedSearch.name'), render: (_, s) => <Link to={searchUrl(s.query)}>{s.name}</Link> },
            { title: t('savedSearch.query'), render: (_, s) => <Tag bordered={false}>{describe(s.query)}</Tag> },
            {
              title: t('savedSearch.alerts'),
              render: (_, s) => (
                <Switch
                  checked={s.alerts}
                  aria-label={t('savedSearch.alertsFor', { name: s.name })}
                  loading={update.isPending && update.variables?.id === s.id}
                  onChange={(alerts) => update.mutate({ id: s.id, alerts }, { onError: fail })}
                />
              ),
            },
            {
              title: t('savedSearch.actions'),
              render: (_, s) => (
                <Space>
                  <Popconfirm title={t('savedSearch.confirmDelete')} onConfirm={() => remove.mutate(s.id, { onError: fail })}>
                    <Button danger size="small">
                      {t('savedSearch.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

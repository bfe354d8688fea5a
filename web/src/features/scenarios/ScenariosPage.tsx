import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Col,
  Dropdown,
  Empty,
  Input,
  Pagination,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import styles from './ScenariosPage.module.css';
import { deadlineLabel, formatBudget, sectorName } from './format';
import { Highlight } from './Highlight';
import { useBatches, useScenarioSearch, useSectors, useSuggestions, type SearchQuery } from './queries';
import { ScenarioStatusTag } from './StatusTag';
import { useAuth } from '../auth/AuthProvider';
import { SaveSearchButton } from '../matching/SaveSearchButton';

const FACETS = ['sector', 'province', 'status', 'budgetBand', 'batchId', 'cooperationMode'] as const;
type Facet = (typeof FACETS)[number];
const FACET_LABEL: Record<Facet, string> = {
  sector: 'search.facetSector',
  province: 'search.facetProvince',
  status: 'search.facetStatus',
  budgetBand: 'search.facetBudget',
  batchId: 'search.facetBatch',
  cooperationMode: 'search.facetMode',
};
const SORTS = ['relevance', 'newest', 'deadline', 'budget'] as const;

/** The public search: everything lives in the URL, so a search can be shared as a link. */
export default function ScenariosPage() {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const sectors = useSectors();
  const batches = useBatches();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const suggestions = useSuggestions(typed === q ? '' : typed);

  const query = useMemo<SearchQuery>(() => {
    const list = (key: string) => params.get(key)?.split(',').filter(Boolean);
    return {
      q: q || undefined,
      sector: list('sector'),
      province: list('province'),
      status: list('status'),
      budgetBand: list('budgetBand'),
      batchId: list('batchId'),
      cooperationMode: list('cooperationMode'),
      sort: (params.get('sort') as SearchQuery['sort']) ?? undefined,
      page: Number(params.get('page') ?? 1),
      pageSize: 20,
    } as SearchQuery;
  }, [params, q]);
  const result = useScenarioSearch(query);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const facetLabel = (facet: Facet, value: string): string => {
    switch (facet) {
      case 'sector':
        return sectorName(sectors.data, value, english);
      case 'status':
        return t(`scenarioStatus.${value}`);
      case 'budgetBand':
        return t(`budgetBand.${value}`);
      case 'cooperationMode':
        return t(`mode.${value}`);
      case 'batchId':
        return batches.data?.find((b) => b.id === value)?.name ?? value;
      default:
        return value;
    }
  };

  const exportUrl = (format: 'csv' | 'xlsx') => {
    const next = new URLSearchParams(params);
    next.delete('page');
    next.set('format', format);
    return `/api/v1/scenarios/export?${next.toString()}`;
  };
  const active = FACETS.some((f) => params.get(f));
  const facets = result.data?.facets as Record<Facet, Record<string, number>> | undefined;

  return (
    <div className={styles.page}>
      <Typography.Title>{t('scenarios.title')}</Typography.Title>
      <form role="search" onSubmit={(e) => e.preventDefault()} className={styles.search}>
        <AutoComplete
          value={typed}
          onChange={setTyped}
          options={(suggestions.data ?? []).map((s) => ({ value: s.title, label: s.title }))}
          onSelect={(value: string) => update({ q: value })}
          style={{ width: '100%' }}
        >
          <Input.Search
            aria-label={t('home.searchLabel')}
            placeholder={t('search.placeholder')}
            enterButton={t('search.button')}
            size="large"
            allowClear
            onSearch={(value) => update({ q: value.trim() || undefined })}
          />
        </AutoComplete>
      </form>
      <Row gutter={[24, 24]}>
        <Col xs={24} md={7} lg={6}>
          <aside aria-label={t('search.filters')}>
            {FACETS.map((facet) => {
              const counts = facets?.[facet] ?? {};
              const selected = params.get(facet)?.split(',').filter(Boolean) ?? [];
              const values = Object.keys(counts).sort((a, b) => counts[b] - counts[a]);
              if (values.length === 0 && selected.length === 0) return null;
              return (
                <Card key={facet} size="small" title={t(FACET_LABEL[facet])} className={styles.facet}>
                  <Checkbox.Group
                    value={selected}
                    onChange={(v) => update({ [facet]: (v as string[]).join(',') || undefined })}
                    className={styles.facetList}
                    aria-label={t(FACET_LABEL[facet])}
                  >
                    {values.map((value) => (
                      <Checkbox key={value} value={value} data-facet={facet} data-value={value}>
                        {facetLabel(facet, value)} <span className={styles.count}>{counts[value]}</span>
                      </Checkbox>
                    ))}
                  </Checkbox.Group>
                </Card>
              );
            })}
            {active && <Button onClick={() => update(Object.fromEntries(FACETS.map((f) => [f, undefined])))}>{t('search.clear')}</Button>}
          </aside>
        </Col>
        <Col xs={24} md={17} lg={18}>
          <div className={styles.toolbar}>
            <Typography.Text role="status">{result.data ? t('search.results', { count: result.data.total }) : ' '}</Typography.Text>
            <Space>
              <Select
                aria-label={t('search.sort')}
                value={query.sort ?? (q ? 'relevance' : 'newest')}
                style={{ width: 140 }}
                onChange={(sort) => update({ sort })}
                options={SORTS.map((s) => ({ value: s, label: t(`search.sort${s[0].toUpperCase()}${s.slice(1)}`) }))}
              />
              <Dropdown
                menu={{
                  items: [
                    { key: 'csv', label: <a href={exportUrl('csv')}>{t('search.exportCsv')}</a> },
                    { key: 'xlsx', label: <a href={exportUrl('xlsx')}>{t('search.exportXlsx')}</a> },
                  ],
                }}
              >
                <Button icon={<DownloadOutlined />}>{t('search.export')}</Button>
              </Dropdown>
              {user && (
                <SaveSearchButton
                  query={{
                    q: query.q,
                    sector: query.sector,
                    province: query.province,
                    cooperationMode: query.cooperationMode,
                    budgetBand: query.budgetBand,
                  }}
                />
              )}
            </Space>
          </div>
          {result.isError && <Alert type="error" showIcon title={errorMessage(t, result.error)} />}
          {result.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
          {result.data && result.data.items.length === 0 && <Empty description={t('search.empty')} />}
          <ol className={styles.results}>
            {result.data?.items.map((item) => (
              <ResultCard key={item.id} item={item} sector={sectorName(sectors.data, item.sector, english)} />
            ))}
          </ol>
          {result.data && result.data.total > 20 && (
            <Pagination
              current={query.page}
              pageSize={20}
              total={Math.min(result.data.total, 10_000)}
              showSizeChanger={false}
              onChange={(page) => update({ page: String(page) })}
            />
          )}
        </Col>
      </Row>
    </div>
  );
}

function ResultCard({ item, sector }: { item: Schemas['ScenarioSearchItemView']; sector: string }) {
  const { t } = useTranslation();
  return (
    <li>
      <Card size="small" className={styles.card}>
        <Space size={[8, 4]} wrap className={styles.meta}>
          <ScenarioStatusTag status={item.status} />
          {item.code && <Typography.Text type="secondary">{item.code}</Typography.Text>}
          <Tag>{sector}</Tag>
          <Typography.Text type="secondary">{item.region}</Typography.Text>
        </Space>
        <h2 className={styles.cardTitle}>
          <Link to={`/scenarios/${item.id}`}>
            <Highlight segments={item.highlight.title} fallback={item.title} />
          </Link>
        </h2>
        <Typography.Paragraph className={styles.summary}>
          <Highlight segments={item.highlight.summary} fallback={item.summary} />
        </Typography.Paragraph>
        {item.highlight.description.some((s) => s.match) && (
          <Typography.Paragraph type="secondary" className={styles.snippet}>
            <Highlight segments={item.highlight.description} fallback="" />
          </Typography.Paragraph>
        )}
        <Space size={[12, 4]} wrap className={styles.facts}>
          <span>
            {t('field.agency')}：<Link to={`/agencies/${item.agency.id}`}>{item.agency.name}</Link>
          </span>
          <span>
            {t('field.budget')}：{formatBudget(t, item)}
          </span>
          {item.cooperationMode && <span>{t(`mode.${item.cooperationMode}`)}</span>}
          {item.status === 'open' && <span>{deadlineLabel(t, item.deadline)}</span>}
        </Space>
        <div>
          {item.tags.slice(0, 6).map((tag) => (
            <Tag key={tag} color="blue" bordered={false}>
              {tag}
            </Tag>
          ))}
        </div>
      </Card>
    </li>
  );
}

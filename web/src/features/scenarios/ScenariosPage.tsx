import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { lazy, Suspense, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Disclosure } from '../../app/Disclosure';
import { errorMessage } from '../../app/errors';
import { PageSpinner } from '../../app/PageSpinner';
import { Pager } from '../../app/Pager';
import type { Schemas } from '../../app/types';
import styles from './ScenariosPage.module.css';
import { deadlineLabel, formatBudget, sectorName } from './format';
import { Highlight } from './Highlight';
import { useBatches, useScenarioSearch, useSectors, useSuggestions, type SearchQuery } from './queries';
import { ScenarioStatusTag } from './StatusTag';
import { useAuth } from '../auth/AuthProvider';

// Only signed-in people save searches: its dialog and form load when they are there.
const SaveSearchButton = lazy(() => import('../matching/SaveSearchButton').then((m) => ({ default: m.SaveSearchButton })));

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

/**
 * The public search: everything lives in the URL, so a search can be shared as a link. Built
 * from plain elements (native inputs, checkboxes and select) to keep the page light for visitors.
 */
export default function ScenariosPage() {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const sectors = useSectors();
  const batches = useBatches();
  const q = params.get('q') ?? '';
  // What is typed, until the URL's query changes (a new search, back/forward).
  const [typing, setTyping] = useState({ for: q, text: q });
  const typed = typing.for === q ? typing.text : q;
  const suggestions = useSuggestions(typed === q ? '' : typed);
  const suggestionTitles = (suggestions.data ?? []).map((s) => s.title);

  const onType = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setTyping({ for: q, text });
    // Choosing a suggestion from the list (not typing) searches at once.
    if (!(event.nativeEvent as InputEvent).inputType && suggestionTitles.includes(text)) update({ q: text });
  };

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

  const sort = query.sort ?? (q ? 'relevance' : 'newest');

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t('scenarios.title')}</h1>
      <form
        role="search"
        className={styles.search}
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: typed.trim() || undefined });
        }}
      >
        <input
          type="search"
          className={styles.searchInput}
          aria-label={t('home.searchLabel')}
          placeholder={t('search.placeholder')}
          value={typed}
          onChange={onType}
          list="scenario-suggestions"
          autoComplete="off"
          maxLength={200}
        />
        <datalist id="scenario-suggestions">
          {suggestionTitles.map((title) => (
            <option key={title} value={title} />
          ))}
        </datalist>
        <button type="submit" className={styles.searchButton}>
          <SearchOutlined aria-hidden="true" />
          {t('search.button')}
        </button>
      </form>
      <div className={styles.layout}>
        <aside aria-label={t('search.filters')} className={styles.filters}>
          {FACETS.map((facet) => {
            const counts = facets?.[facet] ?? {};
            const selected = params.get(facet)?.split(',').filter(Boolean) ?? [];
            const values = Object.keys(counts).sort((a, b) => counts[b] - counts[a]);
            if (values.length === 0 && selected.length === 0) return null;
            const toggle = (value: string, on: boolean) => {
              const next = on ? [...selected, value] : selected.filter((v) => v !== value);
              update({ [facet]: next.join(',') || undefined });
            };
            return (
              <fieldset key={facet} className={styles.facet}>
                <legend className={styles.facetTitle}>{t(FACET_LABEL[facet])}</legend>
                {[...new Set([...selected, ...values])].map((value) => (
                  <label key={value} className={styles.facetOption}>
                    <input
                      type="checkbox"
                      checked={selected.includes(value)}
                      onChange={(e) => toggle(value, e.target.checked)}
                      data-facet={facet}
                      data-value={value}
                    />
                    <span>{facetLabel(facet, value)}</span>
                    <span className={styles.count}>{counts[value] ?? 0}</span>
                  </label>
                ))}
              </fieldset>
            );
          })}
          {active && (
            <button type="button" className={styles.button} onClick={() => update(Object.fromEntries(FACETS.map((f) => [f, undefined])))}>
              {t('search.clear')}
            </button>
          )}
        </aside>
        <section className={styles.main} aria-label={t('scenarios.title')}>
          <div className={styles.toolbar}>
            <span role="status">{result.data ? t('search.results', { count: result.data.total }) : ' '}</span>
            <div className={styles.actions}>
              <label className={styles.sort}>
                <span className={styles.visuallyHidden}>{t('search.sort')}</span>
                <select className={styles.select} value={sort} onChange={(e) => update({ sort: e.target.value })}>
                  {SORTS.map((s) => (
                    <option key={s} value={s}>
                      {t(`search.sort${s[0].toUpperCase()}${s.slice(1)}`)}
                    </option>
                  ))}
                </select>
              </label>
              <Disclosure
                align="end"
                buttonClassName={styles.button}
                label={
                  <>
                    <DownloadOutlined aria-hidden="true" />
                    {t('search.export')}
                  </>
                }
              >
                <ul className={styles.menu}>
                  <li>
                    <a href={exportUrl('csv')}>{t('search.exportCsv')}</a>
                  </li>
                  <li>
                    <a href={exportUrl('xlsx')}>{t('search.exportXlsx')}</a>
                  </li>
                </ul>
              </Disclosure>
              {user && (
                <Suspense fallback={null}>
                  <SaveSearchButton
                    query={{
                      q: query.q,
                      sector: query.sector,
                      province: query.province,
                      cooperationMode: query.cooperationMode,
                      budgetBand: query.budgetBand,
                    }}
                  />
                </Suspense>
              )}
            </div>
          </div>
          {result.isError && (
            <p role="alert" className={styles.error}>
              {errorMessage(t, result.error)}
            </p>
          )}
          {result.isPending && <PageSpinner />}
          {result.data && result.data.items.length === 0 && <p className={styles.empty}>{t('search.empty')}</p>}
          <ol className={styles.results}>
            {result.data?.items.map((item) => (
              <ResultCard key={item.id} item={item} sector={sectorName(sectors.data, item.sector, english)} />
            ))}
          </ol>
          {result.data && (
            <Pager
              page={query.page ?? 1}
              pageSize={20}
              total={Math.min(result.data.total, 10_000)}
              onChange={(page) => {
                update({ page: String(page) });
                window.scrollTo({ top: 0 });
              }}
            />
          )}
        </section>
      </div>
    </div>
  );
}

function ResultCard({ item, sector }: { item: Schemas['ScenarioSearchItemView']; sector: string }) {
  const { t } = useTranslation();
  return (
    <li className={styles.card}>
      <div className={styles.meta}>
        <ScenarioStatusTag status={item.status} />
        {item.code && <span className={styles.secondary}>{item.code}</span>}
        <span className={styles.sector}>{sector}</span>
        <span className={styles.secondary}>{item.region}</span>
      </div>
      <h2 className={styles.cardTitle}>
        <Link to={`/scenarios/${item.id}`}>
          <Highlight segments={item.highlight.title} fallback={item.title} />
        </Link>
      </h2>
      <p className={styles.summary}>
        <Highlight segments={item.highlight.summary} fallback={item.summary} />
      </p>
      {item.highlight.description.some((s) => s.match) && (
        <p className={styles.snippet}>
          <Highlight segments={item.highlight.description} fallback="" />
        </p>
      )}
      <div className={styles.facts}>
        <span>
          {t('field.agency')}：<Link to={`/agencies/${item.agency.id}`}>{item.agency.name}</Link>
        </span>
        <span>
          {t('field.budget')}：{formatBudget(t, item)}
        </span>
        {item.cooperationMode && <span>{t(`mode.${item.cooperationMode}`)}</span>}
        {item.status === 'open' && <span>{deadlineLabel(t, item.deadline)}</span>}
      </div>
      {item.tags.length > 0 && (
        <ul className={styles.tags} aria-label={t('field.tags')}>
          {item.tags.slice(0, 6).map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

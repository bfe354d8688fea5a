import { Injectable } from '@nestjs/common';
import type { MultiSearchQuery } from 'meilisearch';
import { Clock } from '../../common/clock';
import { MeiliService } from '../search/meili.service';
import type { ScenarioDocument } from './scenario-document';

export const FACETS = ['sector', 'province', 'status', 'budgetBand', 'batchId', 'cooperationMode'] as const;
export type Facet = (typeof FACETS)[number];
export type ScenarioSort = 'relevance' | 'newest' | 'deadline' | 'budget';

export interface ScenarioSearchParams {
  q?: string;
  sector?: string[];
  province?: string[];
  region?: string;
  status?: string[];
  batchId?: string[];
  cooperationMode?: string[];
  budgetBand?: string[];
  agencyId?: string;
  budgetMin?: number;
  budgetMax?: number;
  sort?: ScenarioSort;
  page: number;
  pageSize: number;
}

/** A piece of highlighted text: `match` marks the words that matched the query. */
export interface TextSegment {
  text: string;
  match: boolean;
}

export interface ScenarioHit {
  document: ScenarioDocument;
  highlight: { title: TextSegment[]; summary: TextSegment[]; description: TextSegment[] };
}

export interface ScenarioSearchResult {
  hits: ScenarioHit[];
  total: number;
  facets: Record<Facet, Record<string, number>>;
  processingTimeMs: number;
}

// Private-use characters mark matches; no HTML ever comes back from the API.
const PRE = '\uE000';
const POST = '\uE001';

/** Public full-text search over published scenarios, with disjunctive facet counts. */
@Injectable()
export class ScenarioSearchService {
  constructor(
    private readonly meili: MeiliService,
    private readonly clock: Clock,
  ) {}

  async search(params: ScenarioSearchParams): Promise<ScenarioSearchResult> {
    const indexUid = this.meili.indexName('scenarios');
    const filters = buildFilters(params);
    const activeFacets = FACETS.filter((f) => (params[f]?.length ?? 0) > 0);
    const passiveFacets = FACETS.filter((f) => !activeFacets.includes(f));
    const main: MultiSearchQuery = {
      indexUid,
      q: params.q ?? '',
      filter: Object.values(filters),
      facets: passiveFacets,
      page: params.page,
      hitsPerPage: params.pageSize,
      sort: sortOf(params.sort, Boolean(params.q)),
      attributesToHighlight: ['title', 'summary'],
      attributesToCrop: ['description'],
      cropLength: 40,
      highlightPreTag: PRE,
      highlightPostTag: POST,
      cropMarker: '…',
    };
    // Each active facet is counted without its own filter, so choosing 智能交通 still shows
    // how many scenarios the other sectors have.
    const facetQueries: MultiSearchQuery[] = activeFacets.map((facet) => ({
      indexUid,
      q: params.q ?? '',
      filter: Object.entries(filters)
        .filter(([key]) => key !== facet)
        .map(([, value]) => value),
      facets: [facet],
      limit: 0,
    }));
    const results = await this.meili.multiSearch<ScenarioDocument>(
      [main, ...facetQueries],
      'Search is temporarily unavailable; please retry shortly.',
    );
    if (!results) return emptyResult();
    const [first, ...rest] = results;
    const facets = Object.fromEntries(FACETS.map((f) => [f, {}])) as Record<Facet, Record<string, number>>;
    Object.assign(facets, first.facetDistribution ?? {});
    rest.forEach((result, i) => Object.assign(facets, { [activeFacets[i]]: result.facetDistribution?.[activeFacets[i]] ?? {} }));
    return {
      hits: first.hits.map((hit) => {
        const formatted = (hit._formatted ?? {}) as Partial<Record<keyof ScenarioDocument, string>>;
        const { _formatted: _f, ...document } = hit as ScenarioDocument & { _formatted?: unknown };
        // The index learns of a closing a moment after it happens; the deadline decides now.
        if (document.status === 'open' && document.deadline && Date.parse(document.deadline) <= this.clock.now().getTime())
          document.status = 'closed';
        return {
          document: document as ScenarioDocument,
          highlight: {
            title: segments(formatted.title ?? document.title),
            summary: segments(formatted.summary ?? document.summary),
            description: segments(formatted.description ?? ''),
          },
        };
      }),
      total: first.totalHits ?? first.estimatedTotalHits ?? 0,
      facets,
      processingTimeMs: first.processingTimeMs,
    };
  }
}

/** Splits highlighted text into plain and matched pieces. */
export function segments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  const pattern = new RegExp(`${PRE}(.*?)${POST}`, 'gs');
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), match: false });
    if (m[1]) out.push({ text: m[1], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last).replaceAll(PRE, '').replaceAll(POST, ''), match: false });
  return out;
}

/** Quotes a value for a Meilisearch filter expression. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(field: string, values: string[] | undefined): string | undefined {
  return values?.length ? `${field} IN [${values.map(quote).join(', ')}]` : undefined;
}

export function buildFilters(p: ScenarioSearchParams): Record<string, string> {
  const filters: Record<string, string | undefined> = {
    sector: anyOf('sector', p.sector),
    province: anyOf('province', p.province),
    status: anyOf('status', p.status),
    batchId: anyOf('batchId', p.batchId),
    cooperationMode: anyOf('cooperationMode', p.cooperationMode),
    budgetBand: anyOf('budgetBand', p.budgetBand),
    region: p.region ? `region = ${quote(p.region)}` : undefined,
    agencyId: p.agencyId ? `agencyId = ${quote(p.agencyId)}` : undefined,
    // A budget range matches scenarios whose own range overlaps it.
    budgetMin: p.budgetMin !== undefined ? `budgetMax >= ${p.budgetMin}` : undefined,
    budgetMax: p.budgetMax !== undefined ? `budgetMin <= ${p.budgetMax}` : undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

function sortOf(sort: ScenarioSort | undefined, hasQuery: boolean): string[] | undefined {
  switch (sort ?? (hasQuery ? 'relevance' : 'newest')) {
    case 'newest':
      return ['publishedTs:desc'];
    case 'deadline':
      return ['deadlineTs:asc'];
    case 'budget':
      return ['budgetMax:desc'];
    default:
      return undefined;
  }
}

function emptyResult(): ScenarioSearchResult {
  return {
    hits: [],
    total: 0,
    facets: Object.fromEntries(FACETS.map((f) => [f, {}])) as Record<Facet, Record<string, number>>,
    processingTimeMs: 0,
  };
}

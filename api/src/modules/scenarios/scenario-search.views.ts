import { ApiProperty } from '@nestjs/swagger';
import { COOPERATION_MODES, PUBLISHED_SCENARIO_STATUSES } from '@scenebridge/shared';
import type { ScenarioHit, ScenarioSearchResult } from './scenario-search.service';
import { OrganizationRefView } from './scenario.views';

export class BatchNameView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026年第一批' }) name!: string;
}

export class TextSegmentView {
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'True for words that matched the query' }) match!: boolean;
}

export class ScenarioHighlightView {
  @ApiProperty({ type: [TextSegmentView] }) title!: TextSegmentView[];
  @ApiProperty({ type: [TextSegmentView] }) summary!: TextSegmentView[];
  @ApiProperty({ type: [TextSegmentView], description: 'A cropped passage of the description around the match' })
  description!: TextSegmentView[];
}

export class ScenarioSearchItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: String, example: 'transport' }) sector!: string | null;
  @ApiProperty() region!: string;
  @ApiProperty({ type: OrganizationRefView }) agency!: OrganizationRefView;
  @ApiProperty({ enum: PUBLISHED_SCENARIO_STATUSES }) status!: string;
  @ApiProperty({ type: BatchNameView, nullable: true }) batch!: BatchNameView | null;
  @ApiProperty({ nullable: true, type: Number }) budgetMin!: number | null;
  @ApiProperty({ nullable: true, type: Number }) budgetMax!: number | null;
  @ApiProperty() budgetNegotiable!: boolean;
  @ApiProperty({ enum: COOPERATION_MODES, nullable: true }) cooperationMode!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: ScenarioHighlightView }) highlight!: ScenarioHighlightView;
}

export class ScenarioFacetsView {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { transport: 12 } }) sector!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { 四川省: 20 } }) province!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { open: 30 } }) status!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) budgetBand!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) batchId!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) cooperationMode!: Record<string, number>;
}

export class ScenarioSearchView {
  @ApiProperty({ type: [ScenarioSearchItemView] }) items!: ScenarioSearchItemView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: ScenarioFacetsView, description: 'Counts per value; a facet you filter on is counted without its own filter' })
  facets!: ScenarioFacetsView;
  @ApiProperty({ description: 'Time Meilisearch spent on the query' }) processingTimeMs!: number;
}

export function toSearchItem(hit: ScenarioHit): ScenarioSearchItemView {
  const d = hit.document;
  return {
    id: d.id,
    code: d.code,
    title: d.title,
    summary: d.summary,
    sector: d.sector,
    region: d.region,
    agency: { id: d.agencyId, name: d.agencyName },
    status: d.status,
    batch: d.batchId ? { id: d.batchId, name: d.batchName ?? '' } : null,
    budgetMin: d.budgetMin,
    budgetMax: d.budgetMax,
    budgetNegotiable: d.budgetNegotiable,
    cooperationMode: d.cooperationMode,
    deadline: d.deadline,
    publishedAt: d.publishedAt,
    tags: d.tags,
    highlight: hit.highlight,
  };
}

export function toSearchView(result: ScenarioSearchResult, page: number, pageSize: number): ScenarioSearchView {
  return {
    items: result.hits.map(toSearchItem),
    total: result.total,
    page,
    pageSize,
    facets: result.facets,
    processingTimeMs: result.processingTimeMs,
  };
}

import { ApiProperty } from '@nestjs/swagger';
import { COOPERATION_MODES, SCENARIO_STATUSES, type CooperationMode, type ScenarioStatus } from '@scenebridge/shared';
import { PageOf } from '../../common/dto/page';
import type { Attachment } from '../files/attachment.entity';
import { AttachmentView, toAttachmentView } from '../files/attachment.views';
import type { Scenario } from './scenario.entity';
import type { FieldChange } from './scenario-rules';
import type { ScenarioVersion } from './scenario-version.entity';

export class KpiView {
  @ApiProperty() name!: string;
  @ApiProperty() target!: string;
}

export class RubricCriterionView {
  @ApiProperty() name!: string;
  @ApiProperty() weight!: number;
  @ApiProperty({ required: false }) description?: string;
}

export class ResourcesView {
  @ApiProperty({ required: false }) data?: string;
  @ApiProperty({ required: false }) testSite?: string;
  @ApiProperty({ required: false }) compute?: string;
}

export class ContactView {
  @ApiProperty() name!: string;
  @ApiProperty({ required: false }) phone?: string;
  @ApiProperty({ required: false }) email?: string;
}

export class SectorRefView {
  @ApiProperty({ example: 'transport' }) code!: string;
  @ApiProperty({ example: '智能交通' }) nameZh!: string;
  @ApiProperty({ example: 'Smart transport' }) nameEn!: string;
}

export class BatchRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026年第一批' }) name!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 1 }) number!: number;
}

export class OrganizationRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

/** A scenario with every field its reader may see. */
export class ScenarioView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-01-007', description: 'year-batch-serial, assigned at publication' }) code!:
    string | null;
  @ApiProperty({ enum: SCENARIO_STATUSES }) status!: ScenarioStatus;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ description: '问题与现状' }) description!: string;
  @ApiProperty({ description: '建设内容' }) scope!: string;
  @ApiProperty({ type: [KpiView] }) kpis!: KpiView[];
  @ApiProperty() expectedOutcomes!: string;
  @ApiProperty() acceptanceCriteria!: string;
  @ApiProperty({ type: ResourcesView }) resources!: ResourcesView;
  @ApiProperty({ type: SectorRefView, nullable: true }) sector!: SectorRefView | null;
  @ApiProperty() region!: string;
  @ApiProperty() site!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ nullable: true, type: Number, description: '万元' }) budgetMin!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '万元' }) budgetMax!: number | null;
  @ApiProperty() budgetNegotiable!: boolean;
  @ApiProperty() fundingSource!: string;
  @ApiProperty({ enum: COOPERATION_MODES, nullable: true }) cooperationMode!: CooperationMode | null;
  @ApiProperty({ type: [String] }) qualifications!: string[];
  @ApiProperty() consortiumAllowed!: boolean;
  @ApiProperty() maxApplicationsPerEntity!: number;
  @ApiProperty({ type: [RubricCriterionView] }) rubric!: RubricCriterionView[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty() sealed!: boolean;
  @ApiProperty({ type: ContactView, nullable: true, description: 'Only for verified enterprise members, the agency and admins' })
  contact!: ContactView | null;
  @ApiProperty({ description: 'True when the contact exists but is hidden from this reader' }) contactHidden!: boolean;
  @ApiProperty({ type: OrganizationRefView }) organization!: OrganizationRefView;
  @ApiProperty({ type: BatchRefView, nullable: true }) batch!: BatchRefView | null;
  @ApiProperty({ description: 'Number of published versions (0 before publication)' }) version!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Why the platform returned it (agency and admins only)' }) returnReason!:
    string | null;
  @ApiProperty({ nullable: true, type: String }) cancelReason!: string | null;
  @ApiProperty({ type: [AttachmentView] }) attachments!: AttachmentView[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** One line of a scenario list (agency workspace, review queue). */
export class ScenarioSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty({ enum: SCENARIO_STATUSES }) status!: ScenarioStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) sector!: string | null;
  @ApiProperty({ type: OrganizationRefView }) organization!: OrganizationRefView;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ nullable: true, type: String }) returnReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ScenarioSummaryPage extends PageOf(ScenarioSummaryView, 'ScenarioSummaryPage') {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `after` for the next page (keyset pagination); null on the last page.',
  })
  nextCursor!: string | null;
}

export class FieldChangeView {
  @ApiProperty({ example: 'budgetMax' }) field!: string;
  @ApiProperty({ nullable: true, description: 'Value before (JSON)' }) before!: unknown;
  @ApiProperty({ nullable: true, description: 'Value after (JSON)' }) after!: unknown;
}

export class ScenarioVersionView {
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ description: 'The deadline was pushed back because a material change came close to it' }) deadlineExtended!: boolean;
  @ApiProperty({ type: [FieldChangeView], description: 'Changes against the previous version (empty for version 1)' })
  changes!: FieldChangeView[];
}

export class ScenarioVersionListView {
  @ApiProperty({ type: [ScenarioVersionView] }) items!: ScenarioVersionView[];
}

export interface ScenarioViewOptions {
  showContact: boolean;
  showReturnReason: boolean;
  attachments: Attachment[];
}

/** Maps a scenario (with organisation, sector and batch loaded) to what its reader may see. */
export function toScenarioView(s: Scenario, options: ScenarioViewOptions): ScenarioView {
  return {
    id: s.id,
    code: s.code,
    status: s.status,
    title: s.title,
    summary: s.summary,
    description: s.description,
    scope: s.scope,
    kpis: s.kpis,
    expectedOutcomes: s.expectedOutcomes,
    acceptanceCriteria: s.acceptanceCriteria,
    resources: s.resources,
    sector: s.sector ? { code: s.sector.code, nameZh: s.sector.nameZh, nameEn: s.sector.nameEn } : null,
    region: s.region,
    site: s.site,
    tags: s.tags,
    budgetMin: s.budgetMin,
    budgetMax: s.budgetMax,
    budgetNegotiable: s.budgetNegotiable,
    fundingSource: s.fundingSource,
    cooperationMode: s.cooperationMode,
    qualifications: s.qualifications,
    consortiumAllowed: s.consortiumAllowed,
    maxApplicationsPerEntity: s.maxApplicationsPerEntity,
    rubric: s.rubric,
    deadline: s.deadline?.toISOString() ?? null,
    sealed: s.sealed,
    contact: options.showContact ? s.contact : null,
    contactHidden: !options.showContact && s.contact !== null,
    organization: { id: s.organizationId, name: s.organization?.name ?? '' },
    batch: s.batch ? { id: s.batch.id, name: s.batch.name, year: s.batch.year, number: s.batch.number } : null,
    version: s.version,
    returnReason: options.showReturnReason ? s.returnReason : null,
    cancelReason: s.cancelReason,
    attachments: options.attachments.map(toAttachmentView),
    submittedAt: s.submittedAt?.toISOString() ?? null,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    closedAt: s.closedAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function toScenarioSummary(s: Scenario): ScenarioSummaryView {
  return {
    id: s.id,
    code: s.code,
    status: s.status,
    title: s.title,
    sector: s.sectorCode,
    organization: { id: s.organizationId, name: s.organization?.name ?? '' },
    deadline: s.deadline?.toISOString() ?? null,
    returnReason: s.returnReason,
    submittedAt: s.submittedAt?.toISOString() ?? null,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function toVersionViews(
  versions: ScenarioVersion[],
  diff: (a: Record<string, unknown>, b: Record<string, unknown>) => FieldChange[],
): ScenarioVersionView[] {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  return ordered
    .map((v, i) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      note: v.note,
      deadlineExtended: v.deadlineExtended,
      changes: i === 0 ? [] : diff(ordered[i - 1].snapshot, v.snapshot),
    }))
    .reverse();
}

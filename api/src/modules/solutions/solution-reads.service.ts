import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource, In, Not } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { spreadsheetFile } from '../../common/http/spreadsheet';
import { AuditService } from '../audit/audit.service';
import { Attachment } from '../files/attachment.entity';
import { ownsScenario, ScenarioAccess } from '../scenarios/scenario-access';
import type { Scenario } from '../scenarios/scenario.entity';
import { auditSeal, listAccess, SolutionAccess } from './solution-access';
import { SolutionVersion } from './solution-version.entity';
import { Solution } from './solution.entity';

/** Every way of reading solutions, each one applying the sealing rule and leaving an audit entry. */
@Injectable()
export class SolutionReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SolutionAccess,
    private readonly scenarios: ScenarioAccess,
    private readonly audit: AuditService,
  ) {}

  /** Writes a read to the audit log; a sealed scenario's reads (only its submitter's) stay under seal until the opening. */
  private recordRead(
    ctx: RequestContext,
    action: string,
    target: { type: string; id: string; scenario: Scenario },
    summary: Record<string, unknown> = {},
  ): Promise<unknown> {
    return this.dataSource.transaction((manager) =>
      this.audit.record(manager, ctx, { action, targetType: target.type, targetId: target.id, summary, seal: auditSeal(target.scenario) }),
    );
  }

  async detail(ctx: RequestContext, id: string): Promise<{ solution: Solution; attachments: Attachment[] }> {
    const solution = await this.access.forRead(ctx, id);
    const attachments = await this.dataSource
      .getRepository(Attachment)
      .find({ where: { ownerType: 'solution', ownerId: id }, order: { createdAt: 'ASC' } });
    await this.recordRead(
      ctx,
      'solution.read',
      { type: 'solution', id, scenario: solution.scenario! },
      { organizationId: solution.organizationId },
    );
    return { solution, attachments };
  }

  async versions(ctx: RequestContext, id: string): Promise<SolutionVersion[]> {
    const solution = await this.access.forRead(ctx, id);
    await this.recordRead(ctx, 'solution.versions_read', { type: 'solution', id, scenario: solution.scenario! });
    return this.dataSource.getRepository(SolutionVersion).find({ where: { solutionId: id }, order: { version: 'DESC' } });
  }

  /** My enterprise's solutions, with their scenarios and deadlines. */
  async mine(ctx: SignedInContext, status?: string): Promise<Solution[]> {
    const organizationId = ctx.principal.organization?.id;
    if (!organizationId || !ctx.principal.roles.includes('solver'))
      throw new DomainError('FORBIDDEN', 'Only enterprise members have solutions.');
    return this.dataSource.getRepository(Solution).find({
      where: { organizationId, ...(status ? { status: status as Solution['status'] } : {}) },
      relations: { scenario: true, organization: true },
      order: { updatedAt: 'DESC' },
    });
  }

  /** How many solutions a scenario received: all the agency may know while they are sealed. */
  async count(
    ctx: SignedInContext,
    scenarioId: string,
  ): Promise<{ received: number; sealed: boolean; opensAt: string | null; openedAt: string | null }> {
    const scenario = await this.scenarios.forRead(ctx, scenarioId);
    const access = listAccess(ctx.principal, scenario);
    if (access === 'forbidden') throw new DomainError('FORBIDDEN', 'Only the publishing agency and admins see how many solutions arrived.');
    // Before the opening the number is the agency's alone: an admin watching it change beside the
    // sign-ins would learn who submitted when.
    if (access === 'sealed' && !ownsScenario(ctx.principal, scenario))
      throw new DomainError('SEALED_UNTIL_DEADLINE', 'Before the bid opening only the publishing agency sees how many solutions arrived.', [
        { opensAt: scenario.deadline?.toISOString() ?? null },
      ]);
    const received = await this.dataSource.getRepository(Solution).countBy({ scenarioId, status: Not(In(['draft', 'withdrawn'])) });
    return {
      received,
      sealed: access === 'sealed',
      opensAt: scenario.sealed ? (scenario.deadline?.toISOString() ?? null) : null,
      openedAt: scenario.sealed ? (scenario.closedAt?.toISOString() ?? null) : null,
    };
  }

  /** The agency's (or an admin's) list; 403 SEALED_UNTIL_DEADLINE while a sealed scenario is open. */
  async forScenario(ctx: SignedInContext, scenarioId: string): Promise<{ scenario: Scenario; solutions: Solution[] }> {
    const scenario = await this.scenarios.forRead(ctx, scenarioId);
    const access = listAccess(ctx.principal, scenario);
    if (access === 'forbidden') throw new DomainError('FORBIDDEN', 'Only the publishing agency and admins list the solutions.');
    if (access === 'sealed') {
      throw new DomainError('SEALED_UNTIL_DEADLINE', 'Solutions to this sealed scenario can be read only after its deadline.', [
        { opensAt: scenario.deadline?.toISOString() ?? null },
      ]);
    }
    const solutions = await this.dataSource.getRepository(Solution).find({
      where: { scenarioId, status: Not(In(['draft', 'withdrawn'])) },
      relations: { organization: true },
      order: { submittedAt: 'ASC' },
    });
    for (const s of solutions) s.scenario = scenario;
    await this.recordRead(
      ctx,
      'solution.list_read',
      { type: 'scenario', id: scenarioId, scenario },
      { solutionIds: solutions.map((s) => s.id) },
    );
    return { scenario, solutions };
  }

  /** The same list as a spreadsheet with Chinese headers. */
  async export(ctx: SignedInContext, scenarioId: string, format: 'csv' | 'xlsx'): Promise<Buffer> {
    const { scenario, solutions } = await this.forScenario(ctx, scenarioId);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('收到的方案');
    sheet.columns = [
      { header: '企业', key: 'organization', width: 30 },
      { header: '方案名称', key: 'title', width: 40 },
      { header: '方案简介', key: 'brief', width: 60 },
      { header: '报价（万元）', key: 'price', width: 14 },
      { header: '版本', key: 'version', width: 8 },
      { header: '提交时间', key: 'submittedAt', width: 20 },
    ];
    for (const s of solutions) {
      sheet.addRow({
        organization: s.organization?.name,
        title: s.title,
        brief: s.brief,
        price: s.priceQuote,
        version: s.version,
        submittedAt: s.submittedAt?.toISOString(),
      });
    }
    sheet.getRow(1).font = { bold: true };
    await this.recordRead(ctx, 'solution.exported', { type: 'scenario', id: scenarioId, scenario }, { format, count: solutions.length });
    return spreadsheetFile(workbook, format);
  }
}

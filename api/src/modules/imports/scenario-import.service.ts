import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, Not, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { flattenValidationErrors } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { Batch } from '../batches/batch.entity';
import { BatchesService } from '../batches/batches.service';
import { Organization } from '../organizations/organization.entity';
import { snapshotOf } from '../scenarios/scenario-rules';
import { ScenarioVersion } from '../scenarios/scenario-version.entity';
import { Scenario } from '../scenarios/scenario.entity';
import { OutboxService } from '../search/outbox.service';
import { Sector } from '../sectors/sector.entity';
import { parseBatch, SCENARIO_HEADERS, ScenarioImportRow } from './scenario-import-row.dto';
import { parseTable, type TableFormat } from './table-parser';

export interface RowError {
  row: number;
  field: string;
  message: string;
}

export interface ImportResult {
  imported: number;
  organizationsCreated: number;
  batchesCreated: number;
}

/**
 * Imports a published list (JSON, CSV or XLSX). Every row is checked first; one bad row means
 * nothing is written and the answer names each bad row. Otherwise all rows go in one
 * transaction: unknown agencies are created (verified), scenarios are published into their batch.
 */
@Injectable()
export class ScenarioImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly batches: BatchesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async importFile(ctx: RequestContext, data: Buffer, format: TableFormat): Promise<ImportResult> {
    return this.importRows(ctx, await parseTable(data, format, SCENARIO_HEADERS));
  }

  async importRows(ctx: RequestContext, parsed: { row: number; values: Record<string, unknown> }[]): Promise<ImportResult> {
    const sectors = await this.dataSource.getRepository(Sector).find();
    const sectorCode = (v: string) =>
      sectors.find((s) => s.code === v || s.nameZh === v || s.nameEn.toLowerCase() === v.toLowerCase())?.code;
    const errors: RowError[] = [];
    const rows: { row: number; data: ScenarioImportRow; sector: string; batch: { year: number; number: number } | null }[] = [];
    const codes = new Set<string>();

    for (const { row, values } of parsed) {
      if ('__invalid' in values) {
        errors.push({ row, field: '*', message: 'each row must be an object' });
        continue;
      }
      const data = plainToInstance(ScenarioImportRow, values);
      const problems = validateSync(data, { whitelist: true, forbidNonWhitelisted: true });
      for (const p of flattenValidationErrors(problems)) errors.push({ row, field: p.field, message: p.message });
      if (problems.length) continue;
      const sector = sectorCode(data.sector);
      if (!sector) errors.push({ row, field: 'sector', message: `unknown sector "${data.sector}"` });
      const batch = data.batch ? parseBatch(data.batch) : null;
      if (data.batch && !batch) errors.push({ row, field: 'batch', message: `batch "${data.batch}" is not like 2026年第一批 or 2026-1` });
      if (data.budgetMin !== undefined && data.budgetMax !== undefined && data.budgetMin > data.budgetMax)
        errors.push({ row, field: 'budgetMax', message: 'budgetMax is below budgetMin' });
      if (data.code) {
        if (codes.has(data.code)) errors.push({ row, field: 'code', message: `code ${data.code} appears twice in the file` });
        codes.add(data.code);
      }
      if (sector) rows.push({ row, data, sector, batch });
    }
    if (codes.size) {
      const taken = (await this.dataSource.query('SELECT code FROM scenarios WHERE code = ANY($1)', [[...codes]])) as { code: string }[];
      for (const { code } of taken) {
        const row = rows.find((r) => r.data.code === code)?.row ?? 0;
        errors.push({ row, field: 'code', message: `code ${code} is already in use` });
      }
    }
    if (errors.length) {
      errors.sort((a, b) => a.row - b.row);
      throw new DomainError(
        'IMPORT_INVALID',
        `${new Set(errors.map((e) => e.row)).size} row(s) are invalid; nothing was imported.`,
        errors,
      );
    }

    const result = await this.dataSource.transaction(async (manager) => {
      const agencies = new Map<string, Organization>();
      const batchCache = new Map<string, Batch>();
      let organizationsCreated = 0;
      const batchesBefore = await manager.count(Batch);
      const ids: string[] = [];
      const opened: string[] = [];
      const now = this.clock.now();
      for (const { data, sector, batch: wanted } of rows) {
        let agency = agencies.get(data.publisher);
        if (!agency) {
          agency = (await manager.findOneBy(Organization, { name: data.publisher, kind: 'agency' })) ?? undefined;
          if (!agency) {
            agency = await manager.save(
              manager.create(Organization, {
                kind: 'agency',
                name: data.publisher,
                creditCode: null,
                region: data.region,
                status: 'verified',
                verifiedAt: now,
              }),
            );
            organizationsCreated++;
          }
          agencies.set(data.publisher, agency);
        }
        const batch = await this.batchFor(manager, wanted, batchCache);
        const scenario = await this.insertScenario(manager, data, sector, agency, batch, now);
        ids.push(scenario.id);
        if (scenario.status === 'open') opened.push(scenario.id);
      }
      const batchesCreated = (await manager.count(Batch)) - batchesBefore;
      await this.outbox.enqueue(manager, 'scenario', ids);
      await this.outbox.enqueue(manager, 'alert', opened);
      await this.audit.record(manager, ctx, {
        action: 'import.scenarios',
        targetType: 'import',
        targetId: null,
        actorOrganizationId: null,
        summary: { imported: ids.length, organizationsCreated, batchesCreated },
      });
      return { imported: ids.length, organizationsCreated, batchesCreated };
    });
    return result;
  }

  private async batchFor(
    manager: EntityManager,
    wanted: { year: number; number: number } | null,
    cache: Map<string, Batch>,
  ): Promise<Batch> {
    const key = wanted ? `${wanted.year}-${wanted.number}` : 'current';
    const cached = cache.get(key);
    if (cached) return cached;
    let batch: Batch | null;
    if (wanted) batch = await this.batches.findOrCreate(manager, wanted.year, wanted.number);
    else {
      batch = await manager.findOne(Batch, { where: { status: Not('closed') }, order: { year: 'DESC', number: 'DESC' } });
      batch ??= await this.batches.findOrCreate(manager, this.clock.now().getFullYear(), 1);
    }
    if (batch.status === 'planned') {
      batch.status = 'published';
      batch.publishedAt = this.clock.now();
      await manager.save(batch);
    }
    cache.set(key, batch);
    return batch;
  }

  private async insertScenario(
    manager: EntityManager,
    data: ScenarioImportRow,
    sector: string,
    agency: Organization,
    batch: Batch,
    now: Date,
  ): Promise<Scenario> {
    const [{ next }] = (await manager.query('SELECT coalesce(max(serial), 0) + 1 AS next FROM scenarios WHERE batch_id = $1', [
      batch.id,
    ])) as { next: number }[];
    const negotiable = data.budgetMin === undefined && data.budgetMax === undefined;
    const scenario = await manager.save(
      manager.create(Scenario, {
        organizationId: agency.id,
        createdByUserId: null,
        batchId: batch.id,
        serial: next,
        code: data.code ?? `${batch.year}-${String(batch.number).padStart(2, '0')}-${String(next).padStart(3, '0')}`,
        status: data.deadline && data.deadline <= now ? 'closed' : 'open',
        title: data.title,
        summary: data.summary ?? '',
        description: data.description,
        scope: data.scope ?? '',
        sectorCode: sector,
        region: data.region,
        tags: data.tags,
        budgetMin: data.budgetMin ?? null,
        budgetMax: data.budgetMax ?? null,
        budgetNegotiable: negotiable,
        cooperationMode: data.cooperationMode ?? null,
        deadline: data.deadline ?? null,
        sealed: true,
        contact: null,
        version: 1,
        publishedAt: now,
        closedAt: data.deadline && data.deadline <= now ? now : null,
      }),
    );
    await manager.save(ScenarioVersion, {
      scenarioId: scenario.id,
      version: 1,
      snapshot: snapshotOf(scenario),
      changedFields: [],
      note: '导入',
      deadlineExtended: false,
      createdByUserId: null,
    });
    return scenario;
  }
}

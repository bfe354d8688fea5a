import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { flattenValidationErrors } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { Organization } from '../organizations/organization.entity';
import { CapabilityProfile } from '../profiles/capability-profile.entity';
import { OutboxService } from '../search/outbox.service';
import { Sector } from '../sectors/sector.entity';
import { CAPABILITY_HEADERS, CapabilityImportRow, caseProblems } from './capability-import-row.dto';
import type { ImportResult, RowError } from './scenario-import.service';
import { parseTable, type TableFormat } from './table-parser';

/**
 * Imports an enterprise capability list: every row creates or updates a verified enterprise
 * (matched by credit code, else by name) with its profile, open for matching. All or nothing.
 */
@Injectable()
export class CapabilityImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async importFile(ctx: RequestContext, data: Buffer, format: TableFormat): Promise<ImportResult> {
    const parsed = await parseTable(data, format, CAPABILITY_HEADERS);
    const sectors = await this.dataSource.getRepository(Sector).find();
    const sectorCode = (v: string) =>
      sectors.find((s) => s.code === v || s.nameZh === v || s.nameEn.toLowerCase() === v.toLowerCase())?.code;
    const errors: RowError[] = [];
    const rows: { data: CapabilityImportRow; sectors: string[] }[] = [];
    for (const { row, values } of parsed) {
      // Empty spreadsheet cells are absent; the list columns then mean "none".
      const data = plainToInstance(CapabilityImportRow, { sectors: [], qualifications: [], cases: [], ...values });
      const problems = validateSync(data, { whitelist: true, forbidNonWhitelisted: true });
      for (const p of flattenValidationErrors(problems)) errors.push({ row, field: p.field, message: p.message });
      if (problems.length) continue;
      const codes = data.sectors.map((s) => sectorCode(s));
      const unknown = data.sectors.filter((_, i) => !codes[i]);
      if (unknown.length) errors.push({ row, field: 'sectors', message: `unknown sector(s) ${unknown.join(', ')}` });
      const caseProblem = caseProblems(data.cases);
      if (caseProblem) errors.push({ row, field: 'cases', message: caseProblem });
      if (!unknown.length && !caseProblem) rows.push({ data, sectors: codes as string[] });
    }
    if (errors.length)
      throw new DomainError(
        'IMPORT_INVALID',
        `${new Set(errors.map((e) => e.row)).size} row(s) are invalid; nothing was imported.`,
        errors,
      );

    const result = await this.dataSource.transaction(async (manager) => {
      let organizationsCreated = 0;
      const ids: string[] = [];
      for (const { data, sectors: sectorCodes } of rows) {
        let organization =
          (data.creditCode ? await manager.findOneBy(Organization, { creditCode: data.creditCode }) : null) ??
          (await manager.findOneBy(Organization, { name: data.name, kind: 'enterprise' }));
        if (organization && organization.kind !== 'enterprise')
          throw new DomainError('IMPORT_INVALID', `${data.name} is registered as an agency.`);
        if (!organization) {
          organization = await manager.save(
            manager.create(Organization, {
              kind: 'enterprise',
              name: data.name,
              creditCode: data.creditCode ?? null,
              region: data.region,
              status: 'verified',
              verifiedAt: this.clock.now(),
            }),
          );
          organizationsCreated++;
        }
        await manager.save(
          manager.create(CapabilityProfile, {
            organizationId: organization.id,
            summary: data.description,
            capabilities: [{ name: data.tags.slice(0, 3).join('、'), description: data.description, tags: data.tags }],
            tags: data.tags,
            sectors: sectorCodes,
            regions: [data.region.split('/')[0]],
            qualifications: data.qualifications,
            cases: data.cases.map((c) => ({ title: c.title, client: c.client ?? '', year: Number(c.year), outcome: c.outcome ?? '' })),
            teamSize: null,
            openForMatching: true,
          }),
        );
        ids.push(organization.id);
      }
      await this.outbox.enqueue(manager, 'capability', ids);
      await this.audit.record(manager, ctx, {
        action: 'import.capabilities',
        targetType: 'import',
        targetId: null,
        actorOrganizationId: null,
        summary: { imported: ids.length, organizationsCreated },
      });
      return { imported: ids.length, organizationsCreated, batchesCreated: 0 };
    });
    return result;
  }
}

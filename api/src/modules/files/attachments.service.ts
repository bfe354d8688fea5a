import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { ScenarioAccess } from '../scenarios/scenario-access';
import { deadlinePassed } from '../scenarios/scenario-rules';
import { Clock } from '../../common/clock';
import { auditSeal, SolutionAccess } from '../solutions/solution-access';
import { Milestone } from '../outcomes/milestone.entity';
import { mayReadEvidence } from '../outcomes/outcomes.service';
import { Scenario } from '../scenarios/scenario.entity';
import { Attachment } from './attachment.entity';
import { cleanFilename, detectAllowedType } from './content-type';
import { FileStorage } from './file-storage';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

const MAX_PER_SCENARIO = 20;
const EDITABLE = ['draft', 'returned', 'open'];

/** Attachments of scenarios: upload by the agency, download by whoever may read the scenario. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly access: ScenarioAccess,
    private readonly solutions: SolutionAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Checks the type by content and stores the bytes; the caller records the attachment. */
  private async store(
    file: UploadedFile | undefined,
  ): Promise<{ filename: string; contentType: string; storageKey: string; sha256: string; size: number }> {
    if (!file || file.size === 0) throw new DomainError('FILE_MISSING', 'Send the file in the multipart field "file".');
    const filename = cleanFilename(file.originalname);
    const contentType = await detectAllowedType(file.buffer, filename);
    if (!contentType) {
      throw new DomainError(
        'UNSUPPORTED_FILE_TYPE',
        'Allowed: PDF, Word, Excel, PowerPoint, PNG, JPEG, WebP, ZIP and plain text (judged by content, not by name).',
      );
    }
    const storageKey = await this.storage.put(file.buffer);
    return { filename, contentType, storageKey, size: file.size, sha256: createHash('sha256').update(file.buffer).digest('hex') };
  }

  /** A file for the caller's own solution, until the deadline. */
  async addToSolution(ctx: SignedInContext, solutionId: string, file: UploadedFile | undefined): Promise<Attachment> {
    const stored = await this.store(file);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const solution = await this.solutions.forOwnerChange(manager, ctx, solutionId, 'solution.draft');
        if (solution.status !== 'draft' && solution.status !== 'submitted')
          throw new DomainError('INVALID_STATE', `Files cannot be added to a ${solution.status} solution.`);
        if (solution.scenario!.status !== 'open' || deadlinePassed(solution.scenario!, this.clock.now())) {
          throw new DomainError('DEADLINE_PASSED', 'The deadline has passed; the solution can no longer change.');
        }
        const count = await manager.countBy(Attachment, { ownerType: 'solution', ownerId: solutionId });
        if (count >= MAX_PER_SCENARIO) throw new DomainError('TOO_MANY_FILES', `A solution holds at most ${MAX_PER_SCENARIO} files.`);
        const attachment = await manager.save(
          manager.create(Attachment, {
            ownerType: 'solution',
            ownerId: solutionId,
            organizationId: solution.organizationId,
            uploadedByUserId: ctx.principal.userId,
            ...stored,
          }),
        );
        await this.audit.record(manager, ctx, {
          action: 'attachment.added',
          targetType: 'solution',
          targetId: solutionId,
          summary: { attachmentId: attachment.id, filename: stored.filename, size: stored.size },
          seal: auditSeal(solution.scenario!),
        });
        return attachment;
      });
    } catch (error) {
      await this.storage.remove(stored.storageKey).catch(() => undefined);
      throw error;
    }
  }

  async removeFromSolution(ctx: SignedInContext, solutionId: string, attachmentId: string): Promise<void> {
    const key = await this.dataSource.transaction(async (manager) => {
      const solution = await this.solutions.forOwnerChange(manager, ctx, solutionId, 'solution.draft');
      if (solution.scenario!.status !== 'open' || deadlinePassed(solution.scenario!, this.clock.now())) {
        throw new DomainError('DEADLINE_PASSED', 'The deadline has passed; the solution can no longer change.');
      }
      const attachment = await manager.findOneBy(Attachment, { id: attachmentId, ownerType: 'solution', ownerId: solutionId });
      if (!attachment) throw new DomainError('NOT_FOUND', 'No such file.');
      await manager.delete(Attachment, { id: attachmentId });
      await this.audit.record(manager, ctx, {
        action: 'attachment.removed',
        targetType: 'solution',
        targetId: solutionId,
        summary: { attachmentId },
        seal: auditSeal(solution.scenario!),
      });
      return attachment.storageKey;
    });
    await this.storage.remove(key).catch(() => undefined);
  }

  async addToScenario(ctx: SignedInContext, scenarioId: string, file: UploadedFile | undefined): Promise<Attachment> {
    const stored = await this.store(file);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const scenario = await this.access.forAgencyChange(manager, ctx, scenarioId, 'scenario.draft');
        if (!EDITABLE.includes(scenario.status))
          throw new DomainError('INVALID_STATE', `Files cannot be added to a ${scenario.status} scenario.`);
        const count = await manager.countBy(Attachment, { ownerType: 'scenario', ownerId: scenarioId });
        if (count >= MAX_PER_SCENARIO) throw new DomainError('TOO_MANY_FILES', `A scenario holds at most ${MAX_PER_SCENARIO} files.`);
        const attachment = await manager.save(
          manager.create(Attachment, {
            ownerType: 'scenario',
            ownerId: scenarioId,
            organizationId: scenario.organizationId,
            uploadedByUserId: ctx.principal.userId,
            ...stored,
          }),
        );
        await this.audit.record(manager, ctx, {
          action: 'attachment.added',
          targetType: 'scenario',
          targetId: scenarioId,
          summary: { attachmentId: attachment.id, filename: stored.filename, contentType: stored.contentType, size: stored.size },
        });
        return attachment;
      });
    } catch (error) {
      // Nothing half-written: the stored bytes go when the record does not exist.
      await this.storage.remove(stored.storageKey).catch(() => undefined);
      throw error;
    }
  }

  async removeFromScenario(ctx: SignedInContext, scenarioId: string, attachmentId: string): Promise<void> {
    const key = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forAgencyChange(manager, ctx, scenarioId, 'scenario.draft');
      if (scenario.status !== 'draft' && scenario.status !== 'returned')
        throw new DomainError('INVALID_STATE', 'Files of a published scenario stay; add a corrected one instead.');
      const attachment = await manager.findOneBy(Attachment, { id: attachmentId, ownerType: 'scenario', ownerId: scenarioId });
      if (!attachment) throw new DomainError('NOT_FOUND', 'No such file.');
      await manager.delete(Attachment, { id: attachmentId });
      await this.audit.record(manager, ctx, {
        action: 'attachment.removed',
        targetType: 'scenario',
        targetId: scenarioId,
        summary: { attachmentId, filename: attachment.filename },
      });
      return attachment.storageKey;
    });
    await this.storage.remove(key).catch(() => undefined);
  }

  /** Evidence for a delivery milestone, by the agency (or an admin) while the delivery runs. */
  async addToMilestone(ctx: SignedInContext, milestoneId: string, file: UploadedFile | undefined): Promise<Attachment> {
    const milestone = await this.dataSource.getRepository(Milestone).findOneBy({ id: milestoneId });
    if (!milestone) throw new DomainError('NOT_FOUND', 'No such milestone.');
    const stored = await this.store(file);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const scenario = await this.access.forInsider(ctx, milestone.scenarioId, manager, true);
        if (!['announced', 'in_delivery'].includes(scenario.status))
          throw new DomainError('INVALID_STATE', `Evidence is added while the delivery runs (this scenario is ${scenario.status}).`);
        if ((await manager.countBy(Attachment, { ownerType: 'milestone', ownerId: milestoneId })) >= MAX_PER_SCENARIO)
          throw new DomainError('TOO_MANY_FILES', `A milestone holds at most ${MAX_PER_SCENARIO} files.`);
        const attachment = await manager.save(
          manager.create(Attachment, {
            ownerType: 'milestone',
            ownerId: milestoneId,
            organizationId: scenario.organizationId,
            uploadedByUserId: ctx.principal.userId,
            ...stored,
          }),
        );
        await this.audit.record(manager, ctx, {
          action: 'attachment.added',
          targetType: 'scenario',
          targetId: scenario.id,
          summary: {
            milestoneId,
            attachmentId: attachment.id,
            filename: stored.filename,
            contentType: stored.contentType,
            size: stored.size,
          },
        });
        return attachment;
      });
    } catch (error) {
      await this.storage.remove(stored.storageKey).catch(() => undefined);
      throw error;
    }
  }

  /** Opens a file for download if the caller may read what it belongs to (404 otherwise). */
  async open(ctx: RequestContext, attachmentId: string): Promise<{ attachment: Attachment; stream: Readable }> {
    const attachment = await this.dataSource.getRepository(Attachment).findOneBy({ id: attachmentId });
    if (!attachment) throw new DomainError('NOT_FOUND', 'No such file.');
    if (attachment.ownerType === 'scenario') await this.access.forRead(ctx, attachment.ownerId);
    else if (attachment.ownerType === 'solution') {
      // The sealing rule applies to a solution's files exactly as to the solution — and the
      // answer for a file one may not read is the answer for no file at all.
      const solution = await this.solutions.forRead(ctx, attachment.ownerId).catch((error: unknown) => {
        throw error instanceof DomainError && error.code === 'NOT_FOUND' ? new DomainError('NOT_FOUND', 'No such file.') : error;
      });
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, ctx, {
          action: 'solution.attachment_read',
          targetType: 'solution',
          targetId: attachment.ownerId,
          summary: { attachmentId },
          seal: auditSeal(solution.scenario!),
        }),
      );
    } else if (attachment.ownerType === 'milestone') {
      const milestone = await this.dataSource.getRepository(Milestone).findOneBy({ id: attachment.ownerId });
      const scenario = milestone ? await this.dataSource.getRepository(Scenario).findOneBy({ id: milestone.scenarioId }) : null;
      if (!scenario || !(await mayReadEvidence(this.dataSource, ctx.principal, scenario)))
        throw new DomainError('NOT_FOUND', 'No such file.');
    } else throw new DomainError('NOT_FOUND', 'No such file.');
    return { attachment, stream: this.storage.read(attachment.storageKey) };
  }
}

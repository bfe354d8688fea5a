import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { AttachmentOwners, type AttachmentOwner, type AttachmentOwnerType } from './attachment-owners';
import { Attachment } from './attachment.entity';
import { cleanFilename, detectAllowedType } from './content-type';
import { FileStorage } from './file-storage';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/**
 * Files of scenarios, solutions and milestones: storing, counting, removing and serving the
 * bytes. Whether a caller may do so is the owner's rule, registered by its module
 * (`AttachmentOwners`); files imports none of them.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly owners: AttachmentOwners,
    private readonly audit: AuditService,
  ) {}

  private owner(type: string): AttachmentOwner {
    const owner = this.owners.get(type);
    if (!owner) throw new Error(`no attachment owner "${type}" is registered`);
    return owner;
  }

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

  /** Adds a file to an owner the caller may change now; nothing half-written (the bytes go if the record does not exist). */
  async add(ctx: SignedInContext, type: AttachmentOwnerType, ownerId: string, file: UploadedFile | undefined): Promise<Attachment> {
    const owner = this.owner(type);
    await owner.precheck?.(ctx, ownerId);
    const stored = await this.store(file);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const change = await owner.authorizeChange(manager, ctx, ownerId, 'add');
        if ((await manager.countBy(Attachment, { ownerType: type, ownerId })) >= owner.maxFiles)
          throw new DomainError('TOO_MANY_FILES', `A ${type} holds at most ${owner.maxFiles} files.`);
        const attachment = await manager.save(
          manager.create(Attachment, {
            ownerType: type,
            ownerId,
            organizationId: change.organizationId,
            uploadedByUserId: ctx.principal.userId,
            ...stored,
          }),
        );
        await this.audit.record(manager, ctx, {
          action: 'attachment.added',
          targetType: change.audit.targetType,
          targetId: change.audit.targetId,
          summary: change.audit.summary(attachment),
          seal: change.audit.seal,
        });
        return attachment;
      });
    } catch (error) {
      await this.storage.remove(stored.storageKey).catch(() => undefined);
      throw error;
    }
  }

  async remove(ctx: SignedInContext, type: AttachmentOwnerType, ownerId: string, attachmentId: string): Promise<void> {
    const owner = this.owner(type);
    const key = await this.dataSource.transaction(async (manager) => {
      const change = await owner.authorizeChange(manager, ctx, ownerId, 'remove');
      const attachment = await manager.findOneBy(Attachment, { id: attachmentId, ownerType: type, ownerId });
      if (!attachment) throw new DomainError('NOT_FOUND', 'No such file.');
      await manager.delete(Attachment, { id: attachmentId });
      await this.audit.record(manager, ctx, {
        action: 'attachment.removed',
        targetType: change.audit.targetType,
        targetId: change.audit.targetId,
        summary: change.audit.summary(attachment),
        seal: change.audit.seal,
      });
      return attachment.storageKey;
    });
    await this.storage.remove(key).catch(() => undefined);
  }

  /** Opens a file for download if the caller may read what it belongs to (404 otherwise). */
  async open(ctx: RequestContext, attachmentId: string): Promise<{ attachment: Attachment; stream: Readable }> {
    const attachment = await this.dataSource.getRepository(Attachment).findOneBy({ id: attachmentId });
    const owner = attachment && this.owners.get(attachment.ownerType);
    if (!attachment || !owner) throw new DomainError('NOT_FOUND', 'No such file.');
    await owner.authorizeRead(ctx, attachment.ownerId, attachment.id);
    return { attachment, stream: this.storage.read(attachment.storageKey) };
  }
}

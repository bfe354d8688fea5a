import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import type { Attachment } from './attachment.entity';

/** What files can belong to (`attachments.owner_type`). */
export type AttachmentOwnerType = 'scenario' | 'solution' | 'milestone';

/** How an allowed change of an owner's files is recorded. */
export interface AttachmentChange {
  /** The organisation the files belong to (the owner's). */
  organizationId: string;
  /** The audit entry: target, the seal of a sealed competition, and the summary of the change. */
  audit: {
    targetType: string;
    targetId: string;
    seal?: string;
    summary: (attachment: Attachment) => Record<string, unknown>;
  };
}

/**
 * The rules of one kind of owner, registered by the module that owns it: files knows how to
 * store, count and serve bytes, the owner knows who may add, remove and read them, and when.
 */
export interface AttachmentOwner {
  type: AttachmentOwnerType;
  /** At most this many files per owner (422 TOO_MANY_FILES beyond). */
  maxFiles: number;
  /** Before the upload is stored: refuse at once what cannot exist (e.g. an unknown milestone). */
  precheck?(ctx: SignedInContext, ownerId: string): Promise<void>;
  /** Inside the change's transaction: may the caller add (or remove) files of this owner now? Throws if not. */
  authorizeChange(manager: EntityManager, ctx: SignedInContext, ownerId: string, change: 'add' | 'remove'): Promise<AttachmentChange>;
  /** May the caller read the owner's file? Throws NOT_FOUND if not (a file one may not read does not exist). */
  authorizeRead(ctx: RequestContext, ownerId: string, attachmentId: string): Promise<void>;
}

/** The owners the modules registered (at module init). */
@Injectable()
export class AttachmentOwners {
  private readonly owners = new Map<string, AttachmentOwner>();

  register(owner: AttachmentOwner): void {
    if (this.owners.has(owner.type)) throw new Error(`attachment owner "${owner.type}" is registered twice`);
    this.owners.set(owner.type, owner);
  }

  get(type: string): AttachmentOwner | undefined {
    return this.owners.get(type);
  }
}

import { createHash } from 'node:crypto';
import { canonicalJson } from '../../common/canonical-json';

/** The hash that precedes the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  requestId: string | null;
  ip: string | null;
  summary: Record<string, unknown>;
  prevHash: string;
}

/** SHA-256 over every field of an entry (in a fixed order) and the previous entry's hash. */
export function entryHash(entry: ChainedFields): string {
  const material = canonicalJson([
    entry.id,
    entry.occurredAt.toISOString(),
    entry.actorUserId,
    entry.actorOrganizationId,
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.requestId,
    entry.ip,
    entry.summary,
    entry.prevHash,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

export interface ChainBreak {
  id: string;
  reason: 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'SEQUENCE_GAP' | 'SEALED_JOURNAL_MISMATCH';
}

/**
 * Walks entries in id order, continuing from `previous` (the last verified entry, if any),
 * and returns the first entry that does not fit the chain.
 */
export function findChainBreak(
  entries: (ChainedFields & { hash: string })[],
  previous: { id: string; hash: string } | null,
): ChainBreak | null {
  let prev = previous;
  for (const entry of entries) {
    const expectedId = prev ? (BigInt(prev.id) + 1n).toString() : '1';
    if (entry.id !== expectedId) return { id: entry.id, reason: 'SEQUENCE_GAP' };
    if (entry.prevHash !== (prev?.hash ?? GENESIS_HASH)) return { id: entry.id, reason: 'PREVIOUS_HASH_MISMATCH' };
    if (entryHash(entry) !== entry.hash) return { id: entry.id, reason: 'HASH_MISMATCH' };
    prev = { id: entry.id, hash: entry.hash };
  }
  return null;
}

export interface SealedFields {
  sealKey: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  requestId: string | null;
  ip: string | null;
  summary: Record<string, unknown>;
  prevHash: string;
}

/** SHA-256 over an entry kept under seal and the previous entry's hash under the same seal. */
export function sealedEntryHash(entry: SealedFields): string {
  const material = canonicalJson([
    entry.sealKey,
    entry.occurredAt.toISOString(),
    entry.actorUserId,
    entry.actorOrganizationId,
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.requestId,
    entry.ip,
    entry.summary,
    entry.prevHash,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

/** The first entry of one seal's journal (in id order) that does not fit its chain, or null. */
export function findSealedBreak(entries: (SealedFields & { id: string; hash: string })[]): string | null {
  let previous = GENESIS_HASH;
  for (const entry of entries) {
    if (entry.prevHash !== previous || sealedEntryHash(entry) !== entry.hash) return entry.id;
    previous = entry.hash;
  }
  return null;
}

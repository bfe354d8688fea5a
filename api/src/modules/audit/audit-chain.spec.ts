import { entryHash, findChainBreak, GENESIS_HASH, type ChainedFields } from './audit-chain';

function chain(n: number): (ChainedFields & { hash: string })[] {
  const entries: (ChainedFields & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields: ChainedFields = {
      id: String(i),
      occurredAt: new Date(Date.UTC(2026, 10, 27, 8, 0, i)),
      actorUserId: 'u-1',
      actorOrganizationId: null,
      action: 'organization.verified',
      targetType: 'organization',
      targetId: `org-${i}`,
      requestId: `req-${i}`,
      ip: '127.0.0.1',
      summary: { before: { status: 'pending' }, after: { status: 'verified' } },
      prevHash,
    };
    const hash = entryHash(fields);
    entries.push({ ...fields, hash });
    prevHash = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('accepts an intact chain', () => {
    expect(findChainBreak(chain(5), null)).toBeNull();
  });

  it('does not depend on the key order of the summary (jsonb reorders keys)', () => {
    const [entry] = chain(1);
    const reordered = { ...entry, summary: { after: { status: 'verified' }, before: { status: 'pending' } } };
    expect(entryHash(reordered)).toBe(entry.hash);
  });

  it('finds an edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], summary: { ...entries[2].summary, after: { status: 'rejected' } } };
    expect(findChainBreak(entries, null)).toEqual({ id: '3', reason: 'HASH_MISMATCH' });
  });

  it('finds a deleted entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(findChainBreak(entries, null)).toEqual({ id: '3', reason: 'SEQUENCE_GAP' });
  });

  it('finds two entries whose contents were swapped', () => {
    const entries = chain(5);
    const a = entries[1];
    const b = entries[2];
    entries[1] = { ...b, id: a.id };
    entries[2] = { ...a, id: b.id };
    expect(findChainBreak(entries, null)).toEqual({ id: '2', reason: 'PREVIOUS_HASH_MISMATCH' });
  });

  it('finds an entry re-hashed after editing, by the next entry’s link', () => {
    const entries = chain(5);
    const edited = { ...entries[1], targetId: 'org-forged' };
    entries[1] = { ...edited, hash: entryHash(edited) };
    expect(findChainBreak(entries, null)).toEqual({ id: '3', reason: 'PREVIOUS_HASH_MISMATCH' });
  });

  it('continues from a previously verified entry', () => {
    const entries = chain(6);
    expect(findChainBreak(entries.slice(3), { id: entries[2].id, hash: entries[2].hash })).toBeNull();
    expect(findChainBreak(entries.slice(4), { id: entries[2].id, hash: entries[2].hash })).toEqual({ id: '5', reason: 'SEQUENCE_GAP' });
  });
});

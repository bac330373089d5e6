// The one hash-chain module: what is hashed, how entries are appended, and the walk that names the
// first break in the words `cpor verify` prints, driven by a sync (node:crypto) or an async
// (WebCrypto) SHA-256 alike.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  appendToChain,
  appendToChainAsync,
  type ChainEntry,
  chainPayload,
  entryHash,
  findChainBreak,
  findChainBreakAsync,
  findFirstBreak,
  GENESIS_HASH,
  type NewChainEntry,
  type StoredChainEntry,
} from '../../shared/domain/history-chain';

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const webSha256 = async (t: string) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(t));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};

const entry = (n: number): NewChainEntry => ({ at: `2026-11-0${n}T10:00:00.000Z`, actor: 'Alex Martin', side: 'reviewer', kind: 'checklist', detail: { code: 'missing-poe', open: n % 2 === 1 } });
const chainOf = (claimId: string, count: number): ChainEntry[] => appendToChain(claimId, null, Array.from({ length: count }, (_, i) => entry(i + 1)), sha256);
const stored = (claimId: string, entries: readonly ChainEntry[]): StoredChainEntry[] => entries.map((e) => ({ ...e, claimId, detail: JSON.stringify(e.detail) }));

describe('chainPayload and entryHash', () => {
  it('hash the canonical JSON of the entry, the claim id and the previous hash included', () => {
    const fields = { claimId: 'CP-1', seq: 1, at: '2026-11-01T10:00:00.000Z', actor: 'A', side: 'reviewer' as const, kind: 'k', detail: { b: 1, a: [true] }, prevHash: GENESIS_HASH };
    expect(chainPayload(fields)).toBe(
      `{"actor":"A","at":"2026-11-01T10:00:00.000Z","claimId":"CP-1","detail":{"a":[true],"b":1},"kind":"k","prevHash":"${GENESIS_HASH}","seq":1,"side":"reviewer"}`,
    );
    expect(entryHash(fields, sha256)).toBe(sha256(chainPayload(fields)));
    return expect(entryHash(fields, webSha256)).resolves.toBe(sha256(chainPayload(fields)));
  });
});

describe('appendToChain', () => {
  it('starts a chain at entry 1 on the genesis hash, each entry linking to the one before', () => {
    const entries = chainOf('CP-1', 3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]).toEqual({ seq: 1, ...entry(1), prevHash: GENESIS_HASH, hash: sha256(chainPayload({ claimId: 'CP-1', seq: 1, ...entry(1), prevHash: GENESIS_HASH })) });
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(entries[2]?.prevHash).toBe(entries[1]?.hash);
  });

  it('appends after a tip the same entries a whole-chain append gives, sync or async', async () => {
    const whole = chainOf('CP-1', 3);
    const first = appendToChain('CP-1', undefined, [entry(1)], sha256);
    const rest = appendToChain('CP-1', first[0], [entry(2), entry(3)], sha256);
    expect([...first, ...rest]).toEqual(whole);
    expect(await appendToChainAsync('CP-1', null, [entry(1), entry(2), entry(3)], webSha256)).toEqual(whole);
    expect(appendToChain('CP-1', whole[2], [], sha256)).toEqual([]);
  });

  it('keeps only the chained fields of what it is given', () => {
    const withExtra = { ...entry(1), seq: 99, note: 'not chained' } as NewChainEntry;
    expect(Object.keys(appendToChain('CP-1', null, [withExtra], sha256)[0] ?? {})).toEqual(['seq', 'at', 'actor', 'side', 'kind', 'detail', 'prevHash', 'hash']);
  });
});

describe('findChainBreak', () => {
  const entries = chainOf('CP-1', 4);

  it('finds nothing in an intact or empty chain', async () => {
    expect(findChainBreak('CP-1', entries, sha256)).toBeNull();
    expect(findChainBreak('CP-1', [], sha256)).toBeNull();
    expect(await findChainBreakAsync('CP-1', entries, webSha256)).toBeNull();
  });

  it.each<[string, () => ChainEntry[], object]>([
    ['a missing entry', () => entries.filter((e) => e.seq !== 2), { seq: 3, kind: 'missing', expected: 2, problem: 'expected entry 2, found 3 (an entry is missing)' }],
    ['a chain not starting at 1', () => entries.slice(1), { seq: 2, kind: 'missing', expected: 1, problem: 'expected entry 1, found 2 (an entry is missing)' }],
    ['entries out of order', () => [entries[0]!, entries[2]!, entries[1]!, entries[3]!], { seq: 3, kind: 'missing', expected: 2, problem: 'expected entry 2, found 3 (an entry is missing)' }],
    ['a link to the wrong entry', () => entries.map((e) => (e.seq === 2 ? { ...e, prevHash: GENESIS_HASH } : e)), { seq: 2, kind: 'unlinked', problem: 'does not link to the entry before it' }],
    ['altered content', () => entries.map((e) => (e.seq === 3 ? { ...e, actor: 'Someone Else' } : e)), { seq: 3, kind: 'altered', problem: 'content does not match its hash (altered)' }],
    ['an altered hash', () => entries.map((e) => (e.seq === 4 ? { ...e, hash: 'f'.repeat(64) } : e)), { seq: 4, kind: 'altered', problem: 'content does not match its hash (altered)' }],
  ])('names %s, sync and async alike', async (_, broken, expected) => {
    const found = findChainBreak('CP-1', broken(), sha256);
    expect(found).toEqual({ claimId: 'CP-1', chain: 0, ...expected });
    expect(await findChainBreakAsync('CP-1', broken(), webSha256)).toEqual(found);
  });

  it('ties every hash to its claim: another claim id breaks at entry 1', () => {
    expect(findChainBreak('CP-2', entries, sha256)).toMatchObject({ claimId: 'CP-2', seq: 1, kind: 'altered' });
  });

  it('stops hashing at the first break', () => {
    let hashed = 0;
    const counting = (t: string) => ((hashed += 1), sha256(t));
    findChainBreak('CP-1', entries.map((e) => (e.seq === 2 ? { ...e, detail: { changed: true } } : e)), counting);
    expect(hashed).toBe(2);
  });
});

describe('findFirstBreak', () => {
  it('walks many claims in one pass, each chain from entry 1, reading stored detail text', () => {
    const rows = [...stored('A-1', chainOf('A-1', 2)), ...stored('B-2', chainOf('B-2', 3)), ...stored('C-3', chainOf('C-3', 1))];
    expect(findFirstBreak(rows, sha256)).toBeNull();
    expect(findFirstBreak([], sha256)).toBeNull();
  });

  it('names the claim of the first break and reads no further', () => {
    const b = stored('B-2', chainOf('B-2', 3)).map((r) => (r.seq === 2 ? { ...r, detail: '{"code":"other"}' } : r));
    let read = 0;
    function* rows() {
      for (const r of [...stored('A-1', chainOf('A-1', 2)), ...b, ...stored('C-3', chainOf('C-3', 1))]) {
        read += 1;
        yield r;
      }
    }
    expect(findFirstBreak(rows(), sha256)).toEqual({ claimId: 'B-2', chain: 0, seq: 2, kind: 'altered', problem: 'content does not match its hash (altered)' });
    expect(read).toBe(4);
  });

  it('names stored detail that is not JSON, after the seq and link checks', () => {
    const rows = stored('A-1', chainOf('A-1', 3));
    const unreadable = rows.map((r) => (r.seq === 2 ? { ...r, detail: '{not json' } : r));
    expect(findFirstBreak(unreadable, sha256)).toEqual({ claimId: 'A-1', chain: 0, seq: 2, kind: 'unreadable', problem: 'detail is not valid JSON' });
    const alsoUnlinked = unreadable.map((r) => (r.seq === 2 ? { ...r, prevHash: GENESIS_HASH } : r));
    expect(findFirstBreak(alsoUnlinked, sha256)).toMatchObject({ seq: 2, kind: 'unlinked' });
  });

  it('restarts the expected seq at each claim: a claim missing its entry 1 is named', () => {
    const rows = [...stored('A-1', chainOf('A-1', 2)), ...stored('B-2', chainOf('B-2', 3)).slice(1)];
    expect(findFirstBreak(rows, sha256)).toEqual({ claimId: 'B-2', chain: 0, seq: 2, kind: 'missing', expected: 1, problem: 'expected entry 1, found 2 (an entry is missing)' });
  });

  it('walks each of a claim\'s chains from entry 1, and names the chain of a break', () => {
    const first = stored('A-1', chainOf('A-1', 3)).map((r) => ({ ...r, chain: 0 }));
    const second = stored('A-1', chainOf('A-1', 2)).map((r) => ({ ...r, chain: 1 }));
    expect(findFirstBreak([...first, ...second], sha256)).toBeNull();
    const forged = second.map((r) => (r.seq === 2 ? { ...r, actor: 'Mallory' } : r));
    expect(findFirstBreak([...first, ...forged], sha256)).toMatchObject({ claimId: 'A-1', chain: 1, seq: 2, kind: 'altered' });
    // A second chain that went on from the first, instead of starting again, is a break.
    expect(findFirstBreak([...first, ...first.slice(2).map((r) => ({ ...r, chain: 1 }))], sha256)).toMatchObject({ chain: 1, kind: 'missing', expected: 1 });
  });
});

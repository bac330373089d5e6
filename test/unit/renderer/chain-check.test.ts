// The desk rechecks the open claim's history chain with the browser's own SHA-256: the same rule
// as `cpor verify`, for one claim.
import { describe, expect, it } from 'vitest';
import { checkChain } from '../../../renderer/features/claim/chainCheck';
import type { HistoryEntry } from '../../../shared/api/schemas';
import { chainPayload, GENESIS_HASH } from '../../../shared/domain/history-chain';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function chain(claimId: string, count: number): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const fields = { seq, at: `2026-11-0${seq}T10:00:00.000Z`, actor: 'Alex Martin', side: 'reviewer' as const, kind: 'checklist', detail: { code: 'missing-poe', open: seq % 2 === 1 }, prevHash };
    const hash = await sha256Hex(chainPayload({ claimId, ...fields }));
    entries.push({ ...fields, hash });
    prevHash = hash;
  }
  return entries;
}

describe('checkChain', () => {
  it('verifies an intact chain, whatever order the entries come in', async () => {
    const entries = await chain('CP-1', 4);
    expect(await checkChain('CP-1', entries)).toEqual({ ok: true, entries: 4 });
    expect(await checkChain('CP-1', [...entries].reverse())).toEqual({ ok: true, entries: 4 });
    expect(await checkChain('CP-1', [])).toEqual({ ok: true, entries: 0 });
  });

  it('names the first altered, unlinked or missing entry', async () => {
    const entries = await chain('CP-1', 4);
    const altered = entries.map((e) => (e.seq === 3 ? { ...e, actor: 'Someone Else' } : e));
    expect(await checkChain('CP-1', altered)).toMatchObject({ ok: false, seq: 3, problem: expect.stringContaining('altered') });
    expect(await checkChain('CP-1', entries.filter((e) => e.seq !== 2))).toMatchObject({ ok: false, seq: 3, problem: expect.stringContaining('missing') });
    const relinked = entries.map((e) => (e.seq === 2 ? { ...e, prevHash: GENESIS_HASH } : e));
    expect(await checkChain('CP-1', relinked)).toMatchObject({ ok: false, seq: 2 });
    // The claim id is part of every hash: another claim's chain does not verify here.
    expect(await checkChain('CP-2', entries)).toMatchObject({ ok: false, seq: 1 });
  });
});

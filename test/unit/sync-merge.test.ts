// The hub's merge rule as a pure function: what applies, what is absorbed, what is kept as a
// conflict, and how a person's resolution lands in the canonical, verifiable history.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HubChange, SyncEntry } from '../../shared/api/hub-sync';
import { findChainBreak } from '../../shared/domain/history-chain';
import { claimColumns } from '../fixtures/hub-changes';
import { ConflictResolutionError, type HubClaimState, mergeChange, resolveConflict } from '../../shared/domain/sync-merge';

const hash = (t: string) => createHash('sha256').update(t).digest('hex');
const ctx = (author: string) => ({ author, at: '2026-11-25T09:00:00.000Z', hash });
const AT = '2026-11-24T10:00:00.000Z';

const entry = (seq: number, kind: string, actor: string, detail: Record<string, unknown> = {}): SyncEntry => ({ seq, at: AT, actor, side: 'reviewer', kind, detail });

function created(): HubClaimState {
  const change: HubChange = {
    changeId: 'ws-a:1',
    claimId: 'C-1',
    baseVersion: 0,
    baseSeq: 0,
    createdAt: AT,
    kinds: ['import'],
    create: {
      claim: claimColumns('C-1', AT),
      products: ['Teams'],
      documents: [],
      checklist: [],
      productSupport: [],
      comments: [],
      decisions: [],
      entries: [{ ...entry(1, 'imported', 'import'), side: 'system' }],
    },
  };
  return mergeChange(null, change, ctx('Alex')).state!;
}

const decision = (id: string, base: number, baseSeq: number, actor: string, to: string): HubChange => ({
  changeId: id,
  claimId: 'C-1',
  baseVersion: base,
  baseSeq,
  createdAt: AT,
  kinds: ['decision'],
  set: { status: to as 'under-review', statusSince: AT },
  entries: [entry(baseSeq + 1, 'decision', actor, { action: 'start-review', from: 'submitted', to })],
  decisions: [
    { action: 'start-review', fromStatus: 'submitted', toStatus: to, actor, at: AT, reason: null, deficiencies: [], message: null, override: null, checklist: [], historySeq: baseSeq + 1, claimSubmittedAt: null, fromStatusSince: null },
  ],
});

describe('mergeChange', () => {
  it('creates a claim once; a second workstation bringing it untouched is absorbed, one bringing work on it is kept as a conflict', () => {
    const state = created();
    expect(state).toMatchObject({ version: 1, decidedVersion: 0 });
    expect(findChainBreak('C-1', state.snapshot.history, hash)).toBeNull();
    const body = { claim: claimColumns('C-1', AT), products: ['Teams'], documents: [], checklist: [], productSupport: [], comments: [], decisions: [] };
    const imported = { ...entry(1, 'imported', 'import'), side: 'system' as const };
    const again: HubChange = { changeId: 'ws-b:1', claimId: 'C-1', baseVersion: 0, baseSeq: 0, createdAt: AT, kinds: ['import'], create: { ...body, entries: [imported] } };
    expect(mergeChange(state, again, ctx('Sam'))).toMatchObject({ outcome: 'absorbed', state });
    const worked = mergeChange(state, { ...again, create: { ...body, entries: [imported, entry(2, 'decision', 'Sam', { action: 'start-review' })] } }, ctx('Sam'));
    expect(worked.outcome).toBe('conflict');
    expect(worked.conflict!.ours.entries.map((e) => e.kind)).toEqual(['decision']);
    expect(worked.state!.snapshot.history).toHaveLength(1);
  });

  it('applies the first decision and keeps a second one made on the same version as a conflict with both sides', () => {
    const first = mergeChange(created(), decision('ws-a:2', 1, 1, 'Alex', 'under-review'), ctx('Alex'));
    expect(first).toMatchObject({ outcome: 'applied', state: { version: 2, decidedVersion: 2 } });
    const second = mergeChange(first.state, decision('ws-b:2', 1, 1, 'Sam', 'under-review'), ctx('Sam'));
    expect(second.outcome).toBe('conflict');
    expect(second.state!.version).toBe(2);
    expect(second.state!.snapshot.decisions.map((d) => d.actor)).toEqual(['Alex']);
    expect(second.conflict).toMatchObject({ ours: { author: 'Sam' }, theirs: { author: 'Alex' } });
    expect(second.conflict!.theirs.entries.map((e) => e.kind)).toEqual(['decision']);
  });

  it('merges a comment made before a decision, and keeps the later of two checklist ticks', () => {
    const decided = mergeChange(created(), decision('ws-a:2', 1, 1, 'Alex', 'under-review'), ctx('Alex')).state!;
    const comment: HubChange = {
      changeId: 'ws-b:3',
      claimId: 'C-1',
      baseVersion: 1,
      baseSeq: 1,
      createdAt: AT,
      kinds: ['comment'],
      entries: [entry(2, 'comment', 'Sam')],
      comments: [{ at: AT, author: 'Sam', side: 'reviewer', internal: true, text: 'Called them', historySeq: 2 }],
    };
    const merged = mergeChange(decided, comment, ctx('Sam'));
    expect(merged.outcome).toBe('applied');
    // The comment's link follows its entry to the hub's seq.
    expect(merged.state!.snapshot.comments).toEqual([expect.objectContaining({ text: 'Called them', historySeq: 3 })]);
    const tick = (id: string, open: boolean, at: string, base: number): HubChange => ({
      changeId: id,
      claimId: 'C-1',
      baseVersion: base,
      baseSeq: 3,
      createdAt: at,
      kinds: ['checklist'],
      checklist: [{ code: 'missing-poe', open, updatedAt: at, updatedBy: id }],
      entries: [{ ...entry(4, 'checklist', id, { code: 'missing-poe', open }), at }],
    });
    const later = mergeChange(merged.state, tick('ws-a:4', false, '2026-11-24T12:00:00.000Z', 3), ctx('Alex')).state!;
    const earlier = mergeChange(later, tick('ws-b:4', true, '2026-11-24T11:00:00.000Z', 3), ctx('Sam')).state!;
    expect(earlier.snapshot.checklist).toEqual([expect.objectContaining({ open: false, updatedBy: 'ws-a:4' })]);
  });

  it('does not append a clock transition the hub already has, and absorbs one that only the clock made after a decision', () => {
    const transition = (id: string, base: number): HubChange => ({
      changeId: id,
      claimId: 'C-1',
      baseVersion: base,
      baseSeq: 1,
      createdAt: AT,
      kinds: ['time-transition'],
      set: { status: 'rejected' },
      entries: [{ ...entry(2, 'time-transition', 'system', { rule: 'consent-window', effectiveAt: AT }), side: 'system' }],
    });
    const once = mergeChange(created(), transition('ws-a:9', 1), ctx('Alex')).state!;
    const twice = mergeChange(once, transition('ws-b:9', 1), ctx('Sam'));
    expect(twice.outcome).toBe('absorbed');
    expect(twice.state!.snapshot.history.filter((h) => h.kind === 'time-transition')).toHaveLength(1);
  });
});

describe('resolveConflict', () => {
  function conflicted() {
    const first = mergeChange(created(), decision('ws-a:2', 1, 1, 'Alex', 'under-review'), ctx('Alex')).state!;
    const second = mergeChange(first, { ...decision('ws-b:2', 1, 1, 'Sam', 'partner-action-required') }, ctx('Sam'));
    return { state: second.state!, id: second.conflict!.id };
  }

  it('keeping what was applied records who settled it; applying the kept change makes it the claim\'s state; the chain verifies', () => {
    const { state, id } = conflicted();
    const kept = resolveConflict(state, id, { keep: 'applied', note: 'fine' }, 'Priya', AT, hash);
    expect(kept.snapshot.history.at(-1)).toMatchObject({ kind: 'conflict-resolved', actor: 'Priya', detail: { kept: 'applied', note: 'fine', author: 'Sam' } });
    expect(kept.snapshot.claim.status).toBe('under-review');
    const ours = resolveConflict(state, id, { keep: 'ours' }, 'Priya', AT, hash);
    expect(ours.snapshot.claim.status).toBe('partner-action-required');
    expect(ours.snapshot.decisions.map((d) => d.actor)).toEqual(['Alex', 'Sam']);
    expect(ours.snapshot.history.map((h) => h.kind)).toEqual(['imported', 'decision', 'conflict-resolved', 'decision']);
    for (const s of [kept, ours]) expect(findChainBreak('C-1', s.snapshot.history, hash)).toBeNull();
    expect(() => resolveConflict(kept, id, { keep: 'ours' }, 'Priya', AT, hash)).toThrow(ConflictResolutionError);
  });

  it('a history altered on the hub no longer verifies', () => {
    const { state } = conflicted();
    const altered = state.snapshot.history.map((h, i) => (i === 1 ? { ...h, actor: 'Mallory' } : h));
    expect(findChainBreak('C-1', altered, hash)).toMatchObject({ seq: 2, problem: expect.stringMatching(/altered/) });
  });
});

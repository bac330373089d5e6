// Property tests of the claim lifecycle. Random sequences of decisions, comments, assignments,
// passing time and ticks run against a real store; after every step the invariants the product
// relies on must hold: legal status changes only, an intact history chain, refusals that change
// nothing, the 2023 one-dispute rule, and a version that counts the changes that conflict.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignClaim } from '../../main/services/assignment';
import { getClaim } from '../../main/services/claims';
import { addComment } from '../../main/services/comments';
import { decide } from '../../main/services/decisions';
import { importBundle } from '../../main/services/import/import-bundle';
import { tick } from '../../main/services/tick';
import { findFirstChainBreak } from '../../main/store/history-table';
import { DomainError } from '../../shared/api/result';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import {
  ACTIONS,
  type Action,
  DEFICIENCIES,
  type Deficiency,
  POLICY_IDS,
  type PolicyId,
  REJECTION_REASONS,
  type RejectionReason,
  SIDES,
  type Side,
  STATUS_LABELS,
  STATUSES,
  type Status,
} from '../../shared/domain/codes';
import type { Decision } from '../../shared/api/schemas';
import { checkDecision, type ClaimFacts } from '../../shared/domain/decision-rules';
import { GENESIS_HASH } from '../../shared/domain/history-chain';
import { availableActions, TERMINAL_STATUSES, TRANSITIONS, transition } from '../../shared/domain/lifecycle';
import { TIME_RULES } from '../../shared/domain/time-rules';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { FIXED_NOW, type TempStore, tempStore } from '../fixtures/store';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse(FIXED_NOW);
const iso = (ms: number): string => new Date(ms).toISOString();

// ---------------------------------------------------------------------------------------------
// Generators

const status = fc.constantFrom(...STATUSES);
const action = fc.constantFrom(...ACTIONS);
const policy = fc.constantFrom(...POLICY_IDS);
const actor = fc.constantFrom('Alex Martin', 'Priya Shah', 'Partner Admin', 'Customer Contact');
/** Mostly meaningful text, sometimes blank (a refusal for most actions), sometimes anything. */
const text = fc.oneof(
  { arbitrary: fc.constantFrom('Please add a signed SOW.', 'Updated PoE attached.', 'Checked by phone.'), weight: 3 },
  { arbitrary: fc.constantFrom('', '   ', '\n\t'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }), weight: 1 },
);
/** Usually one to three codes, sometimes none (a refusal for request-info). */
const deficiencies = fc.oneof(
  { arbitrary: fc.uniqueArray(fc.constantFrom(...DEFICIENCIES), { minLength: 1, maxLength: 3 }), weight: 3 },
  { arbitrary: fc.constant<Deficiency[]>([]), weight: 1 },
);
/** Present three times out of four. */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 4 });

interface ClaimSetup {
  readonly status: Status;
  readonly policy: PolicyId;
}

type Op =
  | {
      readonly kind: 'decide';
      readonly claim: number;
      /** 'available': pick among the actions the claim offers now (so runs get somewhere); 'any': any action. */
      readonly pick: 'available' | 'any';
      readonly choice: number;
      readonly actor: string;
      readonly version: 'none' | 'current' | 'stale';
      readonly reason: RejectionReason | undefined;
      readonly deficiencies: Deficiency[] | undefined;
      readonly message: string | undefined;
      readonly override: string | undefined;
    }
  | { readonly kind: 'comment'; readonly claim: number; readonly author: string; readonly side: Side; readonly internal: boolean; readonly text: string }
  | { readonly kind: 'assign'; readonly claim: number; readonly to: string | null; readonly by: string }
  | { readonly kind: 'advance'; readonly ms: number }
  | { readonly kind: 'tick' };

const claimSetup: fc.Arbitrary<ClaimSetup> = fc.record({
  // Any status a bundle may carry, so disputes, consent windows and terminal claims are reached
  // without needing twenty steps to get there.
  status: fc.constantFrom<Status>('submitted', 'submitted', 'under-review', 'partner-action-required', 'approved', 'rejected', 'disputed', 'draft', 'rejected-final', 'sent-for-assessment'),
  policy,
});

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('decide' as const),
      claim: fc.nat(),
      pick: fc.constantFrom('available', 'available', 'available', 'any'),
      choice: fc.nat(),
      actor,
      version: fc.constantFrom('none', 'none', 'current', 'stale'),
      reason: sometimes(fc.constantFrom(...REJECTION_REASONS)),
      deficiencies: sometimes(deficiencies),
      message: sometimes(text),
      override: fc.option(text, { nil: undefined }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('comment' as const), claim: fc.nat(), author: actor, side: fc.constantFrom(...SIDES), internal: fc.boolean(), text }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('assign' as const), claim: fc.nat(), to: fc.option(actor, { nil: null }), by: actor }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.oneof(fc.integer({ min: 1, max: 72 }).map((h) => h * HOUR), fc.integer({ min: 1, max: 40 }).map((d) => d * DAY)),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'tick' as const }) },
);

// ---------------------------------------------------------------------------------------------
// Running a sequence against a store

interface RawClaim {
  readonly id: string;
  readonly status: Status;
  readonly policy: PolicyId;
  readonly version: number;
  readonly assignee: string | null;
}

class Run {
  clock = START;
  readonly ids: string[];

  constructor(
    readonly t: TempStore,
    setup: readonly ClaimSetup[],
  ) {
    this.ids = setup.map((_, i) => `P-${i + 1}`);
  }

  get db() {
    return this.t.store.db;
  }

  ctx() {
    return this.t.ctx({ now: iso(this.clock) });
  }

  claims(): Map<string, RawClaim> {
    const rows = this.db.prepare('SELECT id, status, policy, version, assignee FROM claims ORDER BY id').all() as RawClaim[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  claim(id: string): RawClaim {
    const row = this.claims().get(id);
    if (!row) throw new Error(`claim ${id} vanished`);
    return row;
  }

  /** Everything a refused operation must leave alone: claim details, raw rows, row counts. */
  snapshot(): string {
    const count = (table: string) => this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    return JSON.stringify({
      details: this.ids.map((id) => getClaim(this.ctx(), { id })),
      rows: this.db.prepare('SELECT * FROM claims ORDER BY id').all(),
      counts: ['history', 'decisions', 'comments', 'outbox', 'checklist'].map(count),
    });
  }

  /** Applies one operation; returns the claims a tick moved, or throws its refusal. */
  apply(o: Op): { claimId: string; from: string; to: string }[] {
    switch (o.kind) {
      case 'decide': {
        const id = this.idOf(o.claim);
        const row = this.claim(id);
        decide(this.ctx(), {
          claimId: id,
          action: this.actionOf(o, row),
          actor: o.actor,
          expectedVersion: o.version === 'none' ? undefined : o.version === 'current' ? row.version : row.version - 1,
          reason: o.reason,
          deficiencies: o.deficiencies,
          message: o.message,
          override: o.override,
        });
        return [];
      }
      case 'comment':
        addComment(this.ctx(), { claimId: this.idOf(o.claim), author: o.author, side: o.side, internal: o.internal, text: o.text });
        return [];
      case 'assign':
        assignClaim(this.ctx(), { claimId: this.idOf(o.claim), to: o.to, by: o.by });
        return [];
      case 'advance':
        this.clock += o.ms;
        return [];
      case 'tick':
        return tick(this.ctx()).applied;
    }
  }

  idOf(claim: number): string {
    const id = this.ids[claim % this.ids.length];
    if (!id) throw new Error('no claims');
    return id;
  }

  actionOf(o: Extract<Op, { kind: 'decide' }>, row: RawClaim): Action {
    const offered = availableActions(row.status, row.policy);
    const from = o.pick === 'available' && offered.length > 0 ? offered : ACTIONS;
    return from[o.choice % from.length] ?? 'start-review';
  }
}

/** Where a status may go: the transitions of lifecycle.ts and the time rules, nothing else. */
/**
 * A decision first applies a time transition already due (a closed window is closed), then acts
 * on the claim as time left it: the status it acted on is `from`'s, or a time rule's target.
 */
function decidedVia(from: RawClaim, to: Status, action: Action): 'direct' | 'after-time-rule' | null {
  const direct = transition(from.status, action, from.policy);
  if (direct.ok && direct.to === to) return 'direct';
  const viaTime = TIME_RULES.filter((r) => r.status === from.status).some((r) => {
    const t = transition(r.to, action, from.policy);
    return t.ok && t.to === to;
  });
  return viaTime ? 'after-time-rule' : null;
}

function legalMove(o: Op, from: RawClaim, to: Status, action: Action | undefined): boolean {
  if (o.kind === 'decide' && action) return decidedVia(from, to, action) !== null;
  if (o.kind === 'tick') return TIME_RULES.some((r) => r.status === from.status && r.to === to);
  return false;
}

function checkStoreInvariants(run: Run): void {
  // (b) the store is sound and every chain verifies.
  expect(findFirstChainBreak(run.db)).toBeNull();
  expect(run.db.pragma('integrity_check', { simple: true })).toBe('ok');
  for (const id of run.ids) {
    const claim = getClaim(run.ctx(), { id });
    // (a) a known status.
    expect(STATUSES).toContain(claim.status);
    // (d) seq 1..n, each entry linked to the one before it.
    claim.history.forEach((h, i) => {
      expect(h.seq).toBe(i + 1);
      expect(h.prevHash).toBe(i === 0 ? GENESIS_HASH : claim.history[i - 1]?.hash);
    });
    // (e) the 2023 pages allow one dispute per claim.
    if (claim.policy === '2023') {
      const disputes = run.db.prepare("SELECT count(*) FROM decisions WHERE claim_id = ? AND action = 'dispute'").pluck().get(id);
      expect(disputes).toBeLessThanOrEqual(1);
    }
  }
}

async function runSequence(setup: readonly ClaimSetup[], ops: readonly Op[]): Promise<void> {
  const t = tempStore();
  const bundleDir = mkdtempSync(join(tmpdir(), 'cpor-prop-bundle-'));
  try {
    const run = new Run(t, setup);
    const rows = setup.map((c, i) =>
      claimRow({
        id: run.ids[i],
        status: c.status,
        policy: c.policy,
        statusSince: iso(START - HOUR),
        customer: { tenantId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, name: 'Contoso Ltd' },
        documents: [],
      }),
    );
    await importBundle(run.ctx(), await writeBundle(rows, {}, bundleDir));
    checkStoreInvariants(run);

    for (const o of ops) {
      const before = run.claims();
      const snapshot = run.snapshot();
      const target = 'claim' in o ? run.idOf(o.claim) : undefined;
      const action = o.kind === 'decide' && target ? run.actionOf(o, run.claim(target)) : undefined;
      let moved: { claimId: string; from: string; to: string }[] = [];
      let refused = false;
      try {
        moved = run.apply(o);
      } catch (err) {
        // Only domain refusals are expected; anything else is a crash of the service.
        if (!(err instanceof DomainError)) throw err;
        refused = true;
      }

      if (refused) {
        // (c) a refusal changes nothing at all.
        expect(run.snapshot()).toBe(snapshot);
      } else {
        for (const [id, after] of run.claims()) {
          const prev = before.get(id);
          if (!prev) throw new Error(`claim ${id} appeared from nowhere`);
          const isTarget = id === target;
          const tickMoved = moved.some((m) => m.claimId === id);
          // (a) status changes only along the state machine or the time rules; closed claims stay closed.
          if (after.status !== prev.status) {
            expect(TERMINAL_STATUSES, `${id} left a terminal status`).not.toContain(prev.status);
            expect(legalMove(o, prev, after.status, isTarget ? action : undefined), `${id}: ${prev.status} -> ${after.status} by ${o.kind} ${action ?? ''}`).toBe(true);
          }
          // (f) the version counts decisions, real (re)assignments and time transitions; never comments.
          let bump = 0;
          // A decision that first met a time transition counts both.
          if (isTarget && o.kind === 'decide') bump = action && decidedVia(prev, after.status, action) === 'after-time-rule' ? 2 : 1;
          if (isTarget && o.kind === 'assign' && prev.assignee !== o.to) bump = 1; // same assignee: a no-op
          if (o.kind === 'tick' && tickMoved) bump = 1;
          expect(after.version, `${id} version after ${o.kind}`).toBe(prev.version + bump);
          if (o.kind === 'tick') expect(tickMoved).toBe(after.status !== prev.status);
        }
      }
      checkStoreInvariants(run);
    }
  } finally {
    t.dispose();
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

describe('lifecycle on a real store (random sequences)', () => {
  it('keeps status legal, the chain intact, refusals harmless, one 2023 dispute and an honest version', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(claimSetup, { minLength: 1, maxLength: 3 }), fc.array(op, { maxLength: 25, size: 'max' }), runSequence),
      { numRuns: 150 },
    );
    // 150 real stores: about 15 s alone, several times that on a 2-core machine under load.
  }, 240_000);
});

describe('the state machine (pure)', () => {
  it('offers exactly the actions transition() allows', () => {
    fc.assert(
      fc.property(status, policy, (s, p) => {
        const offered = availableActions(s, p);
        expect([...offered].sort()).toEqual(ACTIONS.filter((a) => transition(s, a, p).ok).sort());
        if (TERMINAL_STATUSES.includes(s)) expect(offered).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a refusal names the action and the status label; an acceptance goes where TRANSITIONS says', () => {
    fc.assert(
      fc.property(status, action, policy, (s, a, p) => {
        const t = transition(s, a, p);
        if (t.ok) {
          const rule = TRANSITIONS[a];
          expect(rule.from).toContain(s);
          expect(t.to).toBe(typeof rule.to === 'function' ? rule.to(p) : rule.to);
          expect(t.side).toBe(rule.side);
        } else {
          expect(t.reason).toContain(a);
          expect(t.reason).toContain(STATUS_LABELS[s]);
        }
      }),
      { numRuns: 500 },
    );
  });

  const facts: fc.Arbitrary<ClaimFacts> = fc.record({
    id: fc.constantFrom('C-1', 'C-2'),
    status,
    policy,
    statusSince: fc.integer({ min: START - 60 * DAY, max: START }).map(iso),
    openDeficiencies: fc.uniqueArray(fc.constantFrom(...DEFICIENCIES), { maxLength: 5 }),
    disputes: fc.nat({ max: 3 }),
    rejectionReason: fc.option(fc.constantFrom(...REJECTION_REASONS), { nil: null }),
  });
  const input: fc.Arbitrary<Decision> = fc.record({
    action,
    reason: sometimes(fc.constantFrom(...REJECTION_REASONS)),
    deficiencies: sometimes(deficiencies),
    message: sometimes(text),
    override: fc.option(text, { nil: undefined }),
  });

  it('checkDecision never accepts what transition() refuses, and agrees on the target', () => {
    fc.assert(
      fc.property(facts, input, fc.integer({ min: 0, max: 60 * DAY }), (claim, req, later) => {
        const now = iso(Date.parse(claim.statusSince) + later);
        const check = checkDecision(claim, req, now, DEFAULT_CALENDAR);
        const t = transition(claim.status, req.action, claim.policy);
        if (!t.ok) {
          expect(check).toEqual({
            ok: false,
            reason: `claim ${claim.id}: ${t.reason}`,
            refusal: { key: t.refusal.key, params: { claim: claim.id, ...t.refusal.params } },
          });
          return;
        }
        if (!check.ok) {
          expect(check.reason).toContain(req.action);
          expect(check.refusal.params).toMatchObject({ claim: claim.id, action: req.action });
          return;
        }
        expect(check).toMatchObject({ to: t.to, side: t.side });
        if (req.action === 'request-info') expect(check.opens).toEqual(req.deficiencies);
        else expect(check.opens).toEqual([]);
        if (req.action === 'dispute' && claim.policy === '2023') expect(claim.disputes).toBe(0);
        if (req.action === 'approve' && claim.openDeficiencies.length > 0) expect(req.override?.trim()).toBeTruthy();
      }),
      { numRuns: 500 },
    );
  });
});

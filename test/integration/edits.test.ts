// Partner-side edits on a real store: allowed only where the claim's policy says, one transaction
// (claim, products, version, history, outbox), no-ops record nothing, refusals change nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClaim, listQueue } from '../../main/services/claims';
import { decide } from '../../main/services/decisions';
import { dispatch } from '../../main/services/dispatch';
import { editClaim } from '../../main/services/edits';
import { createHandlers } from '../../main/services/handlers';
import { findFirstChainBreak } from '../../main/store/history-table';
import { ClaimDetailSchema, EditResultSchema, type EditInput, QueueQuerySchema } from '../../shared/api/schemas';
import { claimRow } from '../fixtures/bundle';
import { storeWithClaims, type StoreWithClaims } from '../fixtures/claims-store';
import { cpor } from '../fixtures/cli';

const TENANT = '00000000-0000-4000-8000-0000000000aa';
const NORTHWIND = { mpnId: '1111111', name: 'Northwind Cloud Partners', contact: { name: 'Ana Lopez', email: 'ana@northwind.example' } };
const FABRIKAM = { mpnId: '2222222', name: 'Fabrikam Consulting' };

let t: StoreWithClaims;
let clock = Date.parse('2026-11-24T18:00:00Z');

function ctx() {
  clock += 60_000;
  return t.ctx({ now: new Date(clock).toISOString() });
}

function edit(input: Omit<EditInput, 'actor'> & { actor?: string }) {
  return editClaim(ctx(), { actor: 'Pat Partner', ...input });
}

/** Everything an edit could touch, as the reviewer and the hub would see it. */
function snapshot(id: string) {
  const c = t.ctx({ now: new Date(clock).toISOString() });
  const db = t.store.db;
  return JSON.stringify({
    claim: getClaim(c, { id }),
    queue: listQueue(c, QueueQuerySchema.parse({ limit: 1000 })),
    outbox: db.prepare('SELECT * FROM outbox ORDER BY id').all(),
    history: db.prepare('SELECT count(*) FROM history').pluck().get(),
  });
}

function expectRefused(input: Omit<EditInput, 'actor'>, message: RegExp | string) {
  const before = snapshot(input.claimId);
  expect(() => edit(input)).toThrow(message);
  expect(snapshot(input.claimId)).toBe(before);
}

beforeEach(async () => {
  clock = Date.parse('2026-11-24T18:00:00Z');
  t = await storeWithClaims([
    claimRow({ id: 'C20', partner: NORTHWIND, customer: { tenantId: TENANT, name: 'Contoso Ltd' }, products: ['Microsoft Teams'] }),
    claimRow({ id: 'C23', policy: '2023', partner: NORTHWIND }),
    claimRow({ id: 'RIVAL', partner: FABRIKAM, customer: { tenantId: TENANT, name: 'Contoso Ltd' }, products: ['Microsoft Teams'] }),
  ]);
});
afterEach(() => t.dispose());

describe('claim edits', () => {
  it('a 2020 claim in Submitted is edited in one transaction: row, products, version, history, outbox', () => {
    const result = edit({
      claimId: 'C20',
      expectedVersion: 0,
      changes: { mpnId: '1111112', products: ['Microsoft Teams', 'Intune'], customerContact: { email: 'it@contoso.example' } },
    });
    expect(result.changes.map((c) => c.field)).toEqual(['mpnId', 'products', 'customerContact']);
    const claim = result.claim;
    expect(claim).toMatchObject({ version: 1, status: 'submitted', editable: true, products: ['Microsoft Teams', 'Intune'] });
    expect(claim.partner).toMatchObject({ mpnId: '1111112', name: NORTHWIND.name, contact: NORTHWIND.contact });
    expect(claim.customer.contact).toEqual({ email: 'it@contoso.example' });
    expect(claim.history.at(-1)).toMatchObject({
      actor: 'Pat Partner',
      side: 'partner',
      kind: 'edited',
      detail: {
        changes: {
          mpnId: { from: '1111111', to: '1111112' },
          products: { from: ['Microsoft Teams'], to: ['Microsoft Teams', 'Intune'] },
          customerContact: { from: null, to: { email: 'it@contoso.example' } },
        },
      },
    });
    const outbox = t.store.db.prepare("SELECT kind, base_version, payload FROM outbox WHERE claim_id = 'C20' AND kind = 'edit'").all() as { kind: string; base_version: number; payload: string }[];
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'edit', base_version: 0 });
    expect(JSON.parse(outbox[0]!.payload)).toMatchObject({ actor: 'Pat Partner', changes: result.changes });
    expect(findFirstChainBreak(t.store.db)).toBeNull();
    // The search index follows the new MPN ID.
    expect(listQueue(ctx(), QueueQuerySchema.parse({ search: '1111112' })).rows.map((r) => r.id)).toEqual(['C20']);
  });

  it('an edit that changes nothing records nothing and reports no changes', () => {
    const before = snapshot('C20');
    const result = edit({ claimId: 'C20', changes: { mpnId: NORTHWIND.mpnId, products: ['Microsoft Teams'], partnerContact: { name: 'Ana Lopez' } } });
    expect(result.changes).toEqual([]);
    expect(result.claim.version).toBe(0);
    expect(snapshot('C20')).toBe(before);
  });

  it('under the 2023 policy only Partner action required is editable; refusals change nothing', () => {
    expectRefused(
      { claimId: 'C23', changes: { mpnId: '7654321' } },
      'cannot edit claim C23 in status submitted under policy 2023 (editable only in partner-action-required)',
    );
    expect(getClaim(ctx(), { id: 'C23' }).editable).toBe(false);
    decide(ctx(), { claimId: 'C23', action: 'start-review', actor: 'Alex Martin' });
    expectRefused({ claimId: 'C23', changes: { mpnId: '7654321' } }, /in status under-review under policy 2023/);
    decide(ctx(), { claimId: 'C23', action: 'request-info', actor: 'Alex Martin', deficiencies: ['missing-products'], message: 'Which products?' });
    expect(edit({ claimId: 'C23', changes: { products: ['Microsoft Teams', 'Exchange Online'] } }).claim).toMatchObject({
      status: 'partner-action-required',
      products: ['Microsoft Teams', 'Exchange Online'],
    });
    decide(ctx(), { claimId: 'C23', action: 'resubmit', actor: 'Pat Partner' });
    expectRefused({ claimId: 'C23', changes: { mpnId: '7654321' } }, /editable only in partner-action-required/);
  });

  it('a 2020 claim under review is not editable; a stale version is a conflict', () => {
    decide(ctx(), { claimId: 'C20', action: 'start-review', actor: 'Alex Martin' });
    expectRefused({ claimId: 'C20', changes: { mpnId: '7654321' } }, 'cannot edit claim C20 in status under-review under policy 2020 (editable only in submitted or partner-action-required)');
    decide(ctx(), { claimId: 'C20', action: 'request-info', actor: 'Alex Martin', deficiencies: ['missing-poe'], message: 'No PoE.' });
    expectRefused({ claimId: 'C20', expectedVersion: 1, changes: { mpnId: '7654321' } }, /changed since it was opened \(version 1, now 2\); reload it and edit again/);
    expect(() => edit({ claimId: 'NOPE', changes: { mpnId: '7654321' } })).toThrow(/no claim with id "NOPE"/);
  });

  it('an edit after the partner answer window closed is refused, and the due rejection is not half-applied', () => {
    decide(ctx(), { claimId: 'C20', action: 'start-review', actor: 'Alex Martin' });
    decide(ctx(), { claimId: 'C20', action: 'request-info', actor: 'Alex Martin', deficiencies: ['missing-poe'], message: 'No PoE.' });
    clock += 20 * 86_400_000;
    expectRefused({ claimId: 'C20', changes: { mpnId: '7654321' } }, /in status rejected under policy 2020/);
    expect(t.store.db.prepare("SELECT status FROM claims WHERE id = 'C20'").pluck().get()).toBe('partner-action-required');
  });

  it('an edit moves competition: the same MPN ID as the rival makes the two claims one partner\'s', () => {
    expect(getClaim(ctx(), { id: 'C20' }).competing).toBe(1);
    const after = edit({ claimId: 'C20', changes: { mpnId: FABRIKAM.mpnId, partnerName: FABRIKAM.name } }).claim;
    expect(after.competing).toBe(0);
    expect(after.competingClaims).toEqual([]);
    expect(listQueue(ctx(), QueueQuerySchema.parse({})).rows.find((r) => r.id === 'RIVAL')?.competing).toBe(0);
  });

  it('the API refuses fields the rules do not let a partner edit', async () => {
    const handlers = createHandlers(ctx());
    const refused = await dispatch(handlers, 'claim.edit', { claimId: 'C20', actor: 'P', changes: { activity: 'Revenue association' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const status = await dispatch(handlers, 'claim.edit', { claimId: 'C23', actor: 'P', changes: { mpnId: '7654321' } });
    expect(status).toMatchObject({ ok: false, error: { code: 'illegal-transition' } });
    const done = await dispatch(handlers, 'claim.edit', { claimId: 'C20', actor: 'P', changes: { partnerContact: { phone: '+1 555 0100' } } });
    expect(done.ok && EditResultSchema.parse(done.value).changes.map((c) => c.field)).toEqual(['partnerContact']);
  });
});

describe('cpor edit', () => {
  it('edits, refuses with one line naming status, policy and the editable statuses, and uses exit 2 for usage', () => {
    const data = t.cliData();
    const help = cpor('edit', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/usage: cpor \[--data DIR\] edit CLAIM_ID --as NAME/);

    const queueBefore = cpor('--data', data, 'queue', '--json').out;
    const showBefore = cpor('--data', data, 'show', 'C23', '--json').out;
    const refused = cpor('--data', data, 'edit', 'C23', '--as', 'Pat Partner', '--mpn', '7654321');
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('cpor: cannot edit claim C23 in status submitted under policy 2023 (editable only in partner-action-required)\n');
    expect(cpor('--data', data, 'queue', '--json').out).toBe(queueBefore);
    expect(cpor('--data', data, 'show', 'C23', '--json').out).toBe(showBefore);

    for (const args of [
      ['edit', 'C20', '--mpn', '7654321'],
      ['edit', 'C20', '--as', 'P'],
      ['edit', 'C20', '--as', 'P', '--mpn', '12x'],
      ['edit', 'C20', '--as', 'P', '--activity', 'Revenue association'],
      ['edit', 'C20', '--as', 'P', '--product', 'Intune', '--product', 'intune'],
      ['edit', '--as', 'P', '--mpn', '7654321'],
    ]) {
      const r = cpor('--data', data, ...args);
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect(cpor('--data', data, 'queue', '--json').out).toBe(queueBefore);

    const done = cpor('--data', data, 'edit', 'C20', '--as', 'Pat Partner', '--product', 'Microsoft Teams', '--product', 'Intune', '--partner-contact-email', '', '--json');
    expect(done.code, done.err).toBe(0);
    const result = EditResultSchema.parse(JSON.parse(done.out));
    expect(result.changes).toEqual([
      { field: 'products', from: ['Microsoft Teams'], to: ['Microsoft Teams', 'Intune'] },
      { field: 'partnerContact', from: NORTHWIND.contact, to: { name: 'Ana Lopez' } },
    ]);
    const shown = ClaimDetailSchema.parse(JSON.parse(cpor('--data', data, 'show', 'C20', '--json').out));
    expect(shown.history.at(-1)).toMatchObject({ kind: 'edited', side: 'partner', actor: 'Pat Partner' });

    const again = cpor('--data', data, 'edit', 'C20', '--as', 'Pat Partner', '--product', 'Intune', '--product', 'Microsoft Teams');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^C20 unchanged: the edit matches the claim as it stands; nothing recorded/);
    expect(cpor('--data', data, 'verify').code).toBe(0);
  });
});

// The browser host transport over the real service layer: every call a JSON envelope, PoE bytes raw.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../main/host/server';
import { createHandlers } from '../../main/services/handlers';
import { importBundle } from '../../main/services/import/import-bundle';
import type { Method, MethodInput } from '../../shared/api/contract';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { startTestHost } from '../fixtures/host';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;
let host: RunningHost;

async function api<M extends Method>(method: M, input: MethodInput<M>) {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const type = res.headers.get('content-type') ?? '';
  // Loosely typed on purpose: the test reads what actually crossed the wire.
  type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const body = type.startsWith('application/json') ? ((await res.json()) as { ok: boolean; value: Loose; error: Loose }) : null;
  const bytes = type.startsWith('application/octet-stream') ? new Uint8Array(await res.arrayBuffer()) : null;
  return { status: res.status, body, bytes };
}

beforeEach(async () => {
  t = tempStore();
  await importBundle(t.ctx(), await writeBundle([claimRow({ id: 'H-1', submittedAt: '2026-11-02T16:00:00Z' }), claimRow({ id: 'H-2' })]));
  host = await startTestHost(createHandlers(t.ctx({ user: 'Priya Shah' })));
});
afterEach(async () => {
  await host.close();
  t.dispose();
});

describe('browser host API', () => {
  it('takes the next claim, comments, decides with a request for information, verifies', async () => {
    const next = await api('queue.next', {});
    expect(next.status).toBe(200);
    expect(next.body?.value).toMatchObject({ id: 'H-1', assignee: 'Priya Shah' });

    const commented = await api('claim.comment', { claimId: 'H-1', text: 'Tenant id matches the PoE.', internal: true });
    expect(commented.body?.value.comments).toEqual([expect.objectContaining({ author: 'Priya Shah', internal: true })]);

    const started = await api('claim.decide', { claimId: 'H-1', action: 'start-review', expectedVersion: next.body?.value.version });
    expect(started.body?.value.status).toBe('under-review');
    const refused = await api('claim.decide', { claimId: 'H-1', action: 'request-info', deficiencies: ['missing-products'] });
    expect(refused.status).toBe(409);
    expect(refused.body?.error).toEqual({
      code: 'illegal-transition',
      message: 'claim H-1: cannot request-info: a message to the partner is required (--message)',
      refusal: { key: 'message-required', params: { claim: 'H-1', action: 'request-info' } },
    });
    const asked = await api('claim.decide', {
      claimId: 'H-1',
      action: 'request-info',
      deficiencies: ['missing-products'],
      message: 'The PoE does not name Microsoft Teams.',
    });
    expect(asked.body?.value).toMatchObject({ status: 'partner-action-required' });

    // The reviewer ticks as they read: saved at once, in the history, without bumping the version.
    const version = asked.body?.value.version;
    const ticked = await api('claim.checklist', { claimId: 'H-1', code: 'missing-products', open: false });
    expect(ticked.body?.value.checklist.find((c: { code: string }) => c.code === 'missing-products')).toEqual({ code: 'missing-products', open: false });
    expect(ticked.body?.value.version).toBe(version);
    expect(ticked.body?.value.history.at(-1)).toMatchObject({ kind: 'checklist', actor: 'Priya Shah', detail: { code: 'missing-products', open: false } });

    const stale = await api('claim.decide', { claimId: 'H-1', action: 'approve', expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body?.error.code).toBe('conflict');

    const verify = await api('store.verify', {});
    expect(verify.body?.value).toMatchObject({ ok: true, claims: 2 });
  });

  it('refuses a partner-side action and unknown fields at the boundary', async () => {
    const partner = await api('claim.decide', { claimId: 'H-2', action: 'resubmit' } as never);
    expect(partner.status).toBe(400);
    expect(partner.body?.error.code).toBe('invalid-input');
    const extra = await api('claim.assign', { claimId: 'H-2', to: 'X', by: 'someone else' } as never);
    expect(extra.status).toBe(400);
  });

  it('serves PoE bytes raw, and a clear error for an unknown document', async () => {
    const claim = await api('claim.get', { id: 'H-2' });
    const doc = claim.body?.value.documents[0];
    const content = await api('document.content', { id: doc.id });
    expect(content.status).toBe(200);
    expect(content.bytes?.length).toBe(doc.size);
    expect(Buffer.from(content.bytes!.subarray(0, 5)).toString()).toBe('%PDF-');
    const missing = await api('document.content', { id: 'd_0000000000000000' });
    expect(missing.status).toBe(404);
    expect(missing.body?.error.code).toBe('not-found');
  });

  it('previews the decision report and hands its files over as raw bytes', async () => {
    await api('claim.decide', { claimId: 'H-1', action: 'start-review' });
    const preview = await api('report.preview', { from: '2026-11-24' });
    expect(preview.status).toBe(200);
    expect(preview.body?.value).toMatchObject({ total: 1, summary: { decisions: 1, byReviewer: [{ reviewer: 'Priya Shah', decisions: 1 }] } });
    expect(preview.body?.value.rows[0]).toMatchObject({ claimId: 'H-1', action: 'start-review', clock: 'review-start' });

    const csv = await api('report.file', { format: 'csv' });
    expect(csv.status).toBe(200);
    const text = Buffer.from(csv.bytes!).toString('utf8');
    expect(text.startsWith('\uFEFFDecision,Claim,')).toBe(true);
    expect(text).toContain(',H-1,');
    const pdf = await api('report.file', { format: 'pdf', reviewer: 'Priya Shah' });
    expect(Buffer.from(pdf.bytes!.subarray(0, 5)).toString()).toBe('%PDF-');
    const xlsx = await api('report.file', { format: 'xlsx' });
    expect(Buffer.from(xlsx.bytes!.subarray(0, 2)).toString()).toBe('PK');

    const bad = await api('report.file', { format: 'csv', from: '24/11/2026' });
    expect(bad.status).toBe(400);
    expect(bad.body?.error.code).toBe('invalid-input');
    const unknown = await api('report.preview', { format: 'csv' } as never);
    expect(unknown.status).toBe(400);
  });
});

describe('an oversized JSON body', () => {
  // Issue 16, item 12: over 1 MiB, the sender gets 413 and a reason, not a reset connection.
  it('is answered 413 with the limit, and the host goes on serving', async () => {
    const res = await fetch(`${host.origin}/api/claim.comment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ claimId: 'H-1', text: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'invalid-input', message: 'request body too large: claim.comment takes at most 1048576 bytes' } });
    expect((await api('queue.list', {})).status).toBe(200);
    expect((await api('claim.get', { id: 'H-1' })).body?.value.comments).toEqual([]);
  });
});

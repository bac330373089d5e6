// Refusals through the real dispatcher, on the browser host's HTTP and as Electron's IPC returns
// dispatch()'s envelope: each carries its key and values beside the service's English, which stays
// word for word what the command line prints.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../main/host/server';
import { dispatch } from '../../main/services/dispatch';
import { importBundle } from '../../main/services/import/import-bundle';
import type { Method } from '../../shared/api/contract';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { startTestHost } from '../fixtures/host';
import { type Workstation, workstation } from '../fixtures/workstation';

let w: Workstation;
let host: RunningHost;

beforeEach(async () => {
  w = workstation();
  await importBundle(
    w.ctx,
    await writeBundle([
      claimRow({ id: 'R-1', status: 'under-review', products: ['Microsoft Teams', 'Intune'] }),
      claimRow({ id: 'R-2', status: 'rejected-final' }),
    ]),
  );
  host = await startTestHost(w.handlers);
});
afterEach(async () => {
  await host.close();
  w.dispose();
});

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The error of a refused call over HTTP, with its status. */
async function refusedOverHttp(method: Method, input: object) {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; error: Loose };
  expect(body.ok).toBe(false);
  return { status: res.status, error: body.error };
}

/** The error of a refused call as dispatch() hands it to Electron's IPC. */
async function refusedOverIpc(method: Method, input: object) {
  const result = await w.call(method, input);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

describe('a refused call carries its key, its values and the unchanged English', () => {
  it('approve with an open deficiency: the override it needs, the deficiencies as codes', async () => {
    await w.call('claim.checklist', { claimId: 'R-1', code: 'missing-poe', open: true });
    const expected = {
      code: 'illegal-transition',
      message: 'claim R-1: cannot approve: 1 deficiency(ies) still open (missing-poe); an override reason is required (--override)',
      refusal: { key: 'override-required', params: { claim: 'R-1', action: 'approve', count: 1, deficiencies: 'missing-poe' } },
    };
    const http = await refusedOverHttp('claim.decide', { claimId: 'R-1', action: 'approve' });
    expect(http.status).toBe(409);
    expect(http.error).toEqual(expected);
    expect(await refusedOverIpc('claim.decide', { claimId: 'R-1', action: 'approve' })).toEqual(expected);
  });

  it('an action the status does not allow, a closed checklist, a claim that does not exist', async () => {
    expect((await refusedOverHttp('claim.decide', { claimId: 'R-2', action: 'approve' })).error).toEqual({
      code: 'illegal-transition',
      message: 'claim R-2: cannot approve a claim that is Rejected final (rejected-final)',
      refusal: { key: 'action-not-allowed', params: { claim: 'R-2', action: 'approve', status: 'rejected-final' } },
    });
    expect((await refusedOverHttp('claim.checklist', { claimId: 'R-2', code: 'missing-poe', open: true })).error).toEqual({
      code: 'illegal-transition',
      message: 'claim R-2 is Rejected final (rejected-final): its checklist is closed',
      refusal: { key: 'claim-closed-checklist', params: { claim: 'R-2', status: 'rejected-final' } },
    });
    expect((await refusedOverHttp('claim.get', { id: 'R-404' })).error).toEqual({
      code: 'not-found',
      message: 'no claim with id "R-404"',
      refusal: { key: 'claim-not-found', params: { claim: 'R-404' } },
    });
  });

  it('a stale version, a product the claim does not claim, a comment too long', async () => {
    expect((await refusedOverHttp('claim.decide', { claimId: 'R-1', action: 'approve', override: 'ok', expectedVersion: 99 })).error.refusal).toEqual({
      key: 'claim-changed',
      params: { claim: 'R-1', expected: 99, now: expect.any(Number) },
    });
    expect((await refusedOverHttp('claim.productSupport', { claimId: 'R-1', product: 'Azure', supported: true })).error).toEqual({
      code: 'invalid-input',
      message: 'claim R-1 does not claim "Azure" (it claims "Microsoft Teams", "Intune")',
      refusal: { key: 'product-not-claimed', params: { claim: 'R-1', product: 'Azure', products: 'Microsoft Teams\nIntune' } },
    });
    const long = await refusedOverHttp('claim.comment', { claimId: 'R-1', text: 'x'.repeat(10_001) });
    expect(long.error.message).toBe('claim.comment: text: Too big: expected string to have <=10000 characters');
    expect(long.error.refusal).toEqual({ key: 'comment-too-long', params: { max: 10_000 } });
    expect(long.error.issues).toEqual([{ path: ['text'], code: 'too-big', params: { max: 10_000 }, message: 'Too big: expected string to have <=10000 characters' }]);
  });

  it('a refused value names its field as data, from the boundary or the service, the same on both transports', async () => {
    const boundary = {
      code: 'invalid-input',
      message: 'settings.update: calendar.closing: closing time must be HH:MM from 00:00 to 23:59',
      issues: [{ path: ['calendar', 'closing'], code: 'invalid-format', params: {}, message: 'closing time must be HH:MM from 00:00 to 23:59' }],
    };
    const http = await refusedOverHttp('settings.update', { calendar: { closing: '25:00' } });
    expect(http.status).toBe(400);
    expect(http.error).toEqual(boundary);
    expect(await refusedOverIpc('settings.update', { calendar: { closing: '25:00' } })).toEqual(boundary);

    const service = {
      code: 'invalid-input',
      message: 'calendar.region: unknown holiday region "XX" (a date-holidays code, e.g. US, US-CA, FR, DE)',
      issues: [{ path: ['calendar', 'region'], code: 'unknown', params: { value: 'XX' }, message: 'unknown holiday region "XX" (a date-holidays code, e.g. US, US-CA, FR, DE)' }],
    };
    expect((await refusedOverHttp('settings.update', { calendar: { region: 'XX' } })).error).toEqual(service);
    expect(await refusedOverIpc('settings.update', { calendar: { region: 'XX' } })).toEqual(service);
  });

  it('a bulk assignment that names a closed claim: the claim, its status and how many were asked', async () => {
    expect((await refusedOverHttp('claim.assignMany', { claimIds: ['R-1', 'R-2'], to: 'Priya Shah' })).error).toEqual({
      code: 'illegal-transition',
      message: 'claim R-2 is rejected-final: it is closed and cannot be assigned; nothing was assigned (2 claims asked)',
      refusal: { key: 'claim-closed-assignment', params: { claim: 'R-2', status: 'rejected-final', asked: 2 } },
    });
  });

  it('what a role may not do, and what only the desktop app can', async () => {
    await w.call('settings.update', { role: 'reviewer' });
    expect((await refusedOverHttp('claim.assign', { claimId: 'R-1', to: 'Priya Shah' })).error).toEqual({
      code: 'forbidden',
      message: 'a reviewer may not assign a claim to someone else: the role team lead may',
      refusal: { key: 'assign-to-someone-else', params: { role: 'reviewer', allowed: 'team-lead' } },
    });
    expect((await refusedOverHttp('settings.update', { calendar: { closing: '16:00' } })).error.refusal).toEqual({
      key: 'team-setting-forbidden',
      params: { role: 'reviewer', part: 'calendar', allowed: 'team-lead' },
    });
    expect((await refusedOverHttp('team.dashboard', {})).error).toEqual({
      code: 'forbidden',
      message: 'a reviewer may not open the team view: the role team lead may',
      refusal: { key: 'role-forbidden', params: { role: 'reviewer', method: 'team.dashboard', allowed: 'team-lead' } },
    });
    expect(await refusedOverIpc('settings.chooseDataFolder', {})).toEqual({
      code: 'forbidden',
      message: 'Choosing the data folder needs the desktop app',
      refusal: { key: 'desktop-only', params: { task: 'choose-data-folder' } },
    });
  });

  it('a partner edit out of the policy’s statuses', async () => {
    expect((await refusedOverHttp('claim.edit', { claimId: 'R-1', actor: 'Ana Lopez', changes: { mpnId: '7654321' } })).error).toEqual({
      code: 'illegal-transition',
      message: 'cannot edit claim R-1 in status under-review under policy 2020 (editable only in submitted or partner-action-required)',
      refusal: { key: 'edit-not-allowed', params: { claim: 'R-1', status: 'under-review', policy: '2020', statuses: 'submitted,partner-action-required' } },
    });
  });

  it('says that a call failed unexpectedly, and nothing of how', async () => {
    const handlers = { ...w.handlers, 'store.verify': () => { throw new Error('disk on fire'); } };
    expect(await dispatch(handlers, 'store.verify', {}, () => undefined)).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'store.verify failed unexpectedly; see the log for details',
        refusal: { key: 'failed-unexpectedly', params: { method: 'store.verify' } },
      },
    });
  });

  it('leaves a refusal it has no key for as the English alone', async () => {
    const error = await refusedOverIpc('claim.decide', { claimId: 'R-1', action: 'resubmit' });
    expect(error.code).toBe('invalid-input');
    expect(error).not.toHaveProperty('refusal');
  });
});

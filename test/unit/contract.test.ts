import { describe, expect, it } from 'vitest';
import { BundleClaimSchema } from '../../shared/api/bundle';
import { contract, isMethod, METHODS } from '../../shared/api/contract';
import { QueueQuerySchema, QueueRowSchema } from '../../shared/api/schemas';

const row = {
  id: 'CP-2026-000001',
  status: 'submitted',
  assignee: null,
  partner: { mpnId: '1234567', name: 'Fabrikam' },
  customer: { tenantId: '00000000-0000-4000-8000-000000000001', name: 'Contoso' },
  products: ['Microsoft Teams'],
  productFamily: 'microsoft-365',
  activity: 'Pre-sales',
  submittedAt: '2026-11-20T16:00:00Z',
  sla: { clock: 'review-start', dueAt: '2026-11-27T17:00:00-08:00', state: 'on-track', policy: '2020' },
  competing: 0,
  duplicatePoe: 0,
};

describe('API contract', () => {
  it('has an input and an output schema for every method', () => {
    expect(METHODS.length).toBeGreaterThan(0);
    for (const m of METHODS) {
      expect(contract[m].input.safeParse).toBeTypeOf('function');
      expect(contract[m].output.safeParse).toBeTypeOf('function');
    }
    expect(isMethod('queue.list')).toBe(true);
    expect(isMethod('toString')).toBe(false);
    expect(isMethod('__proto__')).toBe(false);
  });

  it('accepts a queue row with the fields cli.md guarantees', () => {
    expect(QueueRowSchema.parse(row)).toEqual(row);
    expect(QueueRowSchema.safeParse({ ...row, status: 'pending' }).success).toBe(false);
    expect(QueueRowSchema.safeParse({ ...row, sla: { ...row.sla, dueAt: 'tomorrow' } }).success).toBe(false);
  });

  it('fills queue query defaults and bounds the page size', () => {
    expect(QueueQuerySchema.parse({})).toEqual({ sort: 'sla', limit: 100, offset: 0 });
    expect(QueueQuerySchema.safeParse({ limit: 100_000 }).success).toBe(false);
    expect(QueueQuerySchema.safeParse({ offset: -1 }).success).toBe(false);
  });

  it('refuses unknown keys and unsupported actions at the decide boundary', () => {
    const decide = contract['claim.decide'].input;
    expect(decide.safeParse({ claimId: 'CP-1', action: 'approve' }).success).toBe(true);
    expect(decide.safeParse({ claimId: 'CP-1', action: 'approve', actor: 'someone else' }).success).toBe(false);
    expect(decide.safeParse({ claimId: 'CP-1', action: 'self-destruct' }).success).toBe(false);
    expect(decide.safeParse({ claimId: '../etc', action: 'approve' }).success).toBe(false);
  });

  it('validates document ids and bundle paths strictly', () => {
    expect(contract['document.content'].input.safeParse({ id: 'd_0123456789abcdef' }).success).toBe(true);
    expect(contract['document.content'].input.safeParse({ id: '../../cpor.db' }).success).toBe(false);
    const claim = {
      id: 'X-1',
      submittedAt: '2026-11-20T16:00:00Z',
      partner: { mpnId: '1234567', name: 'P' },
      customer: { tenantId: '00000000-0000-4000-8000-000000000001', name: 'C' },
      activity: 'Pre-sales',
      productFamily: 'microsoft-365',
      products: ['Teams'],
    };
    expect(BundleClaimSchema.safeParse(claim).success).toBe(true);
    for (const path of ['../x.pdf', 'a/../../x.pdf', '/etc/passwd', 'C:\\x.pdf', '\\\\server\\x.pdf']) {
      expect(BundleClaimSchema.safeParse({ ...claim, documents: [{ path }] }).success, path).toBe(false);
    }
  });
});

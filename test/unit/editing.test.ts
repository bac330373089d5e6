import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { POLICY_IDS, STATUSES } from '../../shared/domain/codes';
import { applyEdit, checkEdit, type EditableValues, isEditable, mergeContact } from '../../shared/domain/editing';

const EDITABLE = { '2020': ['submitted', 'partner-action-required'], '2023': ['partner-action-required'] };

describe('who may edit, when (policy editableIn)', () => {
  for (const policy of POLICY_IDS) {
    it.each(STATUSES)(`under the ${policy} policy, a claim in %s`, (status) => {
      const allowed = EDITABLE[policy].includes(status);
      expect(isEditable(status, policy)).toBe(allowed);
      const check = checkEdit({ id: 'C-1', status, policy });
      expect(check.ok).toBe(allowed);
      if (!check.ok) {
        expect(check.reason).toBe(
          `cannot edit claim C-1 in status ${status} under policy ${policy} (editable only in ${EDITABLE[policy].join(' or ')})`,
        );
      }
    });
  }
});

const CURRENT: EditableValues = {
  mpnId: '1234567',
  partnerName: 'Northwind Cloud Partners',
  products: ['Microsoft Teams', 'Intune'],
  partnerContact: { name: 'Ana Lopez', email: 'ana@northwind.example' },
  customerContact: null,
};

describe('what an edit changes', () => {
  it('names each field that really changes, old -> new', () => {
    const { next, changes } = applyEdit(CURRENT, {
      mpnId: '7654321',
      products: ['Exchange Online'],
      partnerContact: { phone: '+1 555 0100', email: '' },
      customerContact: { name: 'Kai Berg' },
    });
    expect(changes).toEqual([
      { field: 'mpnId', from: '1234567', to: '7654321' },
      { field: 'products', from: ['Microsoft Teams', 'Intune'], to: ['Exchange Online'] },
      { field: 'partnerContact', from: { name: 'Ana Lopez', email: 'ana@northwind.example' }, to: { name: 'Ana Lopez', phone: '+1 555 0100' } },
      { field: 'customerContact', from: null, to: { name: 'Kai Berg' } },
    ]);
    expect(next.partnerName).toBe(CURRENT.partnerName);
  });

  it('an edit that matches the claim changes nothing: same values, products reordered, contact parts as they are', () => {
    expect(
      applyEdit(CURRENT, {
        mpnId: '1234567',
        partnerName: ' Northwind Cloud Partners ',
        products: ['Intune', 'Microsoft Teams'],
        partnerContact: { name: 'Ana Lopez' },
      }).changes,
    ).toEqual([]);
    expect(applyEdit(CURRENT, {}).changes).toEqual([]);
  });

  it('contacts merge part by part, drop empty parts and vanish when empty', () => {
    expect(mergeContact({ name: 'A', email: 'a@x' }, { email: ' b@x ' })).toEqual({ name: 'A', email: 'b@x' });
    expect(mergeContact({ name: 'A' }, { name: '' })).toBeNull();
    expect(Object.keys(mergeContact(null, { phone: '1', name: 'N' }) ?? {})).toEqual(['name', 'phone']);
  });
});

describe('the claim.edit boundary', () => {
  const input = contract['claim.edit'].input;
  const base = { claimId: 'C-1', actor: 'Pat Partner' };
  it('accepts the editable fields and refuses anything else', () => {
    expect(input.safeParse({ ...base, changes: { mpnId: '123456', products: ['Intune'] } }).success).toBe(true);
    expect(input.safeParse({ ...base, expectedVersion: 3, changes: { customerContact: { email: 'k@contoso.example' } } }).success).toBe(true);
    for (const changes of [
      {},
      { mpnId: '12345' },
      { mpnId: '12345678901' },
      { products: [] },
      { products: ['Intune', 'intune'] },
      { activity: 'Revenue association' },
      { customerName: 'Someone else' },
      { partnerContact: { fax: '1' } },
    ]) {
      expect(input.safeParse({ ...base, changes }).success, JSON.stringify(changes)).toBe(false);
    }
    expect(input.safeParse({ claimId: 'C-1', changes: { mpnId: '123456' } }).success).toBe(false);
  });
});

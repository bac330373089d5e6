// A partner-side edit of a claim (docs/domain.md "Editing a claim" and the policy table in
// "Policies"). Pure: when an edit is allowed, and what it changes.
import type { PolicyId, Status } from './codes';
import { POLICIES } from './policy';
import { joinCodes, type Refused, refused } from './refusal';

/**
 * The fields a partner may edit: MPN ID, products, partner and customer contacts. The partner
 * name travels with the MPN ID (it names the same partner location). Activity, customer identity
 * and policy are not editable: a wrong activity is fixed by withdrawing and claiming again.
 */
export const EDITABLE_FIELDS = ['mpnId', 'partnerName', 'products', 'partnerContact', 'customerContact'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface Contact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface EditableValues {
  readonly mpnId: string;
  readonly partnerName: string;
  readonly products: readonly string[];
  readonly partnerContact: Contact | null;
  readonly customerContact: Contact | null;
}

/** What an edit asks for. A contact names only the parts it changes; "" clears a part. */
export interface ClaimChanges {
  readonly mpnId?: string | undefined;
  readonly partnerName?: string | undefined;
  readonly products?: readonly string[] | undefined;
  readonly partnerContact?: Contact | undefined;
  readonly customerContact?: Contact | undefined;
}

export interface FieldChange {
  readonly field: EditableField;
  readonly from: unknown;
  readonly to: unknown;
}

export function isEditable(status: Status, policy: PolicyId): boolean {
  return POLICIES[policy].editableIn.includes(status);
}

export type EditCheck = { readonly ok: true } | Refused;

export function checkEdit(claim: { readonly id: string; readonly status: Status; readonly policy: PolicyId }): EditCheck {
  if (isEditable(claim.status, claim.policy)) return { ok: true };
  const { editableIn } = POLICIES[claim.policy];
  return refused(
    `cannot edit claim ${claim.id} in status ${claim.status} under policy ${claim.policy} (editable only in ${editableIn.join(' or ')})`,
    'edit-not-allowed',
    { claim: claim.id, status: claim.status, policy: claim.policy, statuses: joinCodes(editableIn) },
  );
}

const CONTACT_PARTS = ['name', 'email', 'phone'] as const;

/** The contact with `patch` applied, parts in a fixed order, empty parts dropped; null when empty. */
export function mergeContact(current: Contact | null, patch: Contact | undefined): Contact | null {
  const merged: Record<string, string> = {};
  for (const part of CONTACT_PARTS) {
    const value = (patch?.[part] !== undefined ? patch[part] : current?.[part])?.trim();
    if (value) merged[part] = value;
  }
  return Object.keys(merged).length > 0 ? merged : null;
}

function sameContact(a: Contact | null, b: Contact | null): boolean {
  return CONTACT_PARTS.every((part) => (a?.[part] ?? '') === (b?.[part] ?? ''));
}

/** The same products in another order are the same claim: an edit that only reorders changes nothing. */
function sameProducts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** The values after the edit and the fields that really change (none: the edit is a no-op). */
export function applyEdit(current: EditableValues, changes: ClaimChanges): { next: EditableValues; changes: FieldChange[] } {
  const products = changes.products?.map((p) => p.trim());
  const next: EditableValues = {
    mpnId: changes.mpnId?.trim() ?? current.mpnId,
    partnerName: changes.partnerName?.trim() ?? current.partnerName,
    products: products && !sameProducts(products, current.products) ? products : current.products,
    partnerContact: changes.partnerContact ? mergeContact(current.partnerContact, changes.partnerContact) : current.partnerContact,
    customerContact: changes.customerContact ? mergeContact(current.customerContact, changes.customerContact) : current.customerContact,
  };
  const same: Record<EditableField, boolean> = {
    mpnId: next.mpnId === current.mpnId,
    partnerName: next.partnerName === current.partnerName,
    products: next.products === current.products,
    partnerContact: sameContact(next.partnerContact, current.partnerContact),
    customerContact: sameContact(next.customerContact, current.customerContact),
  };
  const changed = EDITABLE_FIELDS.filter((field) => !same[field]).map((field) => ({ field, from: current[field], to: next[field] }));
  return { next, changes: changed };
}

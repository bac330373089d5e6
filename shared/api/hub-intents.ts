// What a workstation may ask of the hub, entry by entry: each history entry of a change is an
// intent (decide, comment, tick, mark a product, assign, edit, a re-import, a clock transition),
// and its detail has one shape per kind. The hub reads every entry through these schemas before
// its rules see it (shared/domain/hub-rules.ts), so nothing of an unknown shape is ever stored.
import { z } from 'zod';
import { ACTIONS, DEFICIENCIES, REJECTION_REASONS } from '../domain/codes';
import { EDITABLE_FIELDS } from '../domain/editing';
import { TIME_RULES } from '../domain/time-rules';
import type { ClaimField } from './hub-sync';

const Text = z.string().max(10_000);
const Iso = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && Number.isFinite(Date.parse(s)), 'an ISO date and time');
const Person = z.string().min(1).max(500);
const Contact = z.object({ name: z.string().max(500).optional(), email: z.string().max(500).optional(), phone: z.string().max(100).optional() }).strict();

const DecisionDetail = z
  .object({
    action: z.enum(ACTIONS),
    from: z.string().max(60),
    to: z.string().max(60),
    reason: z.enum(REJECTION_REASONS).optional(),
    deficiencies: z.array(z.enum(DEFICIENCIES)).max(DEFICIENCIES.length).optional(),
    message: Text.optional(),
    override: Text.optional(),
  })
  .strict();

const EditedDetail = z
  .object({
    changes: z.partialRecord(
      z.enum(EDITABLE_FIELDS),
      z.object({ from: z.unknown(), to: z.union([z.string().max(500), z.array(z.string().min(1).max(500)).max(200), Contact, z.null()]) }).strict(),
    ),
  })
  .strict();

/**
 * The words a re-import's `updated` entry names what it changed with: the history's own vocabulary,
 * written by every workstation's import since the first version and kept as written (history is
 * never rewritten), each with the claim field it stands for.
 */
export const UPDATED_FIELD_NAMES: Readonly<Record<string, ClaimField>> = {
  id: 'id',
  status: 'status',
  policy: 'policy',
  partner_mpn_id: 'partnerMpnId',
  partner_name: 'partnerName',
  partner_contact: 'partnerContact',
  customer_tenant_id: 'customerTenantId',
  customer_subscription_id: 'customerSubscriptionId',
  customer_name: 'customerName',
  customer_domain: 'customerDomain',
  customer_country: 'customerCountry',
  customer_public_sector: 'customerPublicSector',
  customer_contact: 'customerContact',
  activity: 'activity',
  product_family: 'productFamily',
  submitted_at: 'submittedAt',
  status_since: 'statusSince',
  assignee: 'assignee',
  rejection_reason: 'rejectionReason',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
};

/** Every kind of entry a workstation may send, with its detail. */
export const INTENT_DETAILS = {
  comment: z.object({ text: Text.min(1) }).strict(),
  'internal-note': z.object({ text: Text.min(1) }).strict(),
  checklist: z.object({ code: z.enum(DEFICIENCIES), open: z.boolean() }).strict(),
  'product-support': z.object({ product: z.string().min(1).max(500), supported: z.boolean().nullable() }).strict(),
  assigned: z.object({ from: Person.nullable(), to: Person.nullable() }).strict(),
  reassigned: z.object({ from: Person.nullable(), to: Person.nullable() }).strict(),
  decision: DecisionDetail,
  edited: EditedDetail,
  'time-transition': z
    .object({
      rule: z.enum(TIME_RULES.map((r) => r.rule) as [string, ...string[]]),
      from: z.string().max(60),
      to: z.string().max(60),
      effectiveAt: Iso,
      reason: z.string().max(60).optional(),
    })
    .strict(),
  /** A re-import of the claim's bundle: the columns it changed, named. */
  updated: z.object({ source: z.string().max(1000), changed: z.array(z.enum(['products', 'documents', ...Object.keys(UPDATED_FIELD_NAMES)] as [string, ...string[]])).max(40) }).strict(),
} as const;

export type IntentKind = keyof typeof INTENT_DETAILS;
export type IntentDetail<K extends IntentKind> = z.infer<(typeof INTENT_DETAILS)[K]>;

/** Entries only the hub or the first hand-over of a claim writes: never an intent of a change. */
export const HUB_ONLY_KINDS: readonly string[] = ['imported', 'conflict-resolved'];

export function isIntentKind(kind: string): kind is IntentKind {
  return Object.hasOwn(INTENT_DETAILS, kind);
}

/** The detail, parsed for its kind, or the words saying what is wrong with it. */
export function parseIntentDetail(kind: IntentKind, detail: unknown): { ok: true; detail: Record<string, unknown> } | { ok: false; problem: string } {
  const result = INTENT_DETAILS[kind].safeParse(detail);
  if (result.success) return { ok: true, detail: result.data as Record<string, unknown> };
  return { ok: false, problem: result.error.issues.map((i) => `${i.path.join('.') || 'detail'}: ${i.message}`).join('; ') };
}

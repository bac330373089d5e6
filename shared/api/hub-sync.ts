// The hub's sync protocol at its boundary. A workstation pushes, per claim it changed, one change:
// what it changed since the hub version it last knew (columns, checklist and product marks, new
// comments, decisions and history entries), or the whole claim when the hub has never had it. The
// hub applies it, or keeps it as a conflict when the claim was decided meanwhile, and assigns the
// canonical order of the claim's history. A workstation pulls whole claims as the hub holds them.
// A change is named by its workstation and outbox id, so a retried push never applies twice.
import { z } from 'zod';
import { POLICY_IDS, PRODUCT_FAMILIES, REJECTION_REASONS, SIDES, STATUSES } from '../domain/codes';

/**
 * A claim's fields as the team shares them, in the contract's own names (no store's column names
 * travel). The SLA fields are not among them: every store derives them from status, policy and its
 * calendar.
 */
export const CLAIM_FIELDS = [
  'id', 'status', 'policy', 'partnerMpnId', 'partnerName', 'partnerContact', 'customerTenantId',
  'customerSubscriptionId', 'customerName', 'customerDomain', 'customerCountry', 'customerPublicSector',
  'customerContact', 'activity', 'productFamily', 'submittedAt', 'statusSince', 'assignee', 'rejectionReason',
  'createdAt', 'updatedAt',
] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];

const Text = z.string().max(100_000);
const Iso = z.string().min(10).max(40);
const Instant = Iso.refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && Number.isFinite(Date.parse(s)), 'an ISO date and time');

/** A claim's shared columns, each of its type: a pushed claim missing one, or with a wrong type, is refused at the door. */
export const ClaimFieldsSchema = z
  .object({
    id: z.string().min(1).max(100),
    status: z.enum(STATUSES),
    policy: z.enum(POLICY_IDS),
    partnerMpnId: z.string().min(1).max(100),
    partnerName: z.string().min(1).max(500),
    partnerContact: z.string().max(2000).nullable(),
    customerTenantId: z.string().min(1).max(200),
    customerSubscriptionId: z.string().max(200).nullable(),
    customerName: z.string().min(1).max(500),
    customerDomain: z.string().max(500).nullable(),
    customerCountry: z.string().max(100).nullable(),
    customerPublicSector: z.union([z.literal(0), z.literal(1)]),
    customerContact: z.string().max(2000).nullable(),
    activity: z.string().max(10_000),
    productFamily: z.enum(PRODUCT_FAMILIES),
    submittedAt: Instant,
    statusSince: Instant,
    assignee: z.string().max(500).nullable(),
    rejectionReason: z.enum(REJECTION_REASONS).nullable(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .strict() satisfies z.ZodType<Record<ClaimField, string | number | null>>;
const FieldsSchema = ClaimFieldsSchema.partial();

export const EntrySchema = z
  .object({
    seq: z.number().int().positive(),
    at: Iso,
    actor: z.string().max(500),
    side: z.enum(SIDES),
    kind: z.string().min(1).max(60),
    detail: z.record(z.string(), z.unknown()),
  })
  .strict();
export type SyncEntry = z.infer<typeof EntrySchema>;

export const ChainedEntrySchema = EntrySchema.extend({ prevHash: z.string().length(64), hash: z.string().length(64) }).strict();
export type ChainedEntry = z.infer<typeof ChainedEntrySchema>;

export const ChecklistRowSchema = z.object({ code: z.string().max(60), open: z.boolean(), updatedAt: Iso, updatedBy: z.string().max(500) }).strict();
export type ChecklistRow = z.infer<typeof ChecklistRowSchema>;

// supported null: the mark was cleared (kept, with its time, so a later clear wins over an earlier mark).
export const SupportRowSchema = z.object({ product: z.string().max(500), supported: z.boolean().nullable(), updatedAt: Iso, updatedBy: z.string().max(500) }).strict();
export type SupportRow = z.infer<typeof SupportRowSchema>;

export const CommentRowSchema = z
  .object({ at: Iso, author: z.string().max(500), side: z.enum(SIDES), internal: z.boolean(), text: Text, historySeq: z.number().int().positive() })
  .strict();
export type CommentRow = z.infer<typeof CommentRowSchema>;

export const DecisionRowSchema = z
  .object({
    action: z.string().max(60),
    fromStatus: z.string().max(60),
    toStatus: z.string().max(60),
    actor: z.string().max(500),
    at: Iso,
    reason: z.string().max(60).nullable(),
    deficiencies: z.array(z.string().max(60)).max(100),
    message: Text.nullable(),
    override: Text.nullable(),
    checklist: z.array(z.object({ code: z.string().max(60), open: z.boolean() })).max(100),
    historySeq: z.number().int().positive(),
    claimSubmittedAt: Iso.nullable(),
    fromStatusSince: Iso.nullable(),
  })
  .strict();
export type DecisionRow = z.infer<typeof DecisionRowSchema>;

export const DocumentRowSchema = z
  .object({
    id: z.string().max(200),
    position: z.number().int().nonnegative(),
    name: z.string().max(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pages: z.number().int().nonnegative().nullable(),
    addedAt: Iso,
    size: z.number().int().nonnegative(),
    mediaType: z.string().max(200),
  })
  .strict();
export type DocumentRow = z.infer<typeof DocumentRowSchema>;

/** A claim as a whole, as a workstation first hands it over (its history with the workstation's own seqs). */
export const ClaimBodySchema = z
  .object({
    claim: ClaimFieldsSchema,
    products: z.array(z.string().max(500)).max(200),
    documents: z.array(DocumentRowSchema).max(500),
    checklist: z.array(ChecklistRowSchema).max(100),
    productSupport: z.array(SupportRowSchema).max(200),
    comments: z.array(CommentRowSchema).max(10_000),
    decisions: z.array(DecisionRowSchema).max(10_000),
    entries: z.array(EntrySchema).max(20_000),
  })
  .strict();
export type ClaimBody = z.infer<typeof ClaimBodySchema>;

export const HubChangeSchema = z
  .object({
    /** "<workstation>:<outbox id>": unique across the team, the same on every retry. */
    changeId: z.string().regex(/^[A-Za-z0-9._-]{1,100}:\d{1,15}$/, 'a change id is "<workstation>:<outbox id>"'),
    claimId: z.string().min(1).max(100),
    /** The hub's version of the claim the change was made on (0 when the hub has never had it). */
    baseVersion: z.number().int().nonnegative(),
    /** How many history entries the claim had at that version: the change's own entries follow. */
    baseSeq: z.number().int().nonnegative(),
    createdAt: Iso,
    /** What the workstation did, in outbox kinds (decision, comment, ...), for people and logs. */
    kinds: z.array(z.string().max(60)).max(10_000),
    /** The whole claim, when the hub has never had it from this workstation. */
    create: ClaimBodySchema.optional(),
    set: FieldsSchema.optional(),
    products: z.array(z.string().max(500)).max(200).optional(),
    /** The claim's documents, whole, when a re-import changed them. */
    documents: z.array(DocumentRowSchema).max(500).optional(),
    checklist: z.array(ChecklistRowSchema).max(100).optional(),
    productSupport: z.array(SupportRowSchema).max(200).optional(),
    comments: z.array(CommentRowSchema).max(10_000).optional(),
    decisions: z.array(DecisionRowSchema).max(10_000).optional(),
    entries: z.array(EntrySchema).max(20_000).optional(),
  })
  .strict();
export type HubChange = z.infer<typeof HubChangeSchema>;

export const MAX_PUSH = 1000;
export const MAX_PULL = 1000;

export const PushRequestSchema = z.object({ changes: z.array(HubChangeSchema).min(1).max(MAX_PUSH) }).strict();
/** The push as the door first reads it: each change is then read on its own, so one malformed change is refused alone. */
export const PushEnvelopeSchema = z.object({ changes: z.array(z.unknown()).min(1).max(MAX_PUSH) }).strict();
export type PushRequest = z.infer<typeof PushRequestSchema>;

/**
 * applied: now part of the claim (version is the claim's new version). conflict: the claim was
 * decided meanwhile; kept on the hub for a person to resolve. absorbed: nothing left to apply (the
 * hub had the claim already, or only the clock moved it). rejected: the hub has no such claim.
 * refused: the hub's rules or its schema refused the change (reason says which); nothing of it was
 * applied, and the claim as the hub holds it comes with the answer.
 */
export const OUTCOMES = ['applied', 'conflict', 'absorbed', 'rejected', 'refused'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface PushAnswer {
  readonly changeId: string;
  readonly claimId: string;
  readonly outcome: Outcome;
  /** The claim's hub version after the change. */
  readonly version: number;
  /** True when the hub had this change already (a retry). */
  readonly duplicate: boolean;
  /** Why a refused change was refused: a code (shared/domain/hub-rules.ts CHANGE_REFUSALS) and words. */
  readonly reason?: { readonly code: string; readonly message: string };
  /** With a refusal: the claim as the hub holds it (null when the hub has no such claim), so the workstation goes back to it. */
  readonly claim?: { readonly version: number; readonly snapshot: ClaimSnapshot } | null;
}

export interface PushResult {
  readonly answers: readonly PushAnswer[];
}

/** One side of a conflict as people read it: who, when, and the history entries. */
export interface ConflictSide {
  readonly author: string;
  readonly entries: readonly SyncEntry[];
}

export interface ConflictRecord {
  /** The conflicting change's id. */
  readonly id: string;
  readonly claimId: string;
  readonly openedAt: string;
  /** The change that was not applied, kept whole so "apply mine instead" can still apply it. */
  readonly change: HubChange;
  readonly ours: ConflictSide;
  /** What the hub had applied since the change's base: what the claim now is. */
  readonly theirs: ConflictSide;
  readonly resolved: { readonly by: string; readonly at: string; readonly kept: 'applied' | 'ours'; readonly note: string | null } | null;
}

/** A claim as the hub holds it: the canonical history (seq and hash assigned by the hub). */
export interface ClaimSnapshot {
  readonly claim: Partial<Record<ClaimField, string | number | null>>;
  readonly products: readonly string[];
  readonly documents: readonly DocumentRow[];
  readonly checklist: readonly ChecklistRow[];
  readonly productSupport: readonly SupportRow[];
  readonly comments: readonly CommentRow[];
  readonly decisions: readonly DecisionRow[];
  readonly history: readonly ChainedEntry[];
  readonly conflicts: readonly ConflictRecord[];
}

export interface PulledClaim {
  readonly claimId: string;
  readonly version: number;
  /** The claim's place in the hub's order of updates: the pull cursor. */
  readonly updatedSeq: number;
  readonly snapshot: ClaimSnapshot;
}

export interface PullResult {
  readonly claims: readonly PulledClaim[];
  /** The cursor for the next pull: the last updatedSeq returned, or the one asked for when none. */
  readonly next: number;
  readonly more: boolean;
}

export const ResolveRequestSchema = z.object({ keep: z.enum(['applied', 'ours']), note: z.string().max(2000).optional() }).strict();
export type ResolveRequest = z.infer<typeof ResolveRequestSchema>;

export const LeaseRequestSchema = z.object({ claimId: z.string().min(1).max(100), minutes: z.number().int().min(1).max(24 * 60).optional() }).strict();

export interface LeaseAnswer {
  readonly claimId: string;
  /** True when the asker holds the lease now. */
  readonly held: boolean;
  readonly holder: string;
  readonly expiresAt: string;
}

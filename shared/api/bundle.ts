// The claims bundle: a folder or .zip holding claims.json (or claims.csv) and the PoE files
// it names by relative path. This is the import boundary; every row is validated here.
import { z } from 'zod';
import {
  ActorSchema,
  ClaimIdSchema,
  ContactSchema,
  DecisionSchema,
  DeficiencySchema,
  MpnIdSchema,
  PolicyIdSchema,
  ProductFamilySchema,
  ProductsSchema,
  StatusSchema,
} from './schemas';

export const BUNDLE_FORMAT = 'cpor-bundle';
export const BUNDLE_VERSION = 1;

/** The most one PoE file may be: in a bundle, in the pre-check, and on the team hub. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** Relative, forward-slash, inside the bundle: no absolute paths, no "..", no drive letters. */
export const BundlePathSchema = z
  .string()
  .min(1)
  .max(400)
  .refine((p) => !/^([a-zA-Z]:|[\\/])/.test(p), 'must be a relative path')
  .refine((p) => !p.split(/[\\/]/).includes('..'), 'must not leave the bundle ("..")')
  .refine((p) => !p.includes('\0'), 'must not contain NUL');

export const BundleDocumentSchema = z.object({
  path: BundlePathSchema,
  /** Display name; defaults to the file name. */
  name: z.string().min(1).max(255).optional(),
});

const EventTimeSchema = z.iso.datetime({ offset: true });
const TextSchema = z.string().trim().min(1).max(10_000);

/**
 * A claim's past, replayed through the same rules as a live decision: a bundle from Partner
 * Center (or the demo) carries what already happened, so reports and clocks start from the truth.
 */
export const BundleEventSchema = z.discriminatedUnion('kind', [
  // A bundle's texts are trimmed and never empty, and its override may be as long as a message.
  DecisionSchema.extend({
    kind: z.literal('decision'),
    at: EventTimeSchema,
    actor: ActorSchema,
    message: TextSchema.optional(),
    override: TextSchema.optional(),
  }).strict(),
  z
    .object({
      kind: z.literal('comment'),
      at: EventTimeSchema,
      actor: ActorSchema,
      side: z.enum(['reviewer', 'partner']),
      internal: z.boolean().default(false),
      text: TextSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('checklist'),
      at: EventTimeSchema,
      actor: ActorSchema,
      code: DeficiencySchema,
      open: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('assigned'),
      at: EventTimeSchema,
      actor: ActorSchema,
      to: ActorSchema.nullable(),
    })
    .strict(),
]);

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const BundleClaimSchema = z
  .object({
    id: ClaimIdSchema,
    /** Without events: the claim's status (default submitted). With events: what they must end in. */
    status: StatusSchema.optional(),
    policy: PolicyIdSchema.optional(),
    submittedAt: z.iso.datetime({ offset: true }),
    /** When the claim entered its current status; defaults to submittedAt. */
    statusSince: z.iso.datetime({ offset: true }).optional(),
    partner: z.object({
      mpnId: MpnIdSchema,
      name: z.string().trim().min(1).max(200),
      contact: ContactSchema.optional(),
    }),
    customer: z.object({
      tenantId: z.string().regex(GUID, 'tenant id must be a GUID'),
      subscriptionId: z.string().regex(GUID, 'subscription id must be a GUID').optional(),
      name: z.string().trim().min(1).max(200),
      domain: z.string().max(253).optional(),
      country: z.string().length(2).optional(),
      publicSector: z.boolean().default(false),
      contact: ContactSchema.optional(),
    }),
    activity: z.string().trim().min(1).max(120),
    productFamily: ProductFamilySchema,
    products: ProductsSchema,
    documents: z.array(BundleDocumentSchema).max(50).default([]),
    assignee: ActorSchema.nullable().optional(),
    /** In time order, after submittedAt; replayed at import (see BundleEventSchema). */
    events: z.array(BundleEventSchema).max(500).optional(),
  })
  .strict()
  .superRefine((claim, ctx) => {
    if (claim.events?.length && claim.statusSince) {
      ctx.addIssue({ code: 'custom', path: ['statusSince'], message: 'statusSince comes from the events; leave it out when events are given' });
    }
    let last = Date.parse(claim.submittedAt);
    claim.events?.forEach((event, i) => {
      const t = Date.parse(event.at);
      if (t < last) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'at'], message: i === 0 ? 'before the submission' : 'before the previous event (events must be in time order)' });
      }
      last = Math.max(last, t);
    });
  });

export const BundleFileSchema = z.union([
  z.array(z.unknown()),
  z
    .object({
      format: z.literal(BUNDLE_FORMAT).optional(),
      version: z.literal(BUNDLE_VERSION).optional(),
      generatedAt: z.string().optional(),
      claims: z.array(z.unknown()),
    })
    .passthrough(),
]);

export type BundleClaim = z.infer<typeof BundleClaimSchema>;
export type BundleClaimInput = z.input<typeof BundleClaimSchema>;
export type BundleDocument = z.infer<typeof BundleDocumentSchema>;
export type BundleEvent = z.infer<typeof BundleEventSchema>;
export type BundleEventInput = z.input<typeof BundleEventSchema>;

// The wire form of a pre-check result (docs/cli.md "precheck --json"), as a schema: what
// crosses a boundary is checked, and the contract's names are written down once.
import { z } from 'zod';
import { DEFICIENCIES } from '../domain/codes';
import { FINDING_STATUSES } from '../domain/precheck';

// Not imported from ./schemas: the claim detail there carries pre-check results, so this module
// must not depend on it.
const DeficiencySchema = z.enum(DEFICIENCIES);

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const evidence = {
  page: z.number().int().min(1).nullable(),
  text: z.string().nullable(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  ocr: z.number().min(0).max(100).optional(),
};

export const FindingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('date'),
    status: z.enum(FINDING_STATUSES.date),
    ...evidence,
    detail: z.object({
      date: IsoDay,
      ageDays: z.number().int(),
      reference: IsoDay,
      referenceIs: z.enum(['submission', 'today']),
      format: z.enum(['iso', 'numeric-dmy', 'numeric-mdy', 'long-en', 'long-fr']),
    }),
  }),
  z.object({
    kind: z.literal('product'),
    status: z.enum(FINDING_STATUSES.product),
    ...evidence,
    detail: z.object({ product: z.string(), as: z.string().nullable(), occurrences: z.number().int().min(0) }),
  }),
  z.object({
    kind: z.literal('signature'),
    status: z.enum(FINDING_STATUSES.signature),
    ...evidence,
    detail: z.object({
      source: z.enum(['form-field', 'ink', 'block', 'digital']).nullable(),
      field: z.string().optional(),
      note: z.string().optional(),
      integrity: z.enum(['intact', 'later-changes', 'altered', 'signature-invalid', 'unverifiable']).optional(),
      signer: z.string().nullable().optional(),
      signedAt: z.string().nullable().optional(),
      drawn: z.enum(['strokes', 'image']).optional(),
    }),
  }),
  z.object({
    kind: z.literal('service'),
    status: z.enum(FINDING_STATUSES.service),
    ...evidence,
    detail: z.object({ evidence: z.array(z.string()) }),
  }),
  z.object({
    kind: z.literal('customer'),
    status: z.enum(FINDING_STATUSES.customer),
    ...evidence,
    detail: z.object({ field: z.enum(['name', 'tenant', 'domain']), expected: z.string(), found: z.string().optional() }),
  }),
  z.object({
    kind: z.literal('public-sector-disclosure'),
    status: z.enum(FINDING_STATUSES['public-sector-disclosure']),
    ...evidence,
    detail: z.object({ required: z.boolean() }),
  }),
]);

export const PrecheckResultSchema = z.object({
  file: z.string(),
  ok: z.boolean(),
  error: z.string().nullable(),
  pages: z.number().int().min(0).nullable(),
  textPages: z.number().int().min(0).nullable(),
  findings: z.array(FindingSchema),
  proposed: z.array(DeficiencySchema),
  notes: z.array(z.string()),
  elapsedMs: z.number().min(0),
});

// The hub's sync protocol at its boundary: what a workstation pushes (its outbox) and pulls (the
// team's changes after a cursor). A change is named by its workstation and outbox id, so a push
// retried after a lost answer is recognised and never applied twice.
import { z } from 'zod';

export const SYNC_KINDS = ['decision', 'checklist', 'product-support', 'comment', 'assignment', 'edit'] as const;

export const HubChangeSchema = z
  .object({
    /** "<workstation>:<outbox id>": unique across the team, the same on every retry. */
    changeId: z.string().regex(/^[A-Za-z0-9._-]{1,100}:\d{1,15}$/, 'a change id is "<workstation>:<outbox id>"'),
    claimId: z.string().min(1).max(100),
    kind: z.enum(SYNC_KINDS),
    payload: z.record(z.string(), z.unknown()),
    /** The claim version the change was made on. */
    baseVersion: z.number().int().nonnegative(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type HubChange = z.infer<typeof HubChangeSchema>;

export const MAX_PUSH = 1000;
export const MAX_PULL = 1000;

export const PushRequestSchema = z.object({ changes: z.array(HubChangeSchema).min(1).max(MAX_PUSH) }).strict();
export type PushRequest = z.infer<typeof PushRequestSchema>;

export interface PushResult {
  /** Per change, in the order pushed: its place in the team's order, and whether the hub had it already. */
  readonly accepted: readonly { readonly changeId: string; readonly seq: number; readonly duplicate: boolean }[];
}

export interface PulledChange extends HubChange {
  readonly seq: number;
  /** Who pushed it: the name on the token. */
  readonly author: string;
  readonly receivedAt: string;
}

export interface PullResult {
  readonly changes: readonly PulledChange[];
  /** The cursor for the next pull: the last seq returned, or the one asked for when none. */
  readonly next: number;
  readonly more: boolean;
}

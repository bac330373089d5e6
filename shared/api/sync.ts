// What the workstation's screens ask about team sync: the status the status bar shows, the hub
// settings, the conflicts to resolve, the changes the hub refused.
import { z } from 'zod';

export const SYNC_STATES = ['off', 'idle', 'syncing', 'offline', 'refused'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export const SyncStatusSchema = z.object({
  /** off: no hub set. idle: the last round reached the hub. offline: it could not. refused: the hub said no (a bad token). */
  state: z.enum(SYNC_STATES),
  hubUrl: z.string().nullable(),
  /** Whether a token is saved (the token itself never leaves the main process). */
  hasToken: z.boolean(),
  workstation: z.string(),
  lastSyncAt: z.string().nullable(),
  /** Claims the last round brought in from the hub: the screens reread theirs when it is not 0. */
  lastPulled: z.number().int().nonnegative(),
  lastAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  pending: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  /** Changes the hub refused, kept on this workstation (sync_refusals): the claim went back to what the hub holds. */
  refused: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const SyncConfigureSchema = z
  .object({
    /** Empty: stop syncing with any hub. */
    hubUrl: z.string().max(500),
    /** Absent: keep the saved token. */
    token: z.string().max(200).optional(),
  })
  .strict();
export type SyncConfigure = z.infer<typeof SyncConfigureSchema>;

const EntryView = z.object({ seq: z.number(), at: z.string(), actor: z.string(), side: z.string(), kind: z.string(), detail: z.record(z.string(), z.unknown()) });

export const ConflictViewSchema = z.object({
  id: z.string(),
  claimId: z.string(),
  openedAt: z.string(),
  ours: z.object({ author: z.string(), entries: z.array(EntryView) }),
  theirs: z.object({ author: z.string(), entries: z.array(EntryView) }),
});
export type ConflictView = z.infer<typeof ConflictViewSchema>;

export const ResolveInputSchema = z
  .object({ claimId: z.string().min(1).max(100), conflictId: z.string().min(1).max(120), keep: z.enum(['applied', 'ours']), note: z.string().max(2000).optional() })
  .strict();

/** What a refused change did, one history entry each, as a person reads it (the action for a decision). */
export const RefusedEntrySchema = z.object({
  kind: z.string(),
  actor: z.string(),
  side: z.string(),
  at: z.string(),
  action: z.string().nullable(),
});
export type RefusedEntry = z.infer<typeof RefusedEntrySchema>;

/** How many of a refused change's entries are listed: its last ones (a claim handed over whole brings its whole past). */
export const REFUSAL_ENTRIES_SHOWN = 10;

/**
 * A change the hub refused: its code (shared/domain/hub-rules.ts CHANGE_REFUSALS, or a code newer
 * than this workstation) and the hub's English words, and what the change did.
 */
export const RefusalViewSchema = z.object({
  changeId: z.string(),
  claimId: z.string(),
  refusedAt: z.string(),
  code: z.string(),
  message: z.string(),
  /** At most REFUSAL_ENTRIES_SHOWN, the change's last, in the order they were made. */
  entries: z.array(RefusedEntrySchema),
  /** How many entries the change had in all. */
  entryCount: z.number().int().nonnegative(),
});
export type RefusalView = z.infer<typeof RefusalViewSchema>;

export const RefusalsInputSchema = z.object({ claimId: z.string().min(1).max(100).optional() }).strict();

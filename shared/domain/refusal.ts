// A refusal as data, beside the service's English sentence: a key the renderer words in the UI's
// language, and the values the sentence needs. The English sentence stays the API's and the
// command line's; this is what lets a French screen say the same thing in French.
//
// Params carry codes, ids, counts and ISO dates, never words, so the renderer can label them in its
// own language. By name: `status`, `action`, `policy`, `role` are codes; `statuses`, `deficiencies`
// and `allowed` are codes joined by ","; `products` is the claimed products joined by "\n";
// `closedAt` an ISO instant; `detail` the service's English where no key could word it (an
// operating system's or a backup check's own words).

export const REFUSAL_KEYS = [
  /** { claim } and, inside a bulk assignment, { asked }. */
  'claim-not-found',
  /** { claim, expected, now }: the version the caller saw and the stored one. */
  'claim-changed',
  /** { claim, status } */
  'claim-closed-checklist',
  /** { claim, status } and, inside a bulk assignment, { asked }. */
  'claim-closed-assignment',
  /** { action, status } and { claim } when a decision was asked. */
  'action-not-allowed',
  /** { action, policy, status } and { claim } when a decision was asked. */
  'action-not-in-policy',
  // What a decision needs (decision-rules.ts); each { claim, action } and the values named.
  'deficiency-required',
  'message-required',
  'reason-required',
  /** { count, deficiencies } */
  'override-required',
  /** { policy, max } */
  'disputes-used',
  /** { closedAt } */
  'dispute-window-closed',
  'justification-required',
  /** { closedAt } */
  'consent-window-closed',
  'answer-required',
  'disassociation-reason-required',
  /** { claim, status, policy, statuses }: statuses are those the policy lets a partner edit in. */
  'edit-not-allowed',
  /** { claim, product, products } */
  'product-not-claimed',
  'comment-empty',
  /** { max } */
  'comment-too-long',
  'internal-note-by-reviewers',
  /** { document } */
  'document-not-found',
  /** { name } */
  'document-file-missing',
  /** { name } */
  'document-unknown-type',
  /** { name, detail } */
  'document-no-program',
  /** { task }: one of DESKTOP_TASKS. */
  'desktop-only',
  /** { role, method, allowed } */
  'role-forbidden',
  /** { role, part, allowed }: part is "calendar" or "policy". */
  'team-setting-forbidden',
  /** { role, allowed } */
  'assign-to-someone-else',
  /** { role, allowed, assignee } */
  'unassign-someone-elses',
  /** { role, allowed, assignee } */
  'take-someone-elses',
  /** { problem } (one of BACKUP_PROBLEMS) and the values that problem names; see restore-backup.ts. */
  'restore-refused',
  'restore-under-way',
  /** { value } */
  'hub-address',
  'hub-token',
  /** { claim, holder, until }: another reviewer holds the review lock (until: ISO instant). */
  'review-locked',
  /** { detail }: the hub's or the network's own words. */
  'hub-unreachable',
  /** { detail } */
  'hub-refused',
  /** { name, setAt }: the team hub sets the calendar and the policy here (who set them last, when: an ISO instant). */
  'team-settings-from-hub',
  /** { name, setAt }: another team lead changed the team's settings on the hub since this workstation fetched them. */
  'team-settings-changed',
  /** { detail }: the team's settings change only on the hub, and it cannot be reached. */
  'team-settings-offline',
  /** { method }: the disk that holds the data folder is full; nothing was saved. */
  'disk-full',
  /** { method }: the data folder cannot be written (read-only, another user's): reads work, changes are refused. */
  'store-read-only',
  /** { method }: not a refusal but a failure the service logged; the person reads only that it happened. */
  'failed-unexpectedly',
] as const;
export type RefusalKey = (typeof REFUSAL_KEYS)[number];

export type RefusalParams = Readonly<Record<string, string | number>>;

export interface Refusal {
  readonly key: RefusalKey;
  readonly params: RefusalParams;
}

/** Params whose values are data (ids, names, products, a backup's entries): shown as they are, never translated. */
export const REFUSAL_DATA: readonly string[] = ['claim', 'document', 'name', 'product', 'products', 'assignee', 'entry', 'method'];

/** What only the desktop app can do (a native dialog, the operating system's viewer). */
export const DESKTOP_TASKS = ['choose-data-folder', 'save-backup', 'restore-from-file', 'open-external'] as const;
export type DesktopTask = (typeof DESKTOP_TASKS)[number];

/**
 * Why a backup was not restored, with the values each names: { entry } for damaged-entry and
 * unexpected-entry, { schema, known } for newer-version, { files, expected } for incomplete,
 * { detail } for does-not-verify (the store check's own words) and foreign-schema (what differs),
 * { entry, size, limit } for entry-too-large, { entry, ratio } for zip-bomb, { neededMb, freeMb }
 * for no-space, { freeMb } for disk-filled (the disk filled while unpacking).
 */
export const BACKUP_PROBLEMS = [
  'not-a-backup',
  'damaged',
  'damaged-entry',
  'not-workstation-backup',
  'unexpected-entry',
  'manifest-invalid',
  'newer-version',
  'incomplete',
  'does-not-verify',
  'foreign-schema',
  'entry-too-large',
  'zip-bomb',
  'no-space',
  'disk-filled',
  'store-busy',
  'too-large',
] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

/** A check that failed: the service's English sentence and the same refusal as data. */
export interface Refused {
  readonly ok: false;
  readonly reason: string;
  readonly refusal: Refusal;
}

export function refused(reason: string, key: RefusalKey, params: RefusalParams = {}): Refused {
  return { ok: false, reason, refusal: { key, params } };
}

/** Codes joined for a param ("missing-poe,missing-products"). */
export const joinCodes = (codes: readonly string[]): string => codes.join(',');

const KEYS: ReadonlySet<string> = new Set(REFUSAL_KEYS);

/** Whether a value that crossed a transport is a refusal this build knows. */
export function isRefusal(value: unknown): value is Refusal {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !KEYS.has(key) || typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  return Object.values(params).every((v) => typeof v === 'string' || typeof v === 'number');
}

// The hub's judgement of one pushed change, as a pure function: it replays the change's history
// entries (its intents) through the same rules a workstation applies (lifecycle, decision rules,
// editing rules, roles) under the identity of the token that pushed it, and derives from them what
// the claim becomes. What the workstation says the claim became (columns, rows) is only accepted
// where the entries explain it. docs/team-sync.md "What the hub checks" lists the rules in words.
import type { ChecklistRow, CommentRow, DecisionRow, HubChange, SupportRow, ClaimField, SyncEntry } from '../api/hub-sync';
import { HUB_ONLY_KINDS, isIntentKind, parseIntentDetail, UPDATED_FIELD_NAMES } from '../api/hub-intents';
import { assignmentRefusal, methodRefusal } from '../api/permissions';
import { DEFAULT_CALENDAR } from './calendar';
import { type Action, DEFICIENCIES, type Deficiency, type PolicyId, type Side, type Status } from './codes';
import { checkDecision } from './decision-rules';
import { checkEdit, type EditableField } from './editing';
import { TERMINAL_STATUSES } from './lifecycle';
import type { Role } from './roles';
import type { HubClaimState } from './sync-merge';
import { SYSTEM_ACTOR, TIME_RULES } from './time-rules';

export interface HubIdentity {
  readonly name: string;
  readonly role: Role;
}

/** Why the hub refused a change, by name; the words say which entry and which rule. */
export const CHANGE_REFUSALS = [
  'malformed',
  'forged-actor',
  'not-permitted',
  'forbidden-transition',
  'rule-refused',
  'no-history-entry',
  'history-rewrite',
  'hub-only-entry',
  'future-dated',
  'workstation-of-another',
  'change-id-reused',
] as const;
export type ChangeRefusalCode = (typeof CHANGE_REFUSALS)[number];

export interface ChangeRefusal {
  readonly code: ChangeRefusalCode;
  readonly message: string;
}

export type ChangeCheck = { readonly ok: true; readonly change: HubChange } | { readonly ok: false; readonly refusal: ChangeRefusal };

/** How far ahead of the hub's clock a workstation's clock may run before its entries are refused. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;

/** The columns only decisions, the clock and assignments move: a re-import never sets them. */
const WORKFLOW_FIELDS: readonly ClaimField[] = ['id', 'status', 'statusSince', 'assignee', 'rejectionReason', 'policy', 'createdAt'];

const EDIT_FIELDS: Readonly<Record<Exclude<EditableField, 'products'>, ClaimField>> = {
  mpnId: 'partnerMpnId',
  partnerName: 'partnerName',
  partnerContact: 'partnerContact',
  customerContact: 'customerContact',
};

class Refusal extends Error {
  constructor(readonly refusal: ChangeRefusal) {
    super(refusal.message);
  }
}

function refuse(code: ChangeRefusalCode, message: string): never {
  throw new Refusal({ code, message });
}

type Columns = Record<string, string | number | null>;

/** The claim as the replay moves it on, and what the entries made of it. */
interface Replay {
  readonly claimId: string;
  cols: Columns;
  products: string[];
  readonly checklist: Map<string, ChecklistRow>;
  readonly support: Map<string, SupportRow>;
  disputes: number;
  readonly changed: Set<ClaimField>;
  productsChanged: boolean;
  /** A re-import's entry names the data columns (and products, documents) it brings. */
  readonly imported: Set<string>;
  readonly comments: CommentRow[];
  readonly decisions: DecisionRow[];
}

function set(r: Replay, column: ClaimField, value: string | number | null): void {
  r.cols[column] = value;
  r.changed.add(column);
}

const label = (e: SyncEntry) => `entry ${e.seq} (${e.kind})`;

/** A person acting at the desk is the token's person; partners' and customers' people are named by the desk that records them. */
function checkActor(e: SyncEntry, who: HubIdentity, expectedSide: Side | null): void {
  if (expectedSide && e.side !== expectedSide) refuse('malformed', `${label(e)} is on the ${e.side} side; this kind is the ${expectedSide}'s`);
  if (e.side === 'system') {
    if (e.actor !== SYSTEM_ACTOR && e.actor !== 'import') refuse('forged-actor', `${label(e)} is a system entry but names ${e.actor}`);
    return;
  }
  if (e.side === 'reviewer' && e.actor !== who.name) {
    refuse('forged-actor', `${label(e)} names ${e.actor} as who acted, but this change was pushed with ${who.name}'s token`);
  }
}

function mayDo(who: HubIdentity, method: string, e: SyncEntry): void {
  const no = methodRefusal(who.role, method);
  if (no) refuse('not-permitted', `${label(e)}: ${no.reason}`);
}

function open(r: Replay, e: SyncEntry, what: string): void {
  const status = r.cols['status'] as Status;
  if (TERMINAL_STATUSES.includes(status)) refuse('rule-refused', `${label(e)}: claim ${r.claimId} is ${status}: ${what} is closed`);
}

function openDeficiencies(r: Replay): Deficiency[] {
  return DEFICIENCIES.filter((code) => r.checklist.get(code)?.open === true);
}

function replayDecision(r: Replay, e: SyncEntry, d: Record<string, unknown>, who: HubIdentity): void {
  const action = d['action'] as Action;
  const status = r.cols['status'] as Status;
  const policy = r.cols['policy'] as PolicyId;
  const statusSince = String(r.cols['statusSince']);
  if (d['from'] !== status) refuse('forbidden-transition', `${label(e)}: ${action} from ${String(d['from'])}, but claim ${r.claimId} is ${status} on the hub`);
  // The windows (dispute, consent) are judged at the desk, on the desk's clock and calendar: the
  // hub judges the decision as of the moment its status began, where every window is still open.
  const check = checkDecision(
    { id: r.claimId, status, policy, statusSince, openDeficiencies: openDeficiencies(r), disputes: r.disputes, rejectionReason: (r.cols['rejectionReason'] as string | null) ?? null },
    { action, reason: d['reason'] as never, deficiencies: d['deficiencies'] as Deficiency[] | undefined, message: d['message'] as string | undefined, override: d['override'] as string | undefined },
    statusSince,
    DEFAULT_CALENDAR,
  );
  if (!check.ok) refuse('forbidden-transition', `${label(e)}: ${check.reason}`);
  if (check.to !== d['to']) refuse('forbidden-transition', `${label(e)}: ${action} leads to ${check.to}, not ${String(d['to'])}`);
  checkActor(e, who, check.side);
  mayDo(who, check.side === 'reviewer' ? 'claim.decide' : 'claim.record', e);
  for (const code of check.opens) r.checklist.set(code, { code, open: true, updatedAt: e.at, updatedBy: e.actor });
  const message = (d['message'] as string | undefined)?.trim() || null;
  r.decisions.push({
    action,
    fromStatus: status,
    toStatus: check.to,
    actor: e.actor,
    at: e.at,
    reason: (d['reason'] as string | undefined) ?? null,
    deficiencies: (d['deficiencies'] as string[] | undefined) ?? [],
    message,
    override: (d['override'] as string | undefined)?.trim() || null,
    checklist: DEFICIENCIES.map((code) => ({ code, open: r.checklist.get(code)?.open === true })),
    historySeq: e.seq,
    claimSubmittedAt: (r.cols['submittedAt'] as string | null) ?? null,
    fromStatusSince: statusSince,
  });
  if (message) r.comments.push({ at: e.at, author: e.actor, side: check.side, internal: false, text: message, historySeq: e.seq });
  if (action === 'dispute') r.disputes += 1;
  set(r, 'status', check.to);
  set(r, 'statusSince', e.at);
  set(r, 'rejectionReason', check.rejectionReason);
  if (action === 'start-review' && r.cols['assignee'] == null) set(r, 'assignee', e.actor);
}

function replayTime(r: Replay, e: SyncEntry, d: Record<string, unknown>): void {
  checkActor(e, { name: SYSTEM_ACTOR, role: 'team-lead' }, 'system');
  const rule = TIME_RULES.find((t) => t.rule === d['rule'])!;
  const status = r.cols['status'];
  if (rule.status !== status || rule.to !== d['to']) refuse('forbidden-transition', `${label(e)}: ${rule.rule} moves a claim from ${rule.status} to ${rule.to}; claim ${r.claimId} is ${String(status)}`);
  if (Date.parse(String(d['effectiveAt'])) > Date.parse(e.at)) refuse('forbidden-transition', `${label(e)}: the window it closes ends after the entry itself`);
  set(r, 'status', rule.to);
  set(r, 'statusSince', new Date(String(d['effectiveAt'])).toISOString());
  if (rule.rejectionReason) set(r, 'rejectionReason', rule.rejectionReason);
}

function replayEdit(r: Replay, e: SyncEntry, d: Record<string, unknown>, who: HubIdentity): void {
  checkActor(e, who, 'partner');
  mayDo(who, 'claim.edit', e);
  const can = checkEdit({ id: r.claimId, status: r.cols['status'] as Status, policy: r.cols['policy'] as PolicyId });
  if (!can.ok) refuse('rule-refused', `${label(e)}: ${can.reason}`);
  for (const [field, change] of Object.entries(d['changes'] as Record<EditableField, { to: unknown }>)) {
    if (field === 'products') {
      if (!Array.isArray(change.to) || change.to.length === 0) refuse('malformed', `${label(e)}: products must be a list of at least one product`);
      r.products = [...(change.to as string[])];
      r.productsChanged = true;
      continue;
    }
    const to = change.to;
    const column = EDIT_FIELDS[field as Exclude<EditableField, 'products'>];
    const isContact = field === 'partnerContact' || field === 'customerContact';
    if (isContact ? typeof to === 'string' || Array.isArray(to) : typeof to !== 'string' || !to.trim()) refuse('malformed', `${label(e)}: ${field} cannot become ${JSON.stringify(to)}`);
    set(r, column, isContact ? (to === null ? null : JSON.stringify(to)) : (to as string));
  }
}

function replayEntry(r: Replay, e: SyncEntry, d: Record<string, unknown>, who: HubIdentity): void {
  switch (e.kind) {
    case 'decision':
      return replayDecision(r, e, d, who);
    case 'time-transition':
      return replayTime(r, e, d);
    case 'edited':
      return replayEdit(r, e, d, who);
    case 'comment':
    case 'internal-note': {
      const internal = e.kind === 'internal-note';
      checkActor(e, who, internal ? 'reviewer' : null);
      if (e.side === 'system') refuse('malformed', `${label(e)}: a comment is written by a person`);
      mayDo(who, 'claim.comment', e);
      r.comments.push({ at: e.at, author: e.actor, side: e.side, internal, text: String(d['text']).trim(), historySeq: e.seq });
      return;
    }
    case 'checklist':
      checkActor(e, who, 'reviewer');
      mayDo(who, 'claim.checklist', e);
      open(r, e, 'its checklist');
      r.checklist.set(String(d['code']), { code: String(d['code']), open: d['open'] === true, updatedAt: e.at, updatedBy: e.actor });
      return;
    case 'product-support': {
      checkActor(e, who, 'reviewer');
      mayDo(who, 'claim.productSupport', e);
      open(r, e, 'its checklist');
      const product = r.products.find((p) => p.toLowerCase() === String(d['product']).toLowerCase());
      if (!product) refuse('rule-refused', `${label(e)}: claim ${r.claimId} does not claim "${String(d['product'])}"`);
      r.support.set(product!, { product: product!, supported: (d['supported'] as boolean | null) ?? null, updatedAt: e.at, updatedBy: e.actor });
      return;
    }
    case 'assigned':
    case 'reassigned': {
      checkActor(e, who, 'reviewer');
      open(r, e, 'its assignment');
      const from = (r.cols['assignee'] as string | null) ?? null;
      if (d['from'] !== from) refuse('rule-refused', `${label(e)}: assigns from ${String(d['from'])}, but claim ${r.claimId} is assigned to ${from ?? 'nobody'} on the hub`);
      const no = assignmentRefusal(who.role, who.name, (d['to'] as string | null) ?? null, from);
      if (no) refuse('not-permitted', `${label(e)}: ${no.reason}`);
      set(r, 'assignee', (d['to'] as string | null) ?? null);
      return;
    }
    case 'updated':
      checkActor(e, who, 'system');
      for (const c of d['changed'] as string[]) {
        const field = UPDATED_FIELD_NAMES[c] ?? c;
        if ((WORKFLOW_FIELDS as readonly string[]).includes(field)) refuse('forbidden-transition', `${label(e)}: a re-import may not change ${c}; decisions, the clock and assignments do`);
        r.imported.add(field);
      }
      return;
  }
}

/** Each entry's kind and detail, its seq in order after the base, its time not ahead of the hub's. */
function checkedEntries(change: HubChange, firstSeq: number, hubNow: string, hubOnlyAllowedFirst: boolean): { entry: SyncEntry; detail: Record<string, unknown> }[] {
  const limit = Date.parse(hubNow) + CLOCK_SKEW_MS;
  const entries = change.create?.entries ?? change.entries ?? [];
  return entries.map((e, i) => {
    if (e.seq !== firstSeq + i) {
      refuse('history-rewrite', `${label(e)}: the change's entries must follow its base (seq ${firstSeq - 1}) one by one; history is only ever appended to`);
    }
    if (Date.parse(e.at) > limit || !Number.isFinite(Date.parse(e.at))) refuse('future-dated', `${label(e)} is dated ${e.at}, after the hub's clock (${hubNow})`);
    if (HUB_ONLY_KINDS.includes(e.kind)) {
      if (hubOnlyAllowedFirst && i === 0 && e.kind === 'imported') return { entry: e, detail: e.detail };
      refuse('hub-only-entry', `${label(e)}: only the hub (or a claim's first hand-over) writes ${e.kind} entries`);
    }
    if (!isIntentKind(e.kind)) refuse('malformed', `${label(e)}: no such kind of entry`);
    const parsed = parseIntentDetail(e.kind as never, e.detail);
    if (!parsed.ok) refuse('malformed', `${label(e)}: ${parsed.problem}`);
    return { entry: e, detail: (parsed as { detail: Record<string, unknown> }).detail };
  });
}

function replayOf(claimId: string, cols: Columns, products: readonly string[], checklist: readonly ChecklistRow[], support: readonly SupportRow[], disputes: number): Replay {
  return {
    claimId,
    cols: { ...cols },
    products: [...products],
    checklist: new Map(checklist.map((c) => [c.code, c])),
    support: new Map(support.map((s) => [s.product, s])),
    disputes,
    changed: new Set(),
    productsChanged: false,
    imported: new Set(),
    comments: [],
    decisions: [],
  };
}

/** A row the change sends that no entry of it explains is a change without a history entry. */
function explained<T>(sent: readonly T[] | undefined, derived: readonly T[], key: (row: T) => string, what: string): void {
  const keys = new Set(derived.map(key));
  for (const row of sent ?? []) if (!keys.has(key(row))) refuse('no-history-entry', `the change sends ${what} ${key(row)} that none of its history entries records`);
}

function checkUpdate(state: HubClaimState, change: HubChange, who: HubIdentity, hubNow: string): HubChange {
  const snapshot = state.snapshot;
  const disputes = snapshot.decisions.filter((d) => d.action === 'dispute').length;
  const r = replayOf(change.claimId, snapshot.claim as Columns, snapshot.products, snapshot.checklist, snapshot.productSupport, disputes);
  const hubHasIt = (e: SyncEntry) => e.kind === 'time-transition' && snapshot.history.some((h) => h.kind === 'time-transition' && h.detail['rule'] === e.detail['rule'] && h.detail['effectiveAt'] === e.detail['effectiveAt']);
  if (change.baseVersion > state.version || change.baseSeq > snapshot.history.length) {
    refuse('history-rewrite', `the change says it was made on version ${change.baseVersion} (${change.baseSeq} entries); the hub holds version ${state.version} (${snapshot.history.length} entries)`);
  }
  const entries = checkedEntries(change, change.baseSeq + 1, hubNow, false);
  if (entries.length === 0) refuse('no-history-entry', 'the change records no history entry: every act on a claim leaves one');
  // A claim decided since the change's base keeps the change as a conflict (sync-merge): its acts
  // were judged on the claim as it was, and a person settles which stands.
  const decidedMeanwhile = state.decidedVersion > change.baseVersion;
  for (const { entry, detail } of entries) {
    if (hubHasIt(entry)) continue;
    if (decidedMeanwhile) checkActor(entry, who, null);
    else replayEntry(r, entry, detail, who);
  }
  if (decidedMeanwhile) return change;

  const setCols: Partial<Record<ClaimField, string | number | null>> = {};
  for (const c of r.changed) if ((r.cols[c] ?? null) !== ((snapshot.claim as Columns)[c] ?? null)) setCols[c] = r.cols[c] ?? null;
  for (const [c, v] of Object.entries(change.set ?? {}) as [ClaimField, string | number | null][]) {
    if (c === 'updatedAt') continue;
    // What the entries lead to (or what the hub holds already) is explained; a re-import brings data fields.
    if ((r.cols[c] ?? null) === v) continue;
    if (r.imported.has(c)) setCols[c] = v;
    else refuse('no-history-entry', `the change sets ${c} to ${JSON.stringify(v)}, which none of its history entries leads to`);
  }
  const last = entries.at(-1)!.entry.at;
  if (Object.keys(setCols).length > 0) setCols.updatedAt = last;
  if (change.products && !r.productsChanged && !r.imported.has('products')) refuse('no-history-entry', 'the change sends products that no edit or re-import in it records');
  if (change.documents && !r.imported.has('documents')) refuse('no-history-entry', 'the change sends documents that no re-import in it records');
  const products = r.productsChanged ? r.products : r.imported.has('products') ? change.products : undefined;

  const checklist = [...r.checklist.values()].filter((row) => !snapshot.checklist.some((h) => JSON.stringify(h) === JSON.stringify(row)));
  const productSupport = [...r.support.values()].filter((row) => !snapshot.productSupport.some((h) => JSON.stringify(h) === JSON.stringify(row)));
  explained(change.checklist, checklist, (row) => `${row.code}=${row.open}`, 'checklist mark');
  explained(change.productSupport, productSupport, (row) => `${row.product}=${String(row.supported)}`, 'product mark');
  explained(change.comments, r.comments, (row) => `${row.historySeq}`, 'the comment of entry');
  explained(change.decisions, r.decisions, (row) => `${row.historySeq}`, 'the decision of entry');

  return {
    changeId: change.changeId,
    claimId: change.claimId,
    baseVersion: change.baseVersion,
    baseSeq: change.baseSeq,
    createdAt: change.createdAt,
    kinds: change.kinds,
    ...(Object.keys(setCols).length ? { set: setCols as HubChange['set'] } : {}),
    ...(products ? { products: [...products] } : {}),
    ...(change.documents ? { documents: change.documents } : {}),
    ...(checklist.length ? { checklist } : {}),
    ...(productSupport.length ? { productSupport } : {}),
    ...(r.comments.length ? { comments: r.comments } : {}),
    ...(r.decisions.length ? { decisions: r.decisions } : {}),
    entries: entries.map((x) => x.entry),
  };
}

/**
 * A claim's first hand-over: the claim as its bundle brought it, then what was done to it before
 * the first sync. Its history must start with the import; the bundle's own past events (dated
 * before the import) are the bundle's record, checked against the lifecycle; everything after is
 * checked like any change, under the pusher's identity, and must lead to the status it claims.
 */
function checkCreate(change: HubChange, who: HubIdentity, hubNow: string): HubChange {
  const body = change.create!;
  if (body.claim.id !== change.claimId) refuse('malformed', `the claim's id ${String(body.claim.id)} is not the change's ${change.claimId}`);
  const entries = checkedEntries(change, 1, hubNow, true);
  const first = entries[0];
  if (!first || first.entry.kind !== 'imported' || first.entry.side !== 'system') refuse('no-history-entry', "a claim's history starts with its import");
  const d = first!.detail;
  const importedAt = Date.parse(String(d['importedAt'] ?? first!.entry.at));
  // The claim as imported: its status from the import's entry, its assignee from before its first assignment.
  const firstAssignment = entries.find((x) => x.entry.kind === 'assigned' || x.entry.kind === 'reassigned');
  const start: Columns = {
    ...(body.claim as Columns),
    status: String(d['status'] ?? body.claim.status),
    statusSince: String(d['statusSince'] ?? body.claim.statusSince),
    assignee: firstAssignment ? ((firstAssignment.detail['from'] as string | null) ?? null) : body.claim.assignee,
  };
  const r = replayOf(change.claimId, start, body.products, [], [], 0);
  mayDo(who, 'claim.comment', first!.entry);
  for (const { entry, detail } of entries.slice(1)) {
    // The bundle's record of the past names its own people; the importer vouches for it.
    const recorded = Date.parse(entry.at) < importedAt;
    replayEntry(r, entry, detail, recorded && entry.side !== 'system' ? { name: entry.actor, role: 'team-lead' } : who);
  }
  if (r.cols['status'] !== body.claim.status) refuse('forbidden-transition', `the claim's history leads to ${String(r.cols['status'])}, but the claim says ${String(body.claim.status)}`);
  const seqs = new Map(entries.map((x) => [x.entry.seq, x.entry.kind]));
  for (const c of body.comments) if (!['comment', 'internal-note', 'decision'].includes(seqs.get(c.historySeq) ?? '')) refuse('no-history-entry', `a comment points at entry ${c.historySeq}, which is no comment`);
  for (const dr of body.decisions) if (seqs.get(dr.historySeq) !== 'decision') refuse('no-history-entry', `a decision points at entry ${dr.historySeq}, which is no decision`);
  return change;
}

/** The hub's verdict on a change that passed its schema: the change to fold in, as the rules derive it, or why not. */
export function checkChange(state: HubClaimState | null, change: HubChange, who: HubIdentity, hubNow: string): ChangeCheck {
  try {
    if (change.create) return { ok: true, change: checkCreate(change, who, hubNow) };
    if (!state) return { ok: true, change };
    return { ok: true, change: checkUpdate(state, change, who, hubNow) };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, refusal: err.refusal };
    throw err;
  }
}

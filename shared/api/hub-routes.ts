// The hub's routes as one contract, used by the hub's server (hub/hub-server.ts) and the
// workstation's client (main/services/sync/hub-client.ts) alike: each route's method and path, who
// may call it, what it takes (a JSON body or query parameters, read with zod at the door) and what
// it answers. The wire speaks the contract's names (camelCase fields, claim columns as the team
// shares them), never a table's.
import { z } from 'zod';
import { ROLES, type Role } from '../domain/roles';
import { OUTCOMES } from './hub-sync';
import { LeaseRequestSchema, MAX_PULL, PushEnvelopeSchema, ResolveRequestSchema } from './hub-sync';
import { TeamSettingsChangeSchema, TeamSettingsSchema } from './team-settings';

/** Who may call a route: anyone (no token), any valid token, or the roles named. */
export type RouteAccess = 'open' | 'any-token' | readonly Role[];

export interface HubRoute<I extends z.ZodType = z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly access: RouteAccess;
  /** Where the input is read from: the JSON body, the query string, or nowhere (no input). */
  readonly from: 'body' | 'query' | 'none';
  readonly input: I;
  /** What it answers (inside `{ ok: true, value }`); null for a file's bytes. */
  readonly output: z.ZodType | null;
  /** What a refusal by role says, completing "<role> may not ...". */
  readonly what?: string;
}

const WRITERS: readonly Role[] = ['reviewer', 'team-lead'];
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');
const WholeNumber = (max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, 'a whole number')
    .transform(Number)
    .refine((n) => n <= max, `at most ${max}`);
const Nothing = z.undefined();

const Reason = z.object({ code: z.string(), message: z.string() });
/**
 * A snapshot is the hub's canonical claim, read whole by the store (apply-snapshot): the client
 * checks its outline (each part there, of its kind) without walking every row, so a first pull of
 * 100,000 claims does not pay for a second parse.
 */
const SNAPSHOT_LISTS = ['products', 'documents', 'checklist', 'productSupport', 'comments', 'decisions', 'history', 'conflicts'] as const;
const Snapshot = z.custom<Record<string, unknown>>(
  (v) => {
    if (!v || typeof v !== 'object') return false;
    const s = v as Record<string, unknown>;
    return typeof s['claim'] === 'object' && s['claim'] !== null && SNAPSHOT_LISTS.every((k) => Array.isArray(s[k]));
  },
  { message: 'a claim snapshot: claim, and lists of products, documents, checklist, product marks, comments, decisions, history and conflicts' },
);
const PushAnswerSchema = z.object({
  changeId: z.string(),
  claimId: z.string(),
  outcome: z.enum(OUTCOMES),
  version: z.number().int(),
  duplicate: z.boolean(),
  reason: Reason.optional(),
  claim: z.object({ version: z.number().int(), snapshot: Snapshot }).nullable().optional(),
});
const PulledSchema = z.object({ claimId: z.string(), version: z.number().int(), updatedSeq: z.number().int(), snapshot: Snapshot });
export const HubVerifySchema = z.object({
  claims: z.number().int(),
  entries: z.number().int(),
  openConflicts: z.number().int(),
  chainBreak: z.object({ claimId: z.string(), seq: z.number().int(), problem: z.string() }).nullable(),
});
export type HubVerifyResult = z.infer<typeof HubVerifySchema>;

export const HUB_ROUTES = {
  health: { method: 'GET', path: '/v1/health', access: 'open', from: 'none', input: Nothing, output: z.object({ schema: z.number().int() }) },
  session: { method: 'GET', path: '/v1/session', access: 'any-token', from: 'none', input: Nothing, output: z.object({ name: z.string(), role: z.enum(ROLES) }) },
  push: { method: 'POST', path: '/v1/push', access: WRITERS, from: 'body', input: PushEnvelopeSchema, output: z.object({ answers: z.array(PushAnswerSchema) }), what: 'push changes' },
  pull: {
    method: 'GET',
    path: '/v1/pull',
    access: 'any-token',
    from: 'query',
    input: z.object({ after: WholeNumber(Number.MAX_SAFE_INTEGER).default(0), limit: WholeNumber(MAX_PULL).default(MAX_PULL) }).strict(),
    output: z.object({ claims: z.array(PulledSchema), next: z.number().int(), more: z.boolean() }),
  },
  resolve: {
    method: 'POST',
    path: '/v1/conflicts/resolve',
    access: WRITERS,
    from: 'body',
    input: ResolveRequestSchema.extend({ claimId: z.string().min(1).max(100), conflictId: z.string().min(1).max(120) }).strict(),
    output: z.object({ claimId: z.string(), version: z.number().int() }),
    what: 'resolve conflicts',
  },
  lease: {
    method: 'POST',
    path: '/v1/leases',
    access: WRITERS,
    from: 'body',
    input: LeaseRequestSchema,
    output: z.object({ claimId: z.string(), held: z.boolean(), holder: z.string(), expiresAt: z.string() }),
    what: 'take a claim for review',
  },
  release: { method: 'DELETE', path: '/v1/leases', access: 'any-token', from: 'query', input: z.object({ claim: z.string().min(1).max(100) }).strict(), output: z.object({ released: z.boolean() }) },
  missingFiles: {
    method: 'POST',
    path: '/v1/files/missing',
    access: 'any-token',
    from: 'body',
    input: z.object({ sha256: z.array(z.string().max(64)).max(10_000) }).strict(),
    output: z.object({ missing: z.array(z.string()) }),
  },
  putFile: {
    method: 'PUT',
    path: '/v1/files',
    access: WRITERS,
    from: 'query',
    input: z.object({ sha256: Sha256, type: z.string().min(1).max(200).default('application/octet-stream') }).strict(),
    output: z.object({ stored: z.boolean() }),
    what: 'add files',
  },
  getFile: { method: 'GET', path: '/v1/files', access: 'any-token', from: 'query', input: z.object({ sha256: Sha256 }).strict(), output: null },
  verify: { method: 'GET', path: '/v1/verify', access: 'any-token', from: 'none', input: Nothing, output: HubVerifySchema },
  /** The team's business calendar and policy adoption, or null while no team lead has set them. */
  settings: { method: 'GET', path: '/v1/settings', access: 'any-token', from: 'none', input: Nothing, output: z.object({ settings: TeamSettingsSchema.nullable() }) },
  /** A team lead changes them: a new version, and an entry in the hub's audit of every change. */
  putSettings: {
    method: 'PUT',
    path: '/v1/settings',
    access: ['team-lead'],
    from: 'body',
    input: TeamSettingsChangeSchema,
    output: z.object({ settings: TeamSettingsSchema, changed: z.boolean() }),
    what: "change the team's settings (business calendar and policy)",
  },
} as const satisfies Record<string, HubRoute>;

export type HubRouteName = keyof typeof HUB_ROUTES;
export type HubRouteInput<N extends HubRouteName> = z.input<(typeof HUB_ROUTES)[N]['input']>;
export type HubRouteParsed<N extends HubRouteName> = z.output<(typeof HUB_ROUTES)[N]['input']>;
type OutputOf<R> = R extends { output: infer O } ? (O extends z.ZodType ? z.output<O> : Uint8Array) : never;
export type HubRouteOutput<N extends HubRouteName> = OutputOf<(typeof HUB_ROUTES)[N]>;

/** The route a request names, by method and path. */
export function hubRouteOf(method: string, path: string): HubRouteName | null {
  for (const [name, route] of Object.entries(HUB_ROUTES)) if (route.method === method && route.path === path) return name as HubRouteName;
  return null;
}

/** The query string a route's input becomes on the wire. */
export function hubQuery(input: Readonly<Record<string, string | number | undefined>>): string {
  const pairs = Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : [`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`]));
  return pairs.length ? `?${pairs.join('&')}` : '';
}

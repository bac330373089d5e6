// The workstation's HTTP client for the team hub: bearer token, time limits, and errors that say
// whether the hub was out of reach (try again later) or refused (a person must act).
import { HUB_ROUTES, type HubRoute, type HubRouteInput, type HubRouteName, type HubRouteOutput, hubQuery } from '../../../shared/api/hub-routes';
import type { PullResult, PushRequest, PushResult } from '../../../shared/api/hub-sync';
import type { TeamSettings } from '../../../shared/api/team-settings';

export interface HubAddress {
  readonly url: string;
  readonly token: string;
}

/** The hub could not be reached or did not answer: the work stays queued for the next round. */
export class HubUnreachable extends Error {
  override name = 'HubUnreachable';
}

/** The hub answered with a refusal. */
export class HubRefused extends Error {
  override name = 'HubRefused';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 60_000;

/** A kept-alive connection the hub closed while this process was busy: the request never reached it. */
function staleConnection(err: unknown): boolean {
  const cause = (err as { cause?: { code?: string } }).cause;
  return cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET';
}

/** A request's body: JSON, or a file's bytes. */
type Body = { readonly json: unknown } | { readonly bytes: Uint8Array } | undefined;

function endpoint(hub: HubAddress, path: string): URL {
  return new URL(path, hub.url.endsWith('/') ? hub.url : `${hub.url}/`);
}

async function send(hub: HubAddress, method: string, path: string, body: Body, timeoutMs: number, retried = false): Promise<Response> {
  try {
    return await fetch(endpoint(hub, path), {
      method,
      headers: { authorization: `Bearer ${hub.token}`, ...(body && 'json' in body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: 'json' in body ? JSON.stringify(body.json) : body.bytes } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    // Once, on a fresh connection: a repeated push is recognised by its names, a lease is the
    // asker's already, a file is stored once, and a repeated resolution is refused as made.
    if (!retried && staleConnection(err)) return send(hub, method, path, body, timeoutMs, true);
    throw new HubUnreachable(`the hub at ${hub.url} cannot be reached (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message})`);
  }
}

/** One route of the contract: its input sent as the contract says, its answer read with the contract's schema. */
async function call<N extends HubRouteName>(hub: HubAddress, name: N, input: HubRouteInput<N>, timeoutMs = TIMEOUT_MS): Promise<HubRouteOutput<N>> {
  const route: HubRoute = HUB_ROUTES[name];
  const query = route.from === 'query' ? hubQuery(input as Record<string, string | number | undefined>) : '';
  const res = await send(hub, route.method, `${route.path.slice(1)}${query}`, route.from === 'body' ? { json: input } : undefined, timeoutMs);
  let parsed: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  try {
    parsed = (await res.json()) as typeof parsed;
  } catch (err) {
    throw new HubUnreachable(`the hub at ${hub.url} answered ${res.status} without a readable body (${(err as Error).message})`);
  }
  if (res.status >= 500) throw new HubUnreachable(`the hub at ${hub.url} is unavailable: ${parsed.error?.message ?? res.status}`);
  if (!parsed.ok) throw new HubRefused(res.status, parsed.error?.code ?? 'refused', parsed.error?.message ?? `the hub refused (${res.status})`);
  const value = route.output ? route.output.safeParse(parsed.value) : { success: true as const, data: parsed.value };
  if (!value.success) throw new HubRefused(502, 'bad-answer', `the hub at ${hub.url} answered ${name} with something the contract does not describe (${value.error.issues[0]?.message ?? ''})`);
  return value.data as HubRouteOutput<N>;
}

export const hubApi = {
  session: (hub: HubAddress) => call(hub, 'session', undefined, 10_000),
  push: (hub: HubAddress, request: PushRequest) => call(hub, 'push', request) as Promise<unknown> as Promise<PushResult>,
  pull: (hub: HubAddress, after: number, limit: number) => call(hub, 'pull', { after: String(after), limit: String(limit) }) as Promise<unknown> as Promise<PullResult>,
  resolve: (hub: HubAddress, input: HubRouteInput<'resolve'>) => call(hub, 'resolve', input),
  lease: (hub: HubAddress, claimId: string) => call(hub, 'lease', { claimId }, 5_000),
  release: (hub: HubAddress, claimId: string) => call(hub, 'release', { claim: claimId }, 5_000),
  missingFiles: (hub: HubAddress, sha256: readonly string[]) => call(hub, 'missingFiles', { sha256: [...sha256] }),
  /** The team's settings, or null while no team lead has set them (or the hub is older than team settings). */
  async teamSettings(hub: HubAddress): Promise<TeamSettings | null> {
    try {
      return (await call(hub, 'settings', undefined)).settings;
    } catch (err) {
      if (err instanceof HubRefused && err.status === 404 && err.code === 'not-found') return null;
      throw err;
    }
  },
  putTeamSettings: (hub: HubAddress, change: HubRouteInput<'putSettings'>) => call(hub, 'putSettings', change, 10_000),

  async putFile(hub: HubAddress, sha256: string, mediaType: string, bytes: Uint8Array): Promise<void> {
    const route = HUB_ROUTES.putFile;
    const res = await send(hub, route.method, `${route.path.slice(1)}${hubQuery({ sha256, type: mediaType })}`, { bytes }, TIMEOUT_MS);
    if (res.status >= 500) throw new HubUnreachable(`the hub at ${hub.url} is unavailable (${res.status})`);
    if (!res.ok) throw new HubRefused(res.status, 'refused', `the hub refused file ${sha256} (${res.status}: ${await res.text()})`);
  },

  async getFile(hub: HubAddress, sha256: string): Promise<Uint8Array> {
    const route = HUB_ROUTES.getFile;
    const res = await send(hub, route.method, `${route.path.slice(1)}${hubQuery({ sha256 })}`, undefined, TIMEOUT_MS);
    if (res.status >= 500) throw new HubUnreachable(`the hub at ${hub.url} is unavailable (${res.status})`);
    if (!res.ok) throw new HubRefused(res.status, 'not-found', `the hub has no file ${sha256}`);
    return new Uint8Array(await res.arrayBuffer());
  },
};

// The only module that talks to the backend. It picks a transport once, at start: the
// Electron preload bridge when present, otherwise HTTP to the browser host. Both return the
// same Result envelope, so nothing above this module can tell which one is in use.
import type { BridgeApi } from '../../shared/api/bridge';
import { BRIDGE_GLOBAL } from '../../shared/api/bridge';
import type { Method, MethodInput, MethodOutput } from '../../shared/api/contract';
import { BINARY_INPUT_METHODS, BINARY_METHODS } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { i18n } from '../i18n/i18n';
import { ApiError, toApiError } from './api-error';
import { reloadOnNewToken, takeToken } from './token';

export { ApiError } from './api-error';

type Transport = <M extends Method>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

type WindowWithBridge = Window & { readonly [BRIDGE_GLOBAL]?: BridgeApi };

// ---- Access-token failures: the one condition the whole window must react to ----

let authLost = false;
const authListeners = new Set<() => void>();

function markAuthLost(): void {
  if (authLost) return;
  authLost = true;
  for (const listener of authListeners) listener();
}

export function subscribeAuthLost(listener: () => void): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

export function isAuthLost(): boolean {
  return authLost;
}

/** The transport's own failures, in the UI's language; the service's refusals come in English. */
const authMessage = (): string => i18n.t('common.errors.unauthorized');

// ---- Transports ----

function bridgeTransport(bridge: BridgeApi): Transport {
  return (method, input) => bridge[method](input);
}

function httpTransport(token: string | null): Transport {
  return async <M extends Method>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> => {
    if (!token) {
      markAuthLost();
      return { ok: false, error: { code: 'unauthorized', message: authMessage() } };
    }
    let response: Response;
    try {
      // A method that takes bytes (a backup to restore) sends them as the body itself.
      const binary = BINARY_INPUT_METHODS.has(method) && input instanceof Uint8Array;
      response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'content-type': binary ? 'application/octet-stream' : 'application/json', authorization: `Bearer ${token}` },
        body: binary ? (input as Uint8Array<ArrayBuffer>) : JSON.stringify(input),
        cache: 'no-store',
      });
    } catch {
      return { ok: false, error: { code: 'unavailable', message: i18n.t('common.errors.unreachable') } };
    }
    // A 403 may also be a domain refusal (a role's limits); only the host's own answer about the
    // token, Host or Origin means this window has lost access.
    if (response.status === 401 || (response.status === 403 && (await isAuthRefusal(response)))) {
      markAuthLost();
      return { ok: false, error: { code: 'unauthorized', message: authMessage() } };
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (BINARY_METHODS.has(method) && response.ok && contentType.startsWith('application/octet-stream')) {
      // The contract types every binary method's output as Uint8Array (BytesSchema).
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { ok: true, value: bytes as MethodOutput<M> };
    }
    return readEnvelope<MethodOutput<M>>(response);
  };
}

async function isAuthRefusal(response: Response): Promise<boolean> {
  try {
    const body = (await response.clone().json()) as { error?: { code?: string } };
    return body.error?.code === 'unauthorized';
  } catch {
    return true;
  }
}

async function readEnvelope<T>(response: Response): Promise<Result<T>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: i18n.t('common.errors.unexpectedResponse', { status: response.status }) },
    };
  }
  if (isEnvelope(body)) return body as Result<T>;
  return {
    ok: false,
    error: { code: 'internal', message: i18n.t('common.errors.malformedResponse', { status: response.status }) },
  };
}

function isEnvelope(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

function pickTransport(): Transport {
  const bridge = (window as WindowWithBridge)[BRIDGE_GLOBAL];
  if (bridge) return bridgeTransport(bridge);
  reloadOnNewToken();
  return httpTransport(takeToken());
}

const transport = pickTransport();

/** Calls one API method; resolves with its output or throws an ApiError. */
export async function call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  let result: Result<MethodOutput<M>>;
  try {
    result = await transport(method, input);
  } catch (error) {
    throw toApiError(error);
  }
  if (result.ok) return result.value;
  throw ApiError.from(result.error);
}

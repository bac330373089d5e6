// The boundary every call crosses, from Electron's IPC and the browser host alike: validate the
// input against the contract, refuse what the acting role may not do (shared/domain/roles), run
// the handler, wrap the outcome in a Result envelope. Internal errors are logged, never leaked in
// detail. The CLI calls the services directly and is not role-bound: it acts `--as NAME` for
// scripts and for the machine's owner, who could open the store file anyway.
import { contract, type Method, type MethodOutput } from '../../shared/api/contract';
import { inputIssues } from '../../shared/api/input-issue';
import { type ApiErrorBody, DomainError, type Result } from '../../shared/api/result';
import { methodRefusal } from '../../shared/api/permissions';
import { boundaryRefusal } from './boundary-refusal';
import { storageRefusal } from './storage-refusal';
import { ACTING_ROLE, type Handlers } from './handlers';

/** How many of zod's issues a refusal names, in its English and as data. */
const NAMED_ISSUES = 5;

export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, NAMED_ISSUES)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** A refusal's envelope: the English words always, the keyed refusal and the fields refused when the service gave them. */
function errorBody(err: DomainError): ApiErrorBody {
  return {
    code: err.code,
    message: err.message,
    ...(err.refusal ? { refusal: err.refusal } : {}),
    ...(err.issues?.length ? { issues: err.issues } : {}),
  };
}

export type Logger = (message: string, err?: unknown) => void;

export async function dispatch<M extends Method>(
  handlers: Handlers,
  method: M,
  rawInput: unknown,
  log: Logger = (m, e) => console.error(m, e),
): Promise<Result<MethodOutput<M>>> {
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = inputIssues(parsed.error.issues.slice(0, NAMED_ISSUES));
    const refusal = boundaryRefusal(method, issues);
    const message = `${method}: ${describeIssues(parsed.error.issues)}`;
    return { ok: false, error: { code: 'invalid-input', message, ...(refusal ? { refusal } : {}), issues } };
  }
  try {
    const refused = methodRefusal(handlers[ACTING_ROLE](), method);
    if (refused) return { ok: false, error: { code: 'forbidden', message: refused.reason, refusal: refused.refusal } };
    const handler = handlers[method] as (input: unknown) => MethodOutput<M> | Promise<MethodOutput<M>>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof DomainError) return { ok: false, error: errorBody(err) };
    const storage = storageRefusal(method, err);
    if (storage) return { ok: false, error: errorBody(storage) };
    log(`cpor: ${method} failed`, err);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `${method} failed unexpectedly; see the log for details`,
        refusal: { key: 'failed-unexpectedly', params: { method } },
      },
    };
  }
}

// The boundary every call crosses, from Electron's IPC and the browser host alike: validate the
// input against the contract, refuse what the acting role may not do (shared/domain/roles), run
// the handler, wrap the outcome in a Result envelope. Internal errors are logged, never leaked in
// detail. The CLI calls the services directly and is not role-bound: it acts `--as NAME` for
// scripts and for the machine's owner, who could open the store file anyway.
import { contract, type Method, type MethodOutput } from '../../shared/api/contract';
import { DomainError, type Result } from '../../shared/api/result';
import { methodRefusal } from '../../shared/domain/roles';
import { ACTING_ROLE, type Handlers } from './handlers';

export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
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
    return { ok: false, error: { code: 'invalid-input', message: `${method}: ${describeIssues(parsed.error.issues)}` } };
  }
  try {
    const refusal = methodRefusal(handlers[ACTING_ROLE](), method);
    if (refusal) return { ok: false, error: { code: 'forbidden', message: refusal } };
    const handler = handlers[method] as (input: unknown) => MethodOutput<M> | Promise<MethodOutput<M>>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof DomainError) return { ok: false, error: { code: err.code, message: err.message } };
    log(`cpor: ${method} failed`, err);
    return { ok: false, error: { code: 'internal', message: `${method} failed unexpectedly; see the log for details` } };
  }
}

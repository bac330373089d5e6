// The boundary every call crosses: validate the input against the contract, run the handler,
// wrap the outcome in a Result envelope. Internal errors are logged, never leaked in detail.
import { contract, type Method, type MethodOutput } from '../../shared/api/contract';
import { DomainError, type Result } from '../../shared/api/result';
import type { Handlers } from './handlers';

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
    const handler = handlers[method] as (input: unknown) => MethodOutput<M> | Promise<MethodOutput<M>>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof DomainError) return { ok: false, error: { code: err.code, message: err.message } };
    log(`cpor: ${method} failed`, err);
    return { ok: false, error: { code: 'internal', message: `${method} failed unexpectedly; see the log for details` } };
  }
}

// What a `cpor` command is, and the two ways one fails: a usage error (exit 2) or a refusal (exit 1).
import type { ParseArgsConfig } from 'node:util';
import type { Role } from '../../shared/domain/roles';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** A refusal: validation, illegal transition, bad file, failed verify. Nothing was changed. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** stderr is a terminal: someone is watching, so long commands may show progress there. */
  readonly interactive?: boolean;
}

export interface CommandRun {
  readonly dataDir: string;
  readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  readonly positionals: string[];
  readonly io: CliIo;
  /** "Now" for this run: `--now` where the command takes it, else $CPOR_NOW, else the wall clock. */
  readonly now: () => Date;
  /** The role the run acts in (`--role`, else $CPOR_ROLE); unset: the data folder's person's own. */
  readonly role?: Role;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly positionals?: { readonly min: number; readonly max: number };
  /** More for `--help` after the usage and summary: the codes a flag takes, for one. */
  readonly help?: string;
  run(cmd: CommandRun): Promise<number> | number;
}

/** A date flag's value: YYYY-MM-DD and a day the calendar has ("2026-11-31" is neither refused as a bad format nor taken). */
export function dayFlag(values: CommandRun['values'], key: string): string | undefined {
  const v = str(values, key);
  if (v === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) throw new UsageError(`--${key} takes a date as YYYY-MM-DD, got "${v}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) {
    throw new UsageError(`--${key}: ${v} is not a day of the calendar`);
  }
  return v;
}

export function str(values: CommandRun['values'], key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}

export function strs(values: CommandRun['values'], key: string): string[] {
  const v = values[key];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string').flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
}

export function intOption(values: CommandRun['values'], key: string, min: number, max: number): number | undefined {
  const v = str(values, key);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${key} takes a whole number, got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`--${key} must be between ${min} and ${max}, got ${n}`);
  return n;
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`unknown ${what} "${value}"; one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

/**
 * A subcommand refuses an option or a word it does not take, rather than ignore it. `command` is
 * the words that name it ("hub migrate"); `words` are those it takes after them ("NAME").
 */
export function takesOnly(run: Pick<CommandRun, 'values' | 'positionals'>, command: string, options: readonly string[], words: readonly string[] = []): void {
  const maxPositionals = command.split(' ').length - 1 + words.length;
  const unknown = Object.keys(run.values).some((key) => run.values[key] !== undefined && !options.includes(key));
  if (!unknown && run.positionals.length <= maxPositionals) return;
  const takes = [...words, ...options.map((o) => `--${o}`)];
  throw new UsageError(`"cpor ${command}" takes only ${takes.length > 1 ? `${takes.slice(0, -1).join(', ')} and ${takes.at(-1)}` : takes.join('')}`);
}

// `cpor`: the workstation's services without a window (docs/cli.md is the contract).
import { parseArgs } from 'node:util';
import { DomainError } from '../../shared/api/result';
import { resolveDataDir } from '../config/paths';
import { APP_VERSION } from '../config/version';
import { BundleRefusedError } from '../services/import/errors';
import { storageRefusal } from '../services/storage-refusal';
import { NewerDatabaseError } from '../store/migrate';
import { type CliIo, type Command, RefusedError, UsageError } from './command';
import { runClock } from './runtime';
import { type Role, ROLES } from '../../shared/domain/roles';

interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  /** Loaded on use, so a quick command never pays for the PDF writer or the holiday tables. */
  readonly load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'demo', summary: 'write a demo claims bundle (claims.json and real PDF/PNG PoEs)', load: async () => (await import('./commands/demo')).demo },
  { name: 'import', summary: 'import a bundle (folder or .zip; claims.json or claims.csv); all or nothing', load: async () => (await import('./commands/import')).importCommand },
  { name: 'queue', summary: 'list claims, most urgent SLA first', load: async () => (await import('./commands/queue')).queue },
  { name: 'show', summary: 'one claim with documents, checklist, comments, history', load: async () => (await import('./commands/show')).show },
  { name: 'assign', summary: 'assign or reassign a claim', load: async () => (await import('./commands/assign')).assign },
  { name: 'decide', summary: 'record a decision on a claim (every action of the domain)', load: async () => (await import('./commands/decide')).decide },
  { name: 'edit', summary: 'a partner-side edit: MPN ID, products, contacts (only where the claim\'s policy allows)', load: async () => (await import('./commands/edit')).edit },
  { name: 'comment', summary: 'add a comment or an internal note to a claim', load: async () => (await import('./commands/comment')).comment },
  { name: 'tick', summary: 'apply the time-driven transitions due at a moment (default now)', load: async () => (await import('./commands/tick')).tick },
  { name: 'history', summary: 'a claim\'s history, oldest first, with its hash chain', load: async () => (await import('./commands/history')).history },
  { name: 'verify', summary: 'SQLite integrity check, every history chain, every PoE file', load: async () => (await import('./commands/verify')).verify },
  { name: 'sla', summary: 'deadlines: sla due (business-day arithmetic), sla calendar (the store\'s business calendar), sla recompute', load: async () => (await import('./commands/sla')).sla },
  { name: 'precheck', summary: 'pre-check PoE files against a claim: dates, products, signatures, services, customer (proposals only)', load: async () => (await import('./commands/precheck')).precheck },
  { name: 'export', summary: 'the decision report for a period and filters, as CSV, XLSX or PDF (written atomically)', load: async () => (await import('./commands/export')).exportCommand },
  { name: 'backup', summary: 'a consistent online backup of the store and its PoE files, in one file', load: async () => (await import('./commands/backup')).backup },
  { name: 'restore', summary: 'restore a backup after checking all of it; the replaced store is kept', load: async () => (await import('./commands/backup')).restore },
  { name: 'sync', summary: 'one round with the team hub: push queued changes, pull what the team changed', load: async () => (await import('./commands/sync')).sync },
  { name: 'hub', summary: 'the team hub on PostgreSQL: serve, hub migrate (its schema), hub token create (a reviewer\'s token), hub verify, hub settings (the team\'s calendar and policy)', load: async () => (await import('./commands/hub')).hub },
  { name: 'serve', summary: 'the browser host on 127.0.0.1 with a per-run token', load: async () => (await import('./commands/serve')).serve },
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: cpor [--data DIR] [--role ROLE] COMMAND [options]',
    '',
    'DIR is the store folder (default: the app data folder, or $CPOR_DATA_DIR).',
    `ROLE (${ROLES.join(', ')}; or $CPOR_ROLE) is the role a command acts in, as the API checks it;`,
    'by default the role of the data folder\'s person (Settings in the browser host), else team-lead.',
    '$CPOR_NOW (an ISO-8601 time) pins "now" for every command, as --now does for one.',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'cpor COMMAND --help shows a command\'s options. Exit codes: 0 done, 1 refused, 2 usage error.',
  ].join('\n');
}

function splitGlobal(argv: readonly string[]): { data?: string; role?: string; help: boolean; version: boolean; rest: string[] } {
  let data: string | undefined;
  let role: string | undefined;
  let help = false;
  let version = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--data') {
      data = argv[++i];
      if (data === undefined) throw new UsageError('--data needs a folder');
    } else if (a.startsWith('--data=')) data = a.slice('--data='.length);
    else if (a === '--role') {
      role = argv[++i];
      if (role === undefined) throw new UsageError(`--role needs one of: ${ROLES.join(', ')}`);
    } else if (a.startsWith('--role=')) role = a.slice('--role='.length);
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--version') version = true;
    else break;
  }
  return { data, role, help, version, rest: argv.slice(i) };
}

function runRole(role: string | undefined): { role?: Role } {
  if (role === undefined) return {};
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`unknown role "${role}"; one of: ${ROLES.join(', ')}`);
  return { role: role as Role };
}

export async function runCli(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let commandName = 'cpor';
  try {
    const global = splitGlobal(argv);
    if (global.version) {
      io.out(APP_VERSION);
      return 0;
    }
    const [name, ...rest] = global.rest;
    commandName = name ?? commandName;
    if (!name) {
      (global.help ? io.out : io.err)(mainHelp());
      return global.help ? 0 : 2;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) throw new UsageError(`unknown command "${name}"`);
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`usage: ${command.usage}\n\n${entry.summary}${command.help ? `\n\n${command.help}` : ''}`);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const want = command.positionals ?? { min: 0, max: 0 };
    if (parsed.positionals.length < want.min || parsed.positionals.length > want.max) {
      throw new UsageError(`usage: ${command.usage}`);
    }
    return await command.run({
      dataDir: resolveDataDir(global.data, env),
      values: parsed.values,
      positionals: parsed.positionals,
      io,
      now: runClock(typeof parsed.values['now'] === 'string' ? parsed.values['now'] : undefined, env),
      ...runRole(global.role ?? (env['CPOR_ROLE'] || undefined)),
    });
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`cpor: ${err.message}`);
      return 2;
    }
    if (err instanceof BundleRefusedError) {
      io.err(`cpor: ${err.message}`);
      return 1;
    }
    if (err instanceof RefusedError || err instanceof DomainError || err instanceof NewerDatabaseError) {
      io.err(`cpor: ${err.message}`);
      return 1;
    }
    const storage = storageRefusal(commandName, err);
    io.err(`cpor: ${storage?.message ?? (err as Error).message ?? String(err)}`);
    return 1;
  }
}

import { type CalendarConfig, calendarProblem, DEFAULT_CALENDAR } from '../../../shared/domain/calendar';
import { CLOCKS, POLICY_IDS } from '../../../shared/domain/codes';
import { DEFAULT_POLICY, POLICIES } from '../../../shared/domain/policy';
import { clockDeadline } from '../../../shared/domain/sla';
import { changeCalendar, recomputeDeadlines, type RecomputeResult } from '../../services/sla-recompute';
import { hubTeamSettings, storedCalendar } from '../../store/settings-table';
import { type Command, type CommandRun, type CliIo, oneOf, str, UsageError } from '../command';
import { withStore } from '../runtime';

const SUBCOMMANDS = ['due', 'calendar', 'recompute'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** The flags each subcommand takes; any other is a usage error. */
const FLAGS: Record<Subcommand, readonly string[]> = {
  due: ['clock', 'from', 'policy', 'region', 'tz', 'closing', 'json'],
  calendar: ['region', 'tz', 'closing', 'json'],
  recompute: ['json'],
};

const describe = (cal: CalendarConfig) => `${cal.region}, ${cal.timeZone}, closing ${cal.closing}`;

/** --region, --tz and --closing as given (unset ones undefined); a bad value is a usage error. */
function calendarFlags(values: CommandRun['values'], base: CalendarConfig): { given: Partial<CalendarConfig>; calendar: CalendarConfig } {
  const given: Partial<CalendarConfig> = { region: str(values, 'region'), timeZone: str(values, 'tz'), closing: str(values, 'closing') };
  const calendar: CalendarConfig = {
    region: given.region ?? base.region,
    timeZone: given.timeZone ?? base.timeZone,
    closing: given.closing ?? base.closing,
  };
  const problem = calendarProblem(calendar);
  if (problem) throw new UsageError(problem);
  return { given, calendar };
}

function due({ values, io }: CommandRun): number {
  const clock = oneOf(str(values, 'clock') ?? '', CLOCKS, 'clock');
  const from = str(values, 'from');
  if (!from || Number.isNaN(Date.parse(from)) || !/^\d{4}-\d{2}-\d{2}T/.test(from)) {
    throw new UsageError('--from takes an ISO-8601 time, e.g. 2026-11-24T10:00:00-08:00');
  }
  const policy = oneOf(str(values, 'policy') ?? DEFAULT_POLICY, POLICY_IDS, 'policy');
  const { calendar } = calendarFlags(values, DEFAULT_CALENDAR);
  const deadline = clockDeadline(clock, policy, from, calendar);
  const duration = POLICIES[policy].timings[clock];
  const out = {
    clock,
    from,
    dueAt: deadline.dueAt,
    atRiskAt: deadline.atRiskAt,
    policy,
    duration,
    region: calendar.region,
    timeZone: calendar.timeZone,
    closing: calendar.closing,
  };
  io.out(
    values.json
      ? JSON.stringify(out, null, 2)
      : `${clock} from ${from}: ${duration.amount} ${duration.unit.replace('-', ' ')} under policy ${policy} -> due ${deadline.dueAt} (${describe(calendar)})`,
  );
  return 0;
}

function printRecomputed(io: CliIo, json: boolean, result: RecomputeResult, what: string): void {
  const { calendar, claims, changed } = result;
  io.out(
    json
      ? JSON.stringify({ ...calendar, claims, changed }, null, 2)
      : `${what} (${describe(calendar)}): deadlines recomputed for ${claims.toLocaleString('en')} claims, ${changed.toLocaleString('en')} changed`,
  );
}

function calendar({ dataDir, values, io }: CommandRun): Promise<number> {
  const setting = values.region !== undefined || values.tz !== undefined || values.closing !== undefined;
  // Each value is checked before the store is opened; the service checks the whole calendar again.
  const { given } = calendarFlags(values, DEFAULT_CALENDAR);
  return withStore(dataDir, (store) => {
    if (setting) {
      printRecomputed(io, values.json === true, changeCalendar(store, given), 'business calendar set');
      return 0;
    }
    const team = hubTeamSettings(store.db);
    if (team) {
      const teamHub = { version: team.version, setBy: team.setBy, setAt: team.setAt };
      io.out(
        values.json
          ? JSON.stringify({ ...team.calendar, isDefault: false, teamHub }, null, 2)
          : `business calendar: ${describe(team.calendar)} (the team hub's: version ${team.version}, set by ${team.setBy} at ${team.setAt})`,
      );
      return 0;
    }
    const { calendar: cal, isDefault } = storedCalendar(store.db);
    io.out(values.json ? JSON.stringify({ ...cal, isDefault, teamHub: null }, null, 2) : `business calendar: ${describe(cal)}${isDefault ? ' (the default)' : ''}`);
    return 0;
  });
}

function recompute({ dataDir, values, io }: CommandRun): Promise<number> {
  return withStore(dataDir, (store) => {
    printRecomputed(io, values.json === true, recomputeDeadlines(store), 'business calendar');
    return 0;
  });
}

const RUN: Record<Subcommand, (cmd: CommandRun) => number | Promise<number>> = { due, calendar, recompute };

export const sla: Command = {
  name: 'sla',
  usage: [
    'cpor sla due --clock CLOCK --from ISO [--policy ID] [--region CODE] [--tz ZONE] [--closing HH:MM] [--json]',
    '       cpor [--data DIR] sla calendar [--region CODE] [--tz ZONE] [--closing HH:MM] [--json]',
    '       cpor [--data DIR] sla recompute [--json]',
    '',
    'due        when a clock started at ISO falls due; the calendar is the flags\', else US,',
    '           America/Los_Angeles, closing 17:00 (the store is not read)',
    'calendar   the store\'s business calendar; with any flag, sets it (unset values are kept) and',
    '           recomputes every stored deadline in the same transaction. On a workstation the team',
    '           hub sets it for (cpor hub settings), prints the hub\'s and refuses to set it (exit 1)',
    'recompute  recomputes every stored deadline from each claim\'s status, status time and policy',
  ].join('\n'),
  options: {
    clock: { type: 'string' },
    from: { type: 'string' },
    policy: { type: 'string' },
    region: { type: 'string' },
    tz: { type: 'string' },
    closing: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  run(cmd) {
    const name = cmd.positionals[0] ?? '';
    const sub = (SUBCOMMANDS as readonly string[]).includes(name) ? (name as Subcommand) : null;
    if (!sub) throw new UsageError(`unknown sla command "${name}"; one of: ${SUBCOMMANDS.join(', ')}`);
    const stray = Object.keys(cmd.values).find((flag) => cmd.values[flag] !== undefined && !FLAGS[sub].includes(flag));
    if (stray) throw new UsageError(`--${stray} does not go with "cpor sla ${sub}"`);
    return RUN[sub](cmd);
  },
};

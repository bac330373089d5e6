import { IANAZone } from 'luxon';
import { type CalendarConfig, DEFAULT_CALENDAR, isKnownRegion } from '../../../shared/domain/calendar';
import { CLOCKS, POLICY_IDS } from '../../../shared/domain/codes';
import { DEFAULT_POLICY, POLICIES } from '../../../shared/domain/policy';
import { clockDeadline } from '../../../shared/domain/sla';
import { type Command, oneOf, str, UsageError } from '../command';

export const sla: Command = {
  name: 'sla',
  usage: 'cpor sla due --clock CLOCK --from ISO [--policy ID] [--region CODE] [--tz ZONE] [--closing HH:MM] [--json]',
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
  run({ positionals, values, io }) {
    if (positionals[0] !== 'due') throw new UsageError(`unknown sla command "${positionals[0]}"; try "cpor sla due"`);
    const clock = oneOf(str(values, 'clock') ?? '', CLOCKS, 'clock');
    const from = str(values, 'from');
    if (!from || Number.isNaN(Date.parse(from)) || !/^\d{4}-\d{2}-\d{2}T/.test(from)) {
      throw new UsageError('--from takes an ISO-8601 time, e.g. 2026-11-24T10:00:00-08:00');
    }
    const policy = oneOf(str(values, 'policy') ?? DEFAULT_POLICY, POLICY_IDS, 'policy');
    const calendar: CalendarConfig = {
      region: str(values, 'region') ?? DEFAULT_CALENDAR.region,
      timeZone: str(values, 'tz') ?? DEFAULT_CALENDAR.timeZone,
      closing: str(values, 'closing') ?? DEFAULT_CALENDAR.closing,
    };
    if (!isKnownRegion(calendar.region)) throw new UsageError(`unknown holiday region "${calendar.region}" (e.g. US, US-CA, FR, DE)`);
    if (!IANAZone.isValidZone(calendar.timeZone)) throw new UsageError(`unknown time zone "${calendar.timeZone}"`);
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(calendar.closing)) throw new UsageError('--closing takes HH:MM');
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
        : `${clock} from ${from}: ${duration.amount} ${duration.unit.replace('-', ' ')} under policy ${policy} -> due ${deadline.dueAt} (${calendar.region}, ${calendar.timeZone}, closing ${calendar.closing})`,
    );
    return 0;
  },
};

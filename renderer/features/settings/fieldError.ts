// A refusal of settings.update names the setting it is about: "settings.update: calendar.closing:
// closing time must be…" (the boundary's zod check, several issues joined by "; ") or
// "calendar.region: unknown holiday region…" (the service). The screen shows each under its field,
// in the UI's language when it can tell which refusal it is (settings.refusal.* in the catalogs),
// else the service's English words under a translated lead-in.
import { ROLES, type Role, refusalText, TEAM_SETTINGS } from '../../../shared/domain/roles';

/** A refusal the screen can word itself; `kind` is its key under settings.refusal. */
export type Refusal =
  | { readonly kind: 'identityEmpty' | 'regionEmpty' | 'zoneEmpty' | 'closingFormat' | 'policyDate' | 'folderEmpty' | 'folderFixed' | 'nothing' }
  | { readonly kind: 'identityTooLong'; readonly max: number }
  | { readonly kind: 'regionUnknown' | 'zoneUnknown' | 'folderRelative' | 'folderFile' | 'folderReadOnly' | 'folderMissing'; readonly value: string }
  | { readonly kind: 'policyTooEarly'; readonly policy: string; readonly effective: string; readonly from: string }
  /** The team's calendar or policy, refused to a role that is not the lead's. */
  | { readonly kind: 'teamSetting'; readonly role: Role; readonly part: keyof typeof TEAM_SETTINGS };

/** A refusal, with the setting it names ("calendar.closing") when it names one. */
export interface FieldError {
  readonly field: string | null;
  /** The service's words (English), or the window's own when the call never reached the service. */
  readonly message: string;
  /** What the screen says instead, in the UI's language; null when it cannot tell. */
  readonly refusal: Refusal | null;
  /** True when `message` is the service's English. */
  readonly service: boolean;
}

type Reading = readonly [field: string | null, pattern: RegExp, refusal: (m: RegExpExecArray) => Refusal];

const value = (kind: Extract<Refusal, { value: string }>['kind']) => (m: RegExpExecArray): Refusal => ({ kind, value: m[1] ?? '' });

/** Each refusal the service writes (shared/api/schemas.ts, shared/domain, services/settings), by field. */
const READINGS: readonly Reading[] = [
  ['identity', /^your name cannot be empty$/, () => ({ kind: 'identityEmpty' })],
  ['identity', /^at most (\d+) characters$/, (m) => ({ kind: 'identityTooLong', max: Number(m[1]) })],
  ['calendar.region', /^choose a holiday region$/, () => ({ kind: 'regionEmpty' })],
  ['calendar.region', /^unknown holiday region "(.*)" \(a date-holidays code/s, value('regionUnknown')],
  ['calendar.timeZone', /^choose a time zone$/, () => ({ kind: 'zoneEmpty' })],
  ['calendar.timeZone', /^unknown time zone "(.*)" \(an IANA zone/s, value('zoneUnknown')],
  ['calendar.closing', /^closing time must be HH:MM from 00:00 to 23:59(, got ".*")?$/s, () => ({ kind: 'closingFormat' })],
  ['policy.from', /^(a date as YYYY-MM-DD|the policy's first day must be a date as YYYY-MM-DD, got ".*")$/s, () => ({ kind: 'policyDate' })],
  [
    'policy.from',
    /^the (\S+) policy took effect on (\d{4}-\d{2}-\d{2}): it cannot apply from (\d{4}-\d{2}-\d{2})$/,
    (m) => ({ kind: 'policyTooEarly', policy: m[1] ?? '', effective: m[2] ?? '', from: m[3] ?? '' }),
  ],
  ['dataFolder', /^name a folder$/, () => ({ kind: 'folderEmpty' })],
  ['dataFolder', /^the browser host serves the folder it was started with; /, () => ({ kind: 'folderFixed' })],
  ['dataFolder', /^"(.*)" is not a full path /s, value('folderRelative')],
  ['dataFolder', /^"(.*)" is a file, not a folder$/s, value('folderFile')],
  ['dataFolder', /^the workstation cannot write in "(.*)"$/s, value('folderReadOnly')],
  ['dataFolder', /^no part of "(.*)" exists$/s, value('folderMissing')],
  [null, /^name at least one setting to change$/, () => ({ kind: 'nothing' })],
];

/** The role refusals of the team's settings, as the service words them (settings-service.ts). */
function teamSetting(message: string): Refusal | null {
  for (const role of ROLES) {
    for (const part of ['calendar', 'policy'] as const) {
      if (message === refusalText(role, TEAM_SETTINGS[part])) return { kind: 'teamSetting', role, part };
    }
  }
  return null;
}

function read(field: string | null, message: string): Refusal | null {
  for (const [named, pattern, refusal] of READINGS) {
    const m = named === field ? pattern.exec(message) : null;
    if (m) return refusal(m);
  }
  return field === null ? teamSetting(message) : null;
}

function one(text: string): FieldError {
  const named = /^([A-Za-z]+(?:\.[A-Za-z]+)?): (.+)$/s.exec(text);
  const field = named ? (named[1] ?? null) : null;
  const message = named ? (named[2] ?? text) : text;
  return { field, message, refusal: read(field, message), service: true };
}

/** The service's refusal of a change, one entry per setting it names (the boundary may name several). */
export function fieldErrors(message: string): readonly FieldError[] {
  const boundary = /^settings\.update: /.exec(message);
  if (!boundary) return [one(message)];
  return message
    .slice(boundary[0].length)
    .split(/; (?=[A-Za-z]+(?:\.[A-Za-z]+)?: )/)
    .map(one);
}

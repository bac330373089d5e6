// A refusal of settings.update names the settings it is about as data: the envelope's issues
// (shared/api/input-issue.ts), each a field's path, a code and its values, whether the boundary's
// zod check refused the value or the service did. The screen shows each under its field, in the
// UI's language when it has words for that field's code (settings.refusal.* in the catalogs), else
// the issue's English under a translated lead-in.
import { type InputIssue, type IssueCode, type IssueParams, issueField } from '../../../shared/api/input-issue';
import type { Role, TEAM_SETTINGS } from '../../../shared/domain/roles';
import type { ApiError } from '../../api/api-error';

type Plain = 'identityEmpty' | 'regionEmpty' | 'zoneEmpty' | 'closingFormat' | 'policyDate' | 'folderEmpty' | 'folderFixed' | 'nothing';
type Valued = 'regionUnknown' | 'zoneUnknown' | 'folderRelative' | 'folderFile' | 'folderReadOnly' | 'folderMissing';

/** A refusal the screen can word itself; `kind` is its key under settings.refusal. */
export type Refusal =
  | { readonly kind: Plain }
  | { readonly kind: 'identityTooLong'; readonly max: number }
  | { readonly kind: Valued; readonly value: string }
  | { readonly kind: 'policyTooEarly'; readonly policy: string; readonly effective: string; readonly from: string }
  /** The team's calendar or policy, refused to a role that is not the lead's. */
  | { readonly kind: 'teamSetting'; readonly role: Role; readonly part: keyof typeof TEAM_SETTINGS }
  /** Any other keyed refusal (the team hub's, say): worded from its key like every backend error. */
  | { readonly kind: 'keyed'; readonly error: ApiError };

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

type Wording = (params: IssueParams) => Refusal | null;

const plain = (kind: Plain): Wording => () => ({ kind });
/** A required text left blank: the boundary's `too-small` of one character. */
const blank = (kind: Plain): Wording => (params) => (params.min === 1 ? { kind } : null);
const valued = (kind: Valued): Wording => (params) => (typeof params.value === 'string' ? { kind, value: params.value } : null);

const tooLong: Wording = ({ max }) => (typeof max === 'number' ? { kind: 'identityTooLong', max } : null);

const tooEarly: Wording = ({ policy, effective, from }) =>
  typeof policy === 'string' && typeof effective === 'string' && typeof from === 'string' ? { kind: 'policyTooEarly', policy, effective, from } : null;

/** What the screen words, by field ("" for the change as a whole) and code; anything else reads the issue's English. */
const WORDINGS: Readonly<Record<string, Partial<Record<IssueCode, Wording>>>> = {
  '': { 'nothing-to-change': plain('nothing') },
  identity: { 'too-small': blank('identityEmpty'), 'too-big': tooLong },
  'calendar.region': { 'too-small': blank('regionEmpty'), unknown: valued('regionUnknown') },
  'calendar.timeZone': { 'too-small': blank('zoneEmpty'), unknown: valued('zoneUnknown') },
  'calendar.closing': { 'invalid-format': plain('closingFormat') },
  'policy.from': { 'invalid-format': plain('policyDate'), 'too-early': tooEarly },
  dataFolder: {
    'too-small': blank('folderEmpty'),
    'not-changeable': plain('folderFixed'),
    'not-absolute': valued('folderRelative'),
    'not-a-folder': valued('folderFile'),
    'not-writable': valued('folderReadOnly'),
    'does-not-exist': valued('folderMissing'),
  },
};

function wording(field: string, code: IssueCode): Wording | undefined {
  const byCode = Object.hasOwn(WORDINGS, field) ? WORDINGS[field] : undefined;
  return byCode && Object.hasOwn(byCode, code) ? byCode[code] : undefined;
}

/** The service's refusal of a change, one entry per issue, under the field it names (the boundary may name several). */
export function fieldErrors(issues: readonly InputIssue[]): readonly FieldError[] {
  return issues.map(({ path, code, params, message }) => {
    const field = issueField(path);
    return { field: field || null, message, refusal: wording(field, code)?.(params) ?? null, service: true };
  });
}

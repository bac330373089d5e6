// Input refused field by field, as data: where in the call's input (its path), what is wrong there
// (a code), and the values a sentence needs (params: codes, counts, ISO dates and the value given,
// never words). The contract's zod check at the boundary (dispatch) and a service that checks a
// field itself (settings.update) fill the same shape in the error envelope, on both transports, so
// a screen finds the field and words the refusal in its own language without reading English.
// Each issue keeps its own English `message`, for a screen that has no words for its code.
import { z } from 'zod';

export const ISSUE_CODES = [
  /** { expected }: not of the type the field takes. */
  'invalid-type',
  /** { min }: too short or too small; a required text left blank is { min: 1 }. */
  'too-small',
  /** { max } */
  'too-big',
  /** Not written as the field asks; { format } names a known format ("date"), none for a pattern of the field's own (HH:MM). */
  'invalid-format',
  /** { allowed }: not one of the codes allowed, joined by ",". */
  'invalid-value',
  /** { keys }: fields the input does not have, joined by ",". */
  'unrecognized-keys',
  /** { value }: not one the workstation knows (a holiday region, a time zone, a policy). */
  'unknown',
  /** { policy, effective, from }: a policy asked to apply from before the day it took effect. */
  'too-early',
  /** { value }: a folder that is not a full path. */
  'not-absolute',
  /** { value }: a path that is a file, not a folder. */
  'not-a-folder',
  /** { value }: a folder the workstation cannot write in. */
  'not-writable',
  /** { value }: no part of the path exists. */
  'does-not-exist',
  /** A setting this workstation cannot change (the browser host's data folder). */
  'not-changeable',
  /** A change that names nothing to change. */
  'nothing-to-change',
  /** Any other check: its English `message` alone says what. */
  'invalid',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type IssueParams = Readonly<Record<string, string | number>>;

/** One refused field. A code newer than the reader's build reads as "invalid", keeping its field and English. */
export const InputIssueSchema = z.object({
  /** Where in the input: ["calendar", "closing"]; [] for the input as a whole. */
  path: z.array(z.union([z.string(), z.number()])).readonly(),
  code: z.enum(ISSUE_CODES).catch('invalid'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).readonly().catch({}),
  /** The issue's own English ("closing time must be HH:MM from 00:00 to 23:59"), without its path. */
  message: z.string(),
});
export type InputIssue = z.output<typeof InputIssueSchema>;

/** The issues of an envelope that crossed a transport; what is not an issue at all is left out. */
export function readIssues(value: unknown): readonly InputIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = InputIssueSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A field path as a refusal's English names it: "calendar.closing". */
export const issueField = (path: readonly (string | number)[]): string => path.map(String).join('.');

/** Params that key a custom check (`.refine(check, { message, params: keyedCheck('nothing-to-change') })`). */
export const keyedCheck = (code: IssueCode): { readonly issue: IssueCode } => ({ issue: code });

const ISSUE_CODE_SET: ReadonlySet<string> = new Set(ISSUE_CODES);

function zodParams(issue: z.core.$ZodIssue): { code: IssueCode; params: IssueParams } {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid-type', params: { expected: String(issue.expected) } };
    case 'too_small':
      return { code: 'too-small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { code: 'too-big', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: 'invalid-format', params: issue.format === 'regex' ? {} : { format: issue.format } };
    case 'invalid_value':
      return { code: 'invalid-value', params: { allowed: issue.values.map(String).join(',') } };
    case 'unrecognized_keys':
      return { code: 'unrecognized-keys', params: { keys: issue.keys.join(',') } };
    case 'custom': {
      const keyed = issue.params?.issue;
      return { code: typeof keyed === 'string' && ISSUE_CODE_SET.has(keyed) ? (keyed as IssueCode) : 'invalid', params: {} };
    }
    default:
      return { code: 'invalid', params: {} };
  }
}

/** zod's issues as keyed data, each with its path and its English. */
export function inputIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    ...zodParams(issue),
    message: issue.message,
  }));
}

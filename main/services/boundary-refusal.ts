// Input the contract's schemas refuse before any service runs: the boundary's English stays as it
// is, every issue travels keyed (shared/api/input-issue.ts), and the few refusals a screen words
// as a whole are keyed as the service would key them (a comment too long is refused here, never
// reaching comments.ts).
import { type InputIssue, issueField } from '../../shared/api/input-issue';
import type { Refusal } from '../../shared/domain/refusal';

type Reading = (issue: InputIssue) => Refusal | null;

const READINGS: Readonly<Record<string, Reading>> = {
  'claim.comment': (issue): Refusal | null => {
    if (issueField(issue.path) !== 'text') return null;
    if (issue.code === 'too-small') return { key: 'comment-empty', params: {} };
    if (issue.code === 'too-big' && typeof issue.params.max === 'number') return { key: 'comment-too-long', params: { max: issue.params.max } };
    return null;
  },
};

/** The key of a refused input when its one issue is one a screen words; null otherwise. */
export function boundaryRefusal(method: string, issues: readonly InputIssue[]): Refusal | null {
  const reading = Object.hasOwn(READINGS, method) ? READINGS[method] : undefined;
  const [issue, ...more] = issues;
  return reading && issue && more.length === 0 ? reading(issue) : null;
}

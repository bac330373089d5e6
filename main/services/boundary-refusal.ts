// Input the contract's schemas refuse before any service runs: the boundary's English stays as it
// is, and the few refusals a screen can meet are keyed as the service would key them (a comment
// too long is refused here, never reaching comments.ts).
import type { Refusal } from '../../shared/domain/refusal';

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly maximum?: unknown;
}

type Reading = (issue: Issue) => Refusal | null;

const READINGS: Readonly<Record<string, Reading>> = {
  'claim.comment': (issue): Refusal | null => {
    if (issue.path.join('.') !== 'text') return null;
    if (issue.code === 'too_small') return { key: 'comment-empty', params: {} };
    if (issue.code === 'too_big' && typeof issue.maximum === 'number') return { key: 'comment-too-long', params: { max: issue.maximum } };
    return null;
  },
};

/** The key of a refused input when its one issue is one a screen words; null otherwise. */
export function boundaryRefusal(method: string, issues: readonly Issue[]): Refusal | null {
  const reading = Object.hasOwn(READINGS, method) ? READINGS[method] : undefined;
  const [issue, ...more] = issues;
  return reading && issue && more.length === 0 ? reading(issue) : null;
}

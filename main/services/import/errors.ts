/** One problem in a bundle, precise enough to fix: which row, which field, what is wrong. */
export interface BundleProblem {
  readonly row: number | null; // 1-based claim row; null for the bundle as a whole
  readonly claimId?: string | undefined;
  readonly field?: string | undefined;
  readonly problem: string;
}

export function formatProblem(p: BundleProblem): string {
  const where = p.row === null ? 'bundle' : `row ${p.row}${p.claimId ? ` (${p.claimId})` : ''}`;
  return `${where}${p.field ? `, ${p.field}` : ''}: ${p.problem}`;
}

export class BundleRefusedError extends Error {
  constructor(readonly problems: readonly BundleProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > 20 ? [`... and ${problems.length - 20} more problems`] : [];
    super(`bundle refused, nothing imported:\n${[...shown, ...more].join('\n')}`);
    this.name = 'BundleRefusedError';
  }
}

// Timing helpers for the benchmark script: percentiles and a budget line per figure.
import { performance } from 'node:perf_hooks';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export function sample(times: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn(i);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export async function timeOnce(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));

export function report(what: string, figure: number, budget: number, unit = 'ms', extra = ''): boolean {
  const ok = figure <= budget;
  console.log(`${ok ? 'within ' : 'OVER   '} ${what.padEnd(58)} ${fmt(figure).padStart(9)} ${unit}  (budget ${fmt(budget)} ${unit})${extra ? '  ' + extra : ''}`);
  return ok;
}

/** A figure docs/product.md sets no budget for, printed for the record. */
export function note(what: string, figure: number, unit = 'ms', extra = ''): void {
  const shown = figure >= 100 ? figure.toFixed(0) : figure.toFixed(2);
  console.log(`figure   ${what.padEnd(58)} ${shown.padStart(9)} ${unit}${extra ? '  ' + extra : ''}`);
}

/** A rate against a floor: within when the figure is at least the floor. */
export function reportAtLeast(what: string, figure: number, floor: number, unit: string, extra = ''): boolean {
  const ok = figure >= floor;
  console.log(`${ok ? 'within ' : 'UNDER  '} ${what.padEnd(58)} ${fmt(figure).padStart(9)} ${unit}  (floor ${fmt(floor)} ${unit})${extra ? '  ' + extra : ''}`);
  return ok;
}

// Pre-check accuracy on a labelled set: generated PoEs whose truth.json says what each one
// holds. Precision and recall per finding kind must stay above the floors below (the engine
// reaches 1.0 on every kind on this set today; the floors leave room for harder wording).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoBundle } from '../../main/demo';
import { precheckFile } from '../../main/services/precheck/engine';
import { SCORED, accuracyTable, precision, recall, scoreBundle, type Accuracy, type Scored } from '../fixtures/precheck-accuracy';

const FLOORS: Record<Scored, { precision: number; recall: number }> = Object.fromEntries(
  SCORED.map((k) => [k, { precision: 0.95, recall: 0.95 }]),
) as Record<Scored, { precision: number; recall: number }>;

const work = mkdtempSync(join(tmpdir(), 'cpor-precheck-accuracy-'));
let accuracy: Accuracy;

beforeAll(async () => {
  const dir = join(work, 'bundle');
  await writeDemoBundle({ claims: 120, seed: 2026, now: new Date('2026-03-18T12:00:00Z'), outDir: dir });
  accuracy = await scoreBundle(dir, (path, claim) => precheckFile({ path, claim, today: '2026-03-18' }));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pre-check accuracy on generated PoEs', () => {
  it('scores enough documents of every kind to mean something', () => {
    expect(accuracy.documents).toBeGreaterThan(100);
    for (const k of SCORED) expect(accuracy.scores[k].tp, k).toBeGreaterThanOrEqual(5);
  });

  it.each(SCORED)('%s: precision and recall above the floor', (kind) => {
    const s = accuracy.scores[kind];
    const why = `${accuracyTable(accuracy)}\n${accuracy.misses.filter((m) => m.includes(` ${kind}:`)).slice(0, 20).join('\n')}`;
    expect(precision(s), why).toBeGreaterThanOrEqual(FLOORS[kind].precision);
    expect(recall(s), why).toBeGreaterThanOrEqual(FLOORS[kind].recall);
  });
});

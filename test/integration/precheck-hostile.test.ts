// `cpor precheck` on hostile PDFs the test makes itself (no external corpus needed): a broken
// cross-reference table, a file cut in half, a password, scripts and a launch action, a hundred
// thousand pages, a page that is only a picture. Each comes back with an honest result or a
// clear error, in bounded time, from one process that never crashes, and no script ever runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_PAGES_READ } from '../../main/services/precheck/extract';
import { PrecheckResultSchema } from '../../shared/api/precheck';
import { cpor } from '../fixtures/cli';
import {
  brokenXrefPdf,
  encryptedPdf,
  HUGE_PAGES,
  hugePdf,
  imageOnlyPdf,
  SCRIPT_GLOBAL,
  SCRIPT_MARKER,
  scriptedPdf,
  truncatedPdf,
} from '../fixtures/hostile-pdfs';

const work = mkdtempSync(join(tmpdir(), 'cpor-precheck-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TIMEOUT_S = 15;

describe('cpor precheck on hostile files', () => {
  it('gives each an honest result or a clear error, within the time limit, and runs no script', async () => {
    const files: Record<string, Uint8Array> = {
      'broken-xref.pdf': await brokenXrefPdf(),
      'truncated.pdf': await truncatedPdf(),
      'encrypted.pdf': await encryptedPdf(),
      'scripted.pdf': await scriptedPdf(),
      'huge.pdf': hugePdf(),
      'image-only.pdf': await imageOnlyPdf(),
    };
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(work, name);
      writeFileSync(path, bytes);
      return path;
    });

    const run = cpor('precheck', ...paths, '--products', 'Microsoft Teams', '--now', '2026-03-18T10:00:00Z', '--timeout', String(TIMEOUT_S), '--json');
    // Two files cannot be read: exit 1 and a line saying so, not a crash.
    expect(run.code, run.err).toBe(1);
    expect(run.err.trim()).toBe('cpor: 2 of 6 files could not be pre-checked');
    const results = z.array(PrecheckResultSchema).parse(JSON.parse(run.out));
    expect(results.map((r) => r.file)).toEqual(paths);
    const [brokenXref, truncated, encrypted, scripted, huge, imageOnly] = results;
    for (const r of results) expect(r.elapsedMs, r.file).toBeLessThan(TIMEOUT_S * 1000);

    // A reader rebuilds a broken cross-reference table: both pages are read.
    expect(brokenXref).toMatchObject({ ok: true, error: null, pages: 2, textPages: 2 });
    expect(brokenXref!.findings).toContainEqual(expect.objectContaining({ kind: 'date', status: 'ok', text: '2026-03-02', page: 1 }));
    expect(brokenXref!.findings).toContainEqual(expect.objectContaining({ kind: 'product', status: 'found', page: 1 }));

    // Cut in half, the file has lost its cross-reference table and trailer: damaged, said in a sentence.
    expect(truncated).toMatchObject({ ok: false, error: 'the file is damaged: it is not a PDF pdf.js can read', pages: null, proposed: ['missing-poe'] });
    expect(encrypted).toMatchObject({ ok: false, error: 'the file is password protected: it cannot be read without its password', pages: null });

    // The scripts are never run: the text is read, and nothing the scripts print or set appears.
    expect(scripted).toMatchObject({ ok: true, error: null, pages: 1, textPages: 1 });
    expect(scripted!.findings).toContainEqual(expect.objectContaining({ kind: 'product', status: 'found' }));
    expect(run.out + run.err).not.toContain(SCRIPT_MARKER);
    expect(SCRIPT_GLOBAL in globalThis).toBe(false);

    // A hundred thousand pages: counted, the first ones read, and the note says so.
    expect(huge).toMatchObject({ ok: true, error: null, pages: HUGE_PAGES, textPages: MAX_PAGES_READ });
    expect(huge!.notes).toContain(`only the first ${MAX_PAGES_READ} of ${HUGE_PAGES} pages were read`);

    // A page that is only a picture: read, with no text, and the reviewer told to look.
    expect(imageOnly).toMatchObject({ ok: true, error: null, pages: 1, textPages: 0, findings: [] });
    expect(imageOnly!.notes).toEqual(['page 1: no text layer: check by eye']);
  });
});

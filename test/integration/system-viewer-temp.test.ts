// "Open with system viewer" writes the PoE copy where no other local user can reach it (issue 16,
// item 8). Electron's binary cannot run here: a fake `electron` module stands in for app and shell
// and records what the module asks of them; the file system, the store and the PoE are real.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importBundle } from '../../main/services/import/import-bundle';
import { systemViewerFile } from '../../main/services/documents';
import { claimRow, tinyPdf, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';

const fake = vi.hoisted(() => ({
  temp: '',
  opened: [] as string[],
  quitHandlers: [] as (() => void)[],
}));

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => {
      if (name !== 'temp') throw new Error(`unexpected app.getPath(${name})`);
      return fake.temp;
    },
    on: (event: string, handler: () => void) => {
      if (event === 'will-quit') fake.quitHandlers.push(handler);
    },
  },
  shell: {
    openPath: async (path: string) => {
      fake.opened.push(path);
      return '';
    },
  },
}));

const { openWithSystemViewer } = await import('../../main/electron/open-document');

let t: TempStore;
let docId: string;
let victim: string;

beforeAll(async () => {
  fake.temp = mkdtempSync(join(tmpdir(), 'cpor-viewer-temp-'));
  t = tempStore();
  const bundle = await writeBundle([claimRow({ id: 'SV-9', documents: [{ path: 'poe/a.pdf', name: 'Statement of work.pdf' }] })], { 'poe/a.pdf': await tinyPdf('the real PoE') });
  await importBundle(t.ctx(), bundle);
  docId = t.store.db.prepare("SELECT id FROM documents WHERE claim_id = 'SV-9'").pluck().get() as string;
  // Another local user got there first: the predictable folder, world-writable, holding a link
  // under the name the copy would take, pointing at a file of the reviewer's.
  const file = systemViewerFile(t.ctx(), docId);
  const planted = join(fake.temp, 'cpor-poe', file.sha256);
  mkdirSync(planted, { recursive: true, mode: 0o777 });
  victim = join(fake.temp, 'reviewers-own-notes.txt');
  writeFileSync(victim, 'my notes', { mode: 0o600 });
  symlinkSync(victim, join(planted, file.fileName));
});
afterAll(() => {
  t.dispose();
  rmSync(fake.temp, { recursive: true, force: true });
});

describe('the system viewer copy', () => {
  it('goes to a folder only this run made and may enter, never through a planted link', async () => {
    await openWithSystemViewer(t.ctx(), docId);
    const path = fake.opened.at(-1)!;
    expect(readFileSync(victim, 'utf8')).toBe('my notes');
    expect(path.startsWith(join(fake.temp, 'cpor-poe', '/'))).toBe(false);
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const folder = dirname(dirname(path));
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o400);
  });

  it('is opened again from the same copy', async () => {
    await openWithSystemViewer(t.ctx(), docId);
    expect(fake.opened).toHaveLength(2);
    expect(fake.opened[1]).toBe(fake.opened[0]);
  });

  it('is removed when the app quits', () => {
    const folder = dirname(dirname(fake.opened[0]!));
    expect(fake.quitHandlers).toHaveLength(1);
    fake.quitHandlers[0]!();
    expect(existsSync(folder)).toBe(false);
  });
});

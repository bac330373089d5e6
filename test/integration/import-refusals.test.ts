// A bad bundle is refused with a row-level message and leaves the store's content unchanged.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../../main/services/import/import-bundle';
import { claimRow, tinyPdf, writeBundle } from '../fixtures/bundle';
import { expectImportRefused, storeWithTwoClaims } from '../fixtures/import-refusal';
import type { TempStore } from '../fixtures/store';

let t: TempStore;

beforeEach(async () => {
  t = await storeWithTwoClaims();
});
afterEach(() => t.dispose());

const expectRefused = (bundle: string, message: RegExp) => expectImportRefused(t, bundle, message);

describe('bundle refusals', () => {
  it('refuses claims.json that is not JSON', async () => {
    const dir = await writeBundle([]);
    writeFileSync(join(dir, 'claims.json'), '{"claims": [');
    await expectRefused(dir, /claims\.json is not valid JSON/);
  });

  it('refuses a bundle without claims.json', async () => {
    const dir = await writeBundle([]);
    await expectRefused(join(dir, 'poe-does-not-exist'), /"[^"]*poe-does-not-exist" does not exist/);
    await expectRefused(join(dir, 'claims.json'), /is not a bundle folder or \.zip file/);
  });

  it('names the row and field of a bad value, and refuses the good rows with it', async () => {
    const dir = await writeBundle([claimRow({ id: 'NEW-1' }), claimRow({ id: 'NEW-2', status: 'pending' as never })]);
    await expectRefused(dir, /row 2 \(NEW-2\), status: Invalid option/);
  });

  it('refuses unknown columns', async () => {
    const dir = await writeBundle([{ ...claimRow({ id: 'NEW-3' }), colour: 'blue' }]);
    await expectRefused(dir, /row 1 \(NEW-3\).*colour/);
  });

  it('refuses duplicate ids', async () => {
    const dir = await writeBundle([claimRow({ id: 'DUP' }), claimRow({ id: 'DUP' })]);
    await expectRefused(dir, /row 2 \(DUP\), id: duplicate claim id, already used by row 1/);
  });

  it('refuses a missing PoE file', async () => {
    const dir = await writeBundle([claimRow({ id: 'MISS', documents: [{ path: 'poe/nowhere.pdf' }] })], { 'poe/other.pdf': 'x' });
    await expectRefused(dir, /row 1 \(MISS\), documents\.0\.path: "poe\/nowhere\.pdf" does not exist/);
  });

  it('refuses paths that leave the bundle', async () => {
    const dir = await writeBundle([claimRow({ id: 'ESC', documents: [{ path: '../../etc/passwd' }] })]);
    await expectRefused(dir, /row 1 \(ESC\), documents\.0\.path: must not leave the bundle/);
    const abs = await writeBundle([claimRow({ id: 'ABS', documents: [{ path: '/etc/passwd' }] })]);
    await expectRefused(abs, /row 1 \(ABS\), documents\.0\.path: must be a relative path/);
  });

  it('refuses links, to files and to folders', async () => {
    const dir = await writeBundle([claimRow({ id: 'LNK', documents: [{ path: 'poe/link.pdf' }] })], { 'poe/real.pdf': await tinyPdf('x') });
    symlinkSync(join(dir, 'poe/real.pdf'), join(dir, 'poe/link.pdf'));
    await expectRefused(dir, /"poe\/link\.pdf" is a link/);
    const dir2 = await writeBundle([claimRow({ id: 'LNK2', documents: [{ path: 'linked/real.pdf' }] })], { 'poe/real.pdf': await tinyPdf('x') });
    symlinkSync(join(dir2, 'poe'), join(dir2, 'linked'));
    await expectRefused(dir2, /"linked\/real\.pdf" is a link/);
  });

  it('refuses a folder named as a document', async () => {
    const dir = await writeBundle([claimRow({ id: 'FOLD', documents: [{ path: 'poe/sub' }] })], { 'poe/x.pdf': 'x' });
    mkdirSync(join(dir, 'poe/sub'));
    await expectRefused(dir, /"poe\/sub" is not a regular file/);
  });

  it('re-importing the same bundle changes nothing; a changed claim is updated with a history entry', async () => {
    const row = claimRow({ id: 'RE-1' });
    const dir = await writeBundle([row]);
    expect(await importBundle(t.ctx(), dir)).toMatchObject({ created: 1 });
    expect(await importBundle(t.ctx(), dir)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const dir2 = await writeBundle([{ ...row, products: ['Microsoft Teams', 'Intune'] }]);
    expect(await importBundle(t.ctx(), dir2)).toMatchObject({ updated: 1 });
    const history = t.store.db.prepare("SELECT kind, detail FROM history WHERE claim_id = 'RE-1' ORDER BY seq").all();
    expect(history).toEqual([
      expect.objectContaining({ kind: 'imported' }),
      { kind: 'updated', detail: expect.stringContaining('"products"') },
    ]);
    expect(t.store.db.prepare("SELECT count(*) AS n FROM claims WHERE id = 'RE-1'").get()).toEqual({ n: 1 });
  });
});

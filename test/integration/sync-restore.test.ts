// A store that goes back in time or is copied keeps syncing without losing work: its new changes
// never carry the id of a change it sent before (it takes a new workstation name), and a change
// whose answer was lost is still recognised when the restored store sends it again. Real hub
// processes on a real PostgreSQL server, real SQLite stores, real backup files.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../main/services/backup/create-backup';
import { restoreBackup } from '../../main/services/backup/restore-backup';
import { addComment } from '../../main/services/comments';
import { importBundle } from '../../main/services/import/import-bundle';
import { buildBatch } from '../../main/services/sync/build-batch';
import { openStore } from '../../main/store/open';
import { workstationName } from '../../main/store/sync-state-table';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { testNow } from '../fixtures/clock';
import { expectConverged, startTeam, stopPostgres, type Team, workstation, type Workstation } from '../fixtures/team';

let team: Team;
let alex: Workstation;
let sam: Workstation;
const extra: Workstation[] = [];
const dirs: string[] = [];
let hub: string;

beforeAll(async () => {
  team = await startTeam('sync_restore', 1);
  hub = team.hubs[0]!;
  alex = workstation('alex', 'Alex Martin', team.token('Alex Martin'));
  sam = workstation('sam', 'Sam Lee', team.token('Sam Lee'));
  await importBundle(alex.ctx(), await writeBundle(['R-1', 'R-2', 'R-3'].map((id) => claimRow({ id, documents: [] }))));
  await alex.sync(hub);
  await sam.sync(hub);
}, 120_000);

afterAll(async () => {
  await team?.stop();
  for (const w of [alex, sam, ...extra]) w?.dispose();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await stopPostgres();
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cpor-restore-'));
  dirs.push(d);
  return d;
}

const comment = (w: Workstation, claimId: string, text: string) => addComment(w.ctx(), { claimId, author: 'Alex Martin', text, side: 'reviewer', internal: false });

/** `cpor restore`: the data folder swapped for the backup's, the store opened again. */
async function restore(w: Workstation, file: string): Promise<void> {
  w.store.close();
  await restoreBackup(file, w.dir, testNow());
  w.store = openStore(w.dir);
}

async function hubCommentTexts(claimId: string): Promise<string[]> {
  return (await team.hubClaims()).get(claimId)!.snapshot.comments.map((c) => c.text);
}

const texts = (w: Workstation, claimId: string) =>
  (w.store.db.prepare('SELECT text FROM comments WHERE claim_id = ? ORDER BY history_seq').pluck().all(claimId) as string[]);

describe('a restored or copied store and the hub', () => {
  it('keeps a comment made after a restore, beside the one the restore rewound (both on every store and the hub)', async () => {
    const b0 = join(tempDir(), 'b0.cporbackup');
    await createBackup(alex.store, b0, testNow());
    const nameBefore = workstationName(alex.store.db);

    comment(alex, 'R-1', 'FIRST');
    expect(await alex.sync(hub)).toMatchObject({ applied: 1 });

    await restore(alex, b0);
    expect(texts(alex, 'R-1')).toEqual([]);
    expect(workstationName(alex.store.db)).not.toBe(nameBefore);

    comment(alex, 'R-1', 'SECOND');
    expect(await alex.sync(hub)).toMatchObject({ applied: 1, conflicts: 0 });
    await sam.sync(hub);
    await alex.sync(hub);

    expect(await hubCommentTexts('R-1')).toEqual(['FIRST', 'SECOND']);
    for (const w of [alex, sam]) expect(texts(w, 'R-1')).toEqual(['FIRST', 'SECOND']);
    await expectConverged(team, [alex, sam]);
  });

  it('recognises a change whose answer was lost when the restored store sends it again', async () => {
    comment(alex, 'R-2', 'ONCE');
    // The batch is written to the push journal, then the backup is taken: the backup holds the
    // batch as it will be sent.
    expect(buildBatch(alex.store.db, testNow().toISOString())).not.toBeNull();
    const b1 = join(tempDir(), 'b1.cporbackup');
    await createBackup(alex.store, b1, testNow());
    expect(await alex.sync(hub)).toMatchObject({ applied: 1 });
    const changes = await team.changeCount();

    // Back to the moment before the answer came: the same batch goes again, and is known.
    await restore(alex, b1);
    const again = await alex.sync(hub);
    expect(again).toMatchObject({ pushed: 1, applied: 1 });
    expect(await team.changeCount()).toBe(changes);
    expect(await hubCommentTexts('R-2')).toEqual(['ONCE']);
    await sam.sync(hub);
    await alex.sync(hub);
    for (const w of [alex, sam]) expect(texts(w, 'R-2')).toEqual(['ONCE']);
    await expectConverged(team, [alex, sam]);
  });

  it('gives a copy of a store its own name, so the copy and the original both keep their work', async () => {
    await alex.sync(hub);
    const copyDir = tempDir();
    cpSync(alex.dir, copyDir, { recursive: true });
    const copy = workstation('copy', 'Alex Martin', team.token('Alex Martin'));
    extra.push(copy);
    copy.store.close();
    rmSync(copy.dir, { recursive: true, force: true });
    cpSync(copyDir, copy.dir, { recursive: true });
    copy.store = openStore(copy.dir);

    comment(alex, 'R-3', 'ORIGINAL');
    comment(copy, 'R-3', 'COPY');
    await alex.sync(hub);
    await copy.sync(hub);
    expect(workstationName(copy.store.db)).not.toBe(workstationName(alex.store.db));
    await alex.sync(hub);
    await sam.sync(hub);

    expect((await hubCommentTexts('R-3')).sort()).toEqual(['COPY', 'ORIGINAL']);
    for (const w of [alex, sam, copy]) expect(texts(w, 'R-3').sort()).toEqual(['COPY', 'ORIGINAL']);
    await expectConverged(team, [alex, sam, copy]);
  });
});

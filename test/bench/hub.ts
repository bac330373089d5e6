// The team hub's change log on a real PostgreSQL server (the tests' throw-away one): a push of
// 10,000 pending changes from one workstation, 20 workstations pushing at once, and a paged pull
// of 100,000 changes, all over loopback HTTP through a hub in this process. The sync protocol is
// not complete yet (issue 6), so these are figures for the record, not against a budget.
import pg from 'pg';
import type { HubChange, PullResult, PushResult } from '../../shared/api/hub-sync';
import { startHub } from '../../main/hub/hub-server';
import { type CreatedToken, createToken } from '../../main/hub/hub-tokens';
import { startPostgres } from '../fixtures/postgres';
import { note, timeOnce } from './measure';

const change = (ws: string, id: number): HubChange => ({
  changeId: `${ws}:${id}`,
  claimId: `CP-${id % 5000}`,
  kind: 'decision',
  payload: { action: 'approve', actor: ws, at: '2026-11-24T17:00:00.000Z' },
  baseVersion: 2,
  createdAt: '2026-11-24T17:00:00.000Z',
});

async function post(url: string, token: string, body: unknown): Promise<PushResult> {
  const res = await fetch(`${url}/v1/push`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const reply = (await res.json()) as { ok: boolean; value: PushResult; error?: { message: string } };
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.value;
}

export async function benchHub(): Promise<boolean> {
  const server = await startPostgres();
  try {
    const databaseUrl = await server.createDatabase('bench_hub');
    const hub = await startHub({ databaseUrl, host: '127.0.0.1', port: 0 });
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const tokens: CreatedToken[] = [];
      for (let i = 0; i < 20; i++) tokens.push(await createToken(client, `Reviewer ${i}`, 'reviewer'));
      console.log('\nteam hub on a throw-away PostgreSQL, over loopback HTTP (figures for the record: the sync protocol is not complete)');

      const pending = Array.from({ length: 10_000 }, (_, i) => change('ws-0', i + 1));
      const one = await timeOnce(async () => {
        for (let i = 0; i < pending.length; i += 1000) await post(hub.url, tokens[0]!.token, { changes: pending.slice(i, i + 1000) });
      });
      note('push of 10,000 pending changes, one workstation', one / 1000, 's', `${Math.round(10_000 / (one / 1000)).toLocaleString('en')} changes/s`);

      // 20 workstations, each pushing 25 rounds of 20 changes (a busy morning, compressed).
      const together = await timeOnce(() =>
        Promise.all(
          tokens.map(async (t, w) => {
            for (let round = 0; round < 25; round++) {
              await post(hub.url, t.token, { changes: Array.from({ length: 20 }, (_, i) => change(`ws-${w + 1}`, round * 20 + i + 1)) });
            }
          }),
        ),
      );
      note('20 workstations pushing at once: 10,000 changes', together / 1000, 's', `${Math.round(10_000 / (together / 1000)).toLocaleString('en')} changes/s`);

      await client.query(
        `INSERT INTO hub_changes (change_id, claim_id, kind, payload, base_version, created_at, author)
         SELECT 'seed:' || g, 'CP-' || (g % 5000), 'decision', '{"action":"approve"}', 2, now(), 'seed' FROM generate_series(1, 80000) g`,
      );
      let pulled = 0;
      const pull = await timeOnce(async () => {
        let after = 0;
        for (;;) {
          const res = await fetch(`${hub.url}/v1/pull?after=${after}&limit=1000`, { headers: { authorization: `Bearer ${tokens[0]!.token}` } });
          const page = ((await res.json()) as { value: PullResult }).value;
          pulled += page.changes.length;
          after = page.next;
          if (!page.more) break;
        }
      });
      note(`pull of ${pulled.toLocaleString('en')} changes, pages of 1,000`, pull / 1000, 's', `${Math.round(pulled / (pull / 1000)).toLocaleString('en')} changes/s`);
    } finally {
      await client.end();
      await hub.close();
    }
  } finally {
    await server.stop();
  }
  return true;
}

// `cpor sync` and `cpor hub verify` as scripts use them: exit codes, JSON fields, the saved hub.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { cpor } from '../fixtures/cli';
import { startTeam, stopPostgres, type Team } from '../fixtures/team';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let team: Team;
let a: string;
let b: string;
let c: string;
let d: string;
let bundle: string;

beforeAll(async () => {
  team = await startTeam('sync_cli', 1);
  a = mkdtempSync(join(tmpdir(), 'cpor-cli-a-'));
  b = mkdtempSync(join(tmpdir(), 'cpor-cli-b-'));
  c = mkdtempSync(join(tmpdir(), 'cpor-cli-c-'));
  d = mkdtempSync(join(tmpdir(), 'cpor-cli-d-'));
  bundle = await writeBundle([claimRow({ id: 'CLI-1' }), claimRow({ id: 'CLI-2' })]);
}, 120_000);

afterAll(async () => {
  await team?.stop();
  await stopPostgres();
  for (const dir of [a, b, c, d, bundle]) rmSync(dir, { recursive: true, force: true });
});

describe('cpor sync', () => {
  it('is a usage error without a hub, and refuses (exit 1, work kept) when the hub cannot be reached', async () => {
    expect(cpor('--data', a, 'import', bundle).code).toBe(0);
    const none = cpor('--data', a, 'sync');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no team hub/);
    const closed = await closedPort();
    const away = cpor('--data', a, 'sync', '--hub', `http://127.0.0.1:${closed}`, '--token', team.token('Alex Martin'));
    expect(away.code).toBe(1);
    expect(away.err).toMatch(new RegExp(`sync stopped: the hub at http://127\\.0\\.0\\.1:${closed} cannot be reached \\(.+\\); queued changes stay queued`));
    expect(JSON.parse(cpor('--data', a, 'queue', '--json').out)).toHaveLength(2);
    expect(cpor('--data', a, 'sync', '--hub', 'ftp://x', '--token', team.token('Alex Martin')).code).toBe(2);
    expect(cpor('--data', a, 'sync', '--hub', team.hubs[0]!, '--token', 'not-a-token').code).toBe(2);
  });

  it('pushes, pulls and saves the hub with --save; a second store gets the claims; decisions travel; both verify', () => {
    const first = cpor('--data', a, 'sync', '--hub', team.hubs[0]!, '--token', team.token('Alex Martin'), '--save', '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ pushed: 2, applied: 2, conflicts: 0, pending: 0, openConflicts: 0 });
    const second = cpor('--data', b, 'sync', '--hub', team.hubs[0]!, '--token', team.token('Sam Lee'), '--save', '--json');
    expect(JSON.parse(second.out)).toMatchObject({ pushed: 0, pulled: 2 });
    expect(cpor('--data', b, 'decide', 'CLI-1', '--action', 'start-review', '--as', 'Sam Lee').code).toBe(0);
    // The saved hub and token: no flags needed now.
    const words = cpor('--data', b, 'sync');
    expect(words.code).toBe(0);
    expect(words.out).toMatch(/^synced with http:\/\/127\.0\.0\.1:\d+: pushed 1 \(1 applied, 0 conflicts, 0 absorbed\), pulled 1 claims; 0 pending, 0 open conflicts/);
    expect(cpor('--data', a, 'sync').code).toBe(0);
    const shown = JSON.parse(cpor('--data', a, 'show', 'CLI-1', '--json').out) as { status: string; assignee: string };
    expect(shown).toMatchObject({ status: 'under-review', assignee: 'Sam Lee' });
    for (const d of [a, b]) expect(cpor('--data', d, 'verify').code).toBe(0);
  });

  it('cpor decide takes the review lock as the desk does: a colleague’s start is refused while it is held', () => {
    expect(cpor('--data', b, 'decide', 'CLI-2', '--action', 'start-review', '--as', 'Sam Lee').code).toBe(0);
    // Alex's store has not heard of Sam's review yet; the hub's lock says it.
    const refused = cpor('--data', a, 'decide', 'CLI-2', '--action', 'start-review', '--as', 'Alex Martin');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^cpor: Sam Lee is reviewing claim CLI-2 \(review lock until .+\)\n$/);
    expect((JSON.parse(cpor('--data', a, 'show', 'CLI-2', '--json').out) as { status: string }).status).toBe('submitted');
    expect(cpor('--data', b, 'sync').code).toBe(0);
    expect(cpor('--data', a, 'sync').code).toBe(0);
  });

  it('a store joined to a hub acts as its token\'s person: --as may be left out, another name is refused at once', () => {
    const other = cpor('--data', a, 'comment', 'CLI-1', '--as', 'Priya Shah', '--text', 'in her name');
    expect(other.code).toBe(2);
    expect(other.err).toMatch(/acts on the team hub as Alex Martin .*--as "Priya Shah"/);
    expect(cpor('--data', a, 'decide', 'CLI-1', '--action', 'approve', '--as', 'Someone Else').code).toBe(2);
    expect(cpor('--data', a, 'comment', 'CLI-1', '--text', 'in my own name').code).toBe(0);
    // A partner's words are recorded in their person's name, as before.
    expect(cpor('--data', a, 'comment', 'CLI-1', '--side', 'partner', '--as', 'Pat Partner', '--text', 'from the partner').code).toBe(0);
    const sent = JSON.parse(cpor('--data', a, 'sync', '--json').out) as { applied: number; refused: number };
    expect(sent).toMatchObject({ applied: 1, refused: 0 });
    expect(cpor('--data', b, 'sync').code).toBe(0);
    const shown = JSON.parse(cpor('--data', b, 'show', 'CLI-1', '--json').out) as { comments: { author: string; text: string }[] };
    expect(shown.comments.map((c) => [c.author, c.text])).toEqual(expect.arrayContaining([['Alex Martin', 'in my own name'], ['Pat Partner', 'from the partner']]));
  });

  it('a change the hub refuses is an answer (exit 0): listed with its claim, code and words, in --json as refused and refusals, never resent', () => {
    // Stores that worked before they joined: their person acted as a team lead (the command line's
    // default before a hub says otherwise), but the token they join with is a reviewer's.
    const joined = (dir: string, claim: string) => {
      expect(cpor('--data', dir, 'import', bundle).code).toBe(0);
      expect(cpor('--data', dir, 'assign', claim, '--to', 'Priya Shah', '--as', 'Sam Lee').code).toBe(0);
      return ['sync', '--hub', team.hubs[0]!, '--token', team.token('Sam Lee'), '--save'];
    };
    const assignee = (dir: string, id: string) => (JSON.parse(cpor('--data', dir, 'show', id, '--json').out) as { assignee: string | null }).assignee;
    const json = cpor('--data', c, ...joined(c, 'CLI-1'), '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as { refused: number; refusals: { changeId: string; claimId: string; code: string; message: string }[] };
    expect(report).toMatchObject({ refused: 1, pending: 0 });
    expect(report.refusals).toEqual([{ changeId: expect.stringMatching(/^[\w.-]+:\d+$/), claimId: 'CLI-1', code: 'not-permitted', message: expect.stringMatching(/a reviewer may not assign a claim to someone else/) }]);
    expect(assignee(c, 'CLI-1')).toBe('Sam Lee');

    const words = cpor('--data', d, ...joined(d, 'CLI-2'));
    expect(words.code).toBe(0);
    expect(words.err).toBe('');
    const lines = words.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^synced with http:\/\/127\.0\.0\.1:\d+: pushed 2 \(0 applied, 0 conflicts, 1 absorbed, 1 refused\), pulled \d+ claims; 0 pending, 0 open conflicts$/);
    expect(lines[1]).toMatch(/^refused CLI-2 \(not-permitted\): entry \d+ \(assigned\): a reviewer may not assign a claim to someone else: the role team lead may$/);
    expect(lines[2]).toBe('each refused change is kept on this workstation and never resent; its claim is back as the hub holds it');
    expect(assignee(d, 'CLI-2')).toBe('Sam Lee');

    const again = cpor('--data', d, 'sync', '--json');
    expect(JSON.parse(again.out)).toMatchObject({ pushed: 0, refused: 0, refusals: [] });
    expect(cpor('--data', d, 'sync').out).not.toMatch(/refused/);
    expect(cpor('--data', d, 'verify').code).toBe(0);
  });

  it('cpor hub verify walks the hub\'s chains', () => {
    const ok = cpor('hub', 'verify', '--database', team.databaseUrl, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ claims: 2, openConflicts: 0, chainBreak: null });
    expect(cpor('hub', 'verify', '--database', team.databaseUrl, '--port', '1').code).toBe(2);
  });

  it('import --local keeps claims off the hub', async () => {
    const local = await writeBundle([claimRow({ id: 'LOCAL-1' })]);
    try {
      expect(cpor('--data', a, 'import', '--local', local).code).toBe(0);
      expect(JSON.parse(cpor('--data', a, 'sync', '--json').out)).toMatchObject({ pushed: 0 });
      expect((await team.hubClaims()).has('LOCAL-1')).toBe(false);
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
  });
});

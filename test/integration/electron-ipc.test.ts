// The shell's IPC door (main/electron/ipc.ts): one channel per contract method, answered only for
// the app's own page in its top frame, through dispatch. Electron's binary cannot run here: a fake
// `electron` module collects the handlers bindIpc registers, and the test calls them as Electron
// would, with the sender's frame; the handlers and the store behind them are real.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { createHandlers } from '../../main/services/handlers';
import { type TempStore, tempStore } from '../fixtures/store';

type Frame = { url: string; parent: Frame | null } | null;
type IpcHandler = (event: { senderFrame: Frame }, input: unknown) => Promise<Result<unknown>>;

const fake = vi.hoisted(() => ({ channels: new Map<string, IpcHandler>() }));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: IpcHandler) => {
      if (fake.channels.has(channel)) throw new Error(`second handler for ${channel}`);
      fake.channels.set(channel, handler);
    },
  },
}));

const { bindIpc } = await import('../../main/electron/ipc');

let t: TempStore;
const ran: string[] = [];

beforeAll(() => {
  t = tempStore();
  const handlers = createHandlers(t.ctx());
  bindIpc({
    ...handlers,
    'session.info': (input) => {
      ran.push('session.info');
      return handlers['session.info'](input);
    },
  });
});
afterAll(() => t.dispose());

const TOP: Frame = { url: 'app://cpor/index.html#/queue', parent: null };

function call(channel: string, senderFrame: Frame, input: unknown = {}): Promise<Result<unknown>> {
  const handler = fake.channels.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame }, input);
}

describe('the channels', () => {
  it('are one per contract method, and no other', () => {
    expect([...fake.channels.keys()].toSorted()).toEqual(METHODS.map((m) => `cpor:${m}`).toSorted());
  });

  it('include nothing generic: an unknown method has no handler', () => {
    for (const channel of ['cpor:dispatch', 'cpor:call', 'cpor:eval', 'cpor:__proto__', 'cpor:constructor', 'session.info', 'cpor:session.info ']) {
      expect(fake.channels.has(channel), channel).toBe(false);
    }
  });
});

describe('a call', () => {
  it("from the app's page in its top frame is answered", async () => {
    const answer = await call('cpor:session.info', TOP);
    expect(answer.ok).toBe(true);
    expect(ran).toEqual(['session.info']);
  });

  it('is refused from any other page or frame, and the handler never runs', async () => {
    ran.length = 0;
    const refused: Frame[] = [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://cpor/index.html', parent: TOP },
      { url: 'https://evil.example/', parent: TOP },
      { url: 'app://evil/index.html', parent: null },
      { url: 'app://cpor.evil.example/index.html', parent: null },
      { url: 'app://cpor:8080/index.html', parent: null },
      { url: 'app://someone@cpor/index.html', parent: null },
      { url: 'file:///app/dist/renderer/index.html', parent: null },
      { url: 'about:blank', parent: null },
      { url: '', parent: null },
      null,
    ];
    for (const frame of refused) {
      const answer = await call('cpor:session.info', frame);
      expect(answer, JSON.stringify(frame?.url)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(ran).toEqual([]);
  });

  it('with input the contract refuses is answered invalid-input, before the handler', async () => {
    ran.length = 0;
    const answer = await call('cpor:session.info', TOP, { extra: 'field' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(ran).toEqual([]);
  });
});

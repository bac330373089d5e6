// The preload (main/electron/preload.ts) exposes the contract and nothing else: one named function
// per API method on `window.cpor`, each invoking its own channel, never ipcRenderer or a generic
// call. Electron's binary cannot run here: a fake `electron` module records what the preload hands
// to contextBridge and asks of ipcRenderer.
import { describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../shared/api/contract';

const fake = vi.hoisted(() => {
  const used: string[] = [];
  const invoked: unknown[][] = [];
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: 'answer' });
    },
    send: () => used.push('send'),
    sendSync: () => used.push('sendSync'),
    on: () => used.push('on'),
    once: () => used.push('once'),
    postMessage: () => used.push('postMessage'),
  };
  return { used, invoked, ipcRenderer, exposed: [] as [string, Record<PropertyKey, unknown>][] };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<PropertyKey, unknown>) => fake.exposed.push([key, api]),
  },
  ipcRenderer: fake.ipcRenderer,
}));

await import('../../main/electron/preload');

describe('the preload', () => {
  it('exposes one object, once, as window.cpor', () => {
    expect(fake.exposed.map(([key]) => key)).toEqual(['cpor']);
  });

  it('exposes exactly the contract: one plain function per API method', () => {
    const [, api] = fake.exposed[0]!;
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
    expect(Object.getOwnPropertyNames(api).toSorted()).toEqual([...METHODS].toSorted());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('hands out nothing of ipcRenderer', () => {
    const [, api] = fake.exposed[0]!;
    const ipc = new Set<unknown>([fake.ipcRenderer, ...Object.values(fake.ipcRenderer)]);
    for (const [name, value] of Object.entries(api)) expect(ipc.has(value), name).toBe(false);
    for (const generic of ['invoke', 'send', 'on', 'call', 'ipcRenderer', 'dispatch']) expect(api, generic).not.toHaveProperty(generic);
  });

  it('sends each method on its own channel with its input alone, and only by invoke', async () => {
    const [, api] = fake.exposed[0]!;
    for (const method of METHODS) {
      const fn = api[method] as (...args: unknown[]) => Promise<unknown>;
      const input = { for: method };
      await expect(fn(input, 'an extra argument')).resolves.toEqual({ ok: true, value: 'answer' });
      expect(fake.invoked.at(-1), method).toEqual([`cpor:${method}`, input]);
    }
    expect(fake.invoked).toHaveLength(METHODS.length);
    expect(fake.used).toEqual([]);
  });
});

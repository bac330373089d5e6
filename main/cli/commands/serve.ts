import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultUser, rendererDir } from '../../config/paths';
import { startHost } from '../../host/server';
import { createHandlers } from '../../services/handlers';
import { startBackgroundWorkOn } from '../../services/background';
import { openLiveStore } from '../../services/live-store';
import { jsonFileBackend } from '../../services/settings/json-file-backend';
import { personalSettings } from '../../services/settings/personal-settings';
import { type Command, intOption, RefusedError, str, UsageError } from '../command';
import { serviceContext } from '../runtime';

export const serve: Command = {
  name: 'serve',
  usage: 'cpor [--data DIR] serve [--host 127.0.0.1] [--port N] [--sync-every SECONDS] [--json]',
  options: { host: { type: 'string' }, port: { type: 'string' }, 'sync-every': { type: 'string' }, json: { type: 'boolean' } },
  async run({ dataDir, values, io, now }) {
    const host = str(values, 'host') ?? '127.0.0.1';
    if (host !== '127.0.0.1' && host !== 'localhost') {
      throw new UsageError('the browser host binds to 127.0.0.1 only: it serves one person on this machine');
    }
    const port = intOption(values, 'port', 0, 65535) ?? 0;
    // 0: no round of its own, only "Sync now" (a test that stages who reaches the hub first).
    const syncEvery = intOption(values, 'sync-every', 0, 3600);
    const dir = rendererDir();
    if (!existsSync(join(dir, 'index.html'))) throw new RefusedError(`the renderer is not built (${dir}); run "npm run build"`);
    const live = openLiveStore(dataDir);
    // The person's settings live in the data folder beside the store (the desktop app keeps them in electron-store).
    const backend = jsonFileBackend(dataDir, { onDamaged: (file, problem) => io.err(`${file} cannot be read (${problem}); the default settings apply until the next save`) });
    const ctx = serviceContext(live, { now, transport: 'browser-host', personal: personalSettings(backend, { identity: defaultUser() }) });
    let running;
    try {
      running = await startHost({ handlers: createHandlers(ctx), rendererDir: dir, port, uploadDir: dataDir });
    } catch (err) {
      live.close();
      throw new RefusedError(`cannot listen on 127.0.0.1:${port}: ${(err as Error).message}`);
    }
    const host_ = running;
    // Time transitions now (before the address is given out) and every minute; documents
    // imported without a pre-check get one. A restore pauses them while it swaps the store.
    const background = startBackgroundWorkOn(live, ctx, {
      onError: (what, err) => io.err(`${what}: ${err.message}`),
      ...(syncEvery === undefined ? {} : { syncIntervalMs: syncEvery * 1000 }),
    });
    io.out(
      values.json
        ? JSON.stringify({ url: host_.url, origin: host_.origin, port: host_.port, token: host_.token, dataDir })
        : `CPOR Workstation (browser host) serving ${dataDir}\nOpen: ${host_.url}\nPress Ctrl+C to stop.`,
    );
    await new Promise<void>((resolveStop) => {
      const stop = () => resolveStop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await host_.close();
    await background.stop();
    live.close();
    return 0;
  },
};

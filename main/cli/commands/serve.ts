import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { rendererDir } from '../../config/paths';
import { startHost } from '../../host/server';
import { createHandlers } from '../../services/handlers';
import { startBackgroundWork } from '../../services/background';
import { openStore } from '../../store/open';
import { type Command, intOption, RefusedError, str, UsageError } from '../command';
import { serviceContext } from '../runtime';

export const serve: Command = {
  name: 'serve',
  usage: 'cpor [--data DIR] serve [--host 127.0.0.1] [--port N] [--json]',
  options: { host: { type: 'string' }, port: { type: 'string' }, json: { type: 'boolean' } },
  async run({ dataDir, values, io }) {
    const host = str(values, 'host') ?? '127.0.0.1';
    if (host !== '127.0.0.1' && host !== 'localhost') {
      throw new UsageError('the browser host binds to 127.0.0.1 only: it serves one person on this machine');
    }
    const port = intOption(values, 'port', 0, 65535) ?? 0;
    const dir = rendererDir();
    if (!existsSync(join(dir, 'index.html'))) throw new RefusedError(`the renderer is not built (${dir}); run "npm run build"`);
    const store = openStore(dataDir);
    const ctx = serviceContext(store, { transport: 'browser-host' });
    let running;
    try {
      running = await startHost({ handlers: createHandlers(ctx), rendererDir: dir, port });
    } catch (err) {
      store.close();
      throw new RefusedError(`cannot listen on 127.0.0.1:${port}: ${(err as Error).message}`);
    }
    const host_ = running;
    // Time transitions now (before the address is given out) and every minute; documents
    // imported without a pre-check get one.
    const background = startBackgroundWork(ctx, { onError: (what, err) => io.err(`${what}: ${err.message}`) });
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
    store.close();
    return 0;
  },
};

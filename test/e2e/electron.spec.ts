// The desktop shell itself, through Playwright's Electron launcher. Runs wherever the Electron
// binary is installed (`npm run setup` downloads it on machines with internet); skipped elsewhere.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { METHODS } from '../../shared/api/contract';
import { electronBinaryPath } from '../../build/electron-binary.mjs';
import { CPOR, DEMO_BUNDLE, ROOT, SCREENSHOTS } from './paths';

const binary = electronBinaryPath(ROOT);

test.describe('Electron shell', () => {
  test.skip(!binary, 'Electron binary not installed on this machine (its download is blocked here); run `npm run setup` where the internet is reachable');
  test.skip(process.platform === 'linux' && !process.env.DISPLAY, 'no display: run under xvfb-run');

  test('opens the queue over IPC with the security baseline', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cpor-electron-'));
    execFileSync(process.execPath, [CPOR, '--data', dataDir, 'import', DEMO_BUNDLE]);
    const app = await electron.launch({ executablePath: binary!, args: [ROOT, '--data', dataDir] });
    try {
      const win = await app.firstWindow();
      await expect(win.getByTestId('queue-table')).toBeVisible();
      const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
      expect(url.startsWith('app://cpor/')).toBe(true);
      // Isolated and sandboxed: the page sees the named bridge methods and nothing of Node.
      const page = await win.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as { cpor?: object }).cpor ?? {}).sort(),
      }));
      expect(page).toEqual({ require: 'undefined', process: 'undefined', bridge: [...METHODS].sort() });
      const opened = await win.evaluate(() => (globalThis as unknown as { open(u: string): unknown }).open('https://evil.example/') === null);
      expect(opened).toBe(true);
      await win.screenshot({ path: join(SCREENSHOTS, 'electron-queue.png') });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

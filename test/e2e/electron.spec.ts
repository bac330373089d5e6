// The desktop shell itself, through Playwright's Electron launcher. Runs wherever the Electron
// binary is installed (`npm run setup` downloads it on machines with internet); skipped elsewhere.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
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
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const w = BrowserWindow.getAllWindows()[0]!;
        const p = w.webContents.getLastWebPreferences();
        return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, url: w.webContents.getURL() };
      });
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      expect(prefs.url.startsWith('app://cpor/')).toBe(true);
      expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      await win.screenshot({ path: join(SCREENSHOTS, 'electron-queue.png') });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

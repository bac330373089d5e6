// The CLI, the browser host and Electron agree on one default data folder: Electron's userData.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NAME, electronUserDataDir, resolveDataDir } from '../../main/config/paths';

describe('default data folder', () => {
  it('is named after the productName Electron uses for userData', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { productName: string };
    expect(APP_NAME).toBe(pkg.productName);
  });

  it('follows Electron on each platform', () => {
    expect(electronUserDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/CPOR Workstation');
    expect(electronUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/CPOR Workstation');
    expect(electronUserDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/CPOR Workstation');
    expect(electronUserDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toMatch(/Roaming.CPOR Workstation$/);
  });

  it('prefers --data, then CPOR_DATA_DIR', () => {
    expect(resolveDataDir('/tmp/a', { CPOR_DATA_DIR: '/tmp/b' })).toBe('/tmp/a');
    expect(resolveDataDir(undefined, { CPOR_DATA_DIR: '/tmp/b' })).toBe('/tmp/b');
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/cfg' })).toMatch(/CPOR Workstation$/);
  });
});

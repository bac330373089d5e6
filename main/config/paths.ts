// One default data folder for the CLI, the browser host and Electron: Electron's userData path
// for the app's name, computed here without Electron so the CLI agrees with the desktop app.
import { homedir, userInfo } from 'node:os';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Must match package.json "productName": Electron derives userData from it. */
export const APP_NAME = 'CPOR Workstation';

export function electronUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag || env.CPOR_DATA_DIR || electronUserDataDir(process.platform, env));
}

/** The reviewer at this workstation until settings carry an identity. */
export function defaultUser(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CPOR_USER?.trim()) return env.CPOR_USER.trim();
  try {
    return userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}

/** The project (or packaged app) root: the nearest folder up from here with our package.json. */
export function appRoot(from: string = import.meta.dirname): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    try {
      if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'cpor-workstation') return dir;
    } catch {
      // not here; keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the workstation install folder (package.json "cpor-workstation")');
    dir = parent;
  }
}

export function rendererDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CPOR_RENDERER_DIR || join(appRoot(), 'dist', 'renderer'));
}

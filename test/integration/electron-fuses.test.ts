// The packaged binary's Electron fuses (issue 16, item 9). The package cannot be built here (no
// Electron binary to download), so the check is on the configuration: electron-builder's own
// loader reads electron-builder.yml as `npm run pack` would, its own schema accepts it (a
// misspelt fuse is refused there: the schema allows no other key), and each fuse is set as the
// threat model says. At pack time electron-builder hands these to @electron/fuses.
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const;

const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets every fuse, each as the threat model says', () => {
    expect(config.electronFuses).toEqual(EXPECTED_FUSES);
  });

  it('names only fuses the installed @electron/fuses can flip', () => {
    for (const key of Object.keys(EXPECTED_FUSES)) {
      const wire = key[0]!.toUpperCase() + key.slice(1);
      expect(FuseV1Options, key).toHaveProperty(wire);
    }
  });

  it('loads the app from an asar archive, which onlyLoadAppFromAsar needs', () => {
    expect(config.asar).toBe(true);
  });
});

// Which hub this store syncs with (a store setting: the CLI and the app share it) and the token it
// uses, which is the person's and kept in their vault (token-vault.ts), never in the store: the
// token opens the whole team's claims, and the store travels in every backup.
import { DomainError } from '../../../shared/api/result';
import { eraseLegacyHubToken, legacyHubToken } from '../../store/legacy-token';
import { deleteSettings, getSetting, setSetting } from '../../store/settings-table';
import type { Db } from '../../store/open';
import { forgetHubIdentity } from '../../store/sync-state-table';
import type { HubAddress } from './hub-client';
import { adoptTeamSettings } from './team-settings';
import type { TokenVault } from './token-vault';

const URL_KEY = 'hub.url';
export const TOKEN_FORMAT = /^cpor_[A-Za-z0-9_-]{43}$/;

/** A store from before the vault: its token moves into the vault (unless the vault has one) and out of the store. */
function moveLegacyToken(db: Db, vault: TokenVault): void {
  const legacy = legacyHubToken(db);
  if (legacy === undefined) return;
  if (!vault.read() && TOKEN_FORMAT.test(legacy)) vault.write(legacy);
  eraseLegacyHubToken(db);
}

function savedToken(db: Db, vault: TokenVault): string | null {
  moveLegacyToken(db, vault);
  return vault.read();
}

export function hubAddress(db: Db, vault: TokenVault): HubAddress | null {
  const url = getSetting(db, URL_KEY);
  const token = savedToken(db, vault);
  return url && token ? { url, token } : null;
}

export function hubSettings(db: Db, vault: TokenVault): { url: string | null; hasToken: boolean; tokenKept: TokenVault['kind'] } {
  return { url: getSetting(db, URL_KEY) ?? null, hasToken: Boolean(savedToken(db, vault)), tokenKept: vault.kind };
}

export function checkHubUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new DomainError('invalid-input', `"${raw}" is not a hub address (http://host:port)`, { key: 'hub-address', params: { value: raw } });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DomainError('invalid-input', `a hub address starts with http:// or https:// ("${raw}")`, { key: 'hub-address', params: { value: raw } });
  }
  return url.toString().replace(/\/$/, '');
}

export function saveHubSettings(db: Db, vault: TokenVault, input: { hubUrl: string; token?: string | undefined }): void {
  moveLegacyToken(db, vault);
  if (input.hubUrl.trim() === '') {
    deleteSettings(db, [URL_KEY]);
    vault.clear();
    forgetHubIdentity(db);
    // Off the hub, the store's own calendar and policy apply again.
    adoptTeamSettings(db, null);
    return;
  }
  const url = checkHubUrl(input.hubUrl);
  const token = input.token?.trim();
  if (token !== undefined && token !== '' && !TOKEN_FORMAT.test(token)) {
    throw new DomainError('invalid-input', 'a hub token is "cpor_" and 43 letters, digits, "-" or "_", as `cpor hub token create` printed it', { key: 'hub-token', params: {} });
  }
  if (token) vault.write(token);
  if (token || getSetting(db, URL_KEY) !== url) forgetHubIdentity(db);
  // Another hub's settings are not this one's: the next round fetches this hub's.
  if (getSetting(db, URL_KEY) !== url) adoptTeamSettings(db, null);
  setSetting(db, URL_KEY, url);
}

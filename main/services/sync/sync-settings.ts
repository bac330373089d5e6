// Which hub this store syncs with, and the token it uses, kept in the store's settings: the CLI and
// the app share them. The token is a secret of the same weight as the store it opens onto.
import { DomainError } from '../../../shared/api/result';
import { deleteSettings, getSetting, setSetting } from '../../store/settings-table';
import type { Db } from '../../store/open';
import type { HubAddress } from './hub-client';

const URL_KEY = 'hub.url';
const TOKEN_KEY = 'hub.token';
export const TOKEN_FORMAT = /^cpor_[A-Za-z0-9_-]{43}$/;

export function hubAddress(db: Db): HubAddress | null {
  const url = getSetting(db, URL_KEY);
  const token = getSetting(db, TOKEN_KEY);
  return url && token ? { url, token } : null;
}

export function hubSettings(db: Db): { url: string | null; hasToken: boolean } {
  return { url: getSetting(db, URL_KEY) ?? null, hasToken: Boolean(getSetting(db, TOKEN_KEY)) };
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

export function saveHubSettings(db: Db, input: { hubUrl: string; token?: string | undefined }): void {
  if (input.hubUrl.trim() === '') {
    db.transaction(() => {
      deleteSettings(db, [URL_KEY, TOKEN_KEY]);
    })();
    return;
  }
  const url = checkHubUrl(input.hubUrl);
  const token = input.token?.trim();
  if (token !== undefined && token !== '' && !TOKEN_FORMAT.test(token)) {
    throw new DomainError('invalid-input', 'a hub token is "cpor_" and 43 letters, digits, "-" or "_", as `cpor hub token create` printed it', { key: 'hub-token', params: {} });
  }
  db.transaction(() => {
    setSetting(db, URL_KEY, url);
    if (token) setSetting(db, TOKEN_KEY, token);
  })();
}

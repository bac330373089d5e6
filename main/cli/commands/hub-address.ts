// Which team hub a workstation command talks to, and with whose token: `--hub` and `--token`, else
// CPOR_HUB_URL and CPOR_HUB_TOKEN, else the ones the data folder saved (Settings, `cpor sync --save`).
import { DomainError } from '../../../shared/api/result';
import type { HubAddress } from '../../services/sync/hub-client';
import { checkHubUrl, TOKEN_FORMAT } from '../../services/sync/sync-settings';
import { type CommandRun, str, UsageError } from '../command';

/** `saved` is asked only when the flags and the environment leave the address or the token open. */
export function chosenHub(values: CommandRun['values'], saved: () => HubAddress | null): HubAddress {
  let url = str(values, 'hub') ?? process.env['CPOR_HUB_URL'];
  let token = str(values, 'token') ?? process.env['CPOR_HUB_TOKEN'];
  if (!url || !token) {
    const kept = saved();
    url ??= kept?.url;
    token ??= kept?.token;
  }
  if (!url || !token) throw new UsageError('no team hub: give --hub URL and --token TOKEN (or CPOR_HUB_URL and CPOR_HUB_TOKEN, or save them in Settings)');
  if (!TOKEN_FORMAT.test(token)) throw new UsageError('the token is not a hub token ("cpor_" and 43 characters, as `cpor hub token create` printed it)');
  try {
    return { url: checkHubUrl(url), token };
  } catch (err) {
    if (err instanceof DomainError) throw new UsageError(err.message);
    throw err;
  }
}

// The checklist's "Run pre-check": asks the service to pre-check the claim's PoE now, then
// reloads the claim so the proposals and their evidence appear.
import { useCallback, useState } from 'react';
import { call } from '../../api/client';
import { toApiError } from '../../api/api-error';
import { errorLine } from '../../api/error-text';
import { i18n } from '../../i18n/i18n';
import { useClaimStore } from '../../state/claimStore';

export function usePrecheckRunner(claimId: string | null): { readonly run: () => void; readonly running: boolean } {
  const [running, setRunning] = useState(false);
  const run = useCallback(() => {
    if (!claimId || running) return;
    setRunning(true);
    call('claim.precheck', { claimId })
      .then(() => useClaimStore.getState().reload())
      .catch((error: unknown) => useClaimStore.getState().showNotice(i18n.t('checklist.precheck.failed', { message: errorLine(toApiError(error)) })))
      .finally(() => setRunning(false));
  }, [claimId, running]);
  return { run, running };
}

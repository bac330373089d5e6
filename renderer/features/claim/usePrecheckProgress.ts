// While a claim's pre-check runs (asked for here, or started in the background after an import),
// how far it has got: asked of the service every 800 ms while the claim has files to pre-check.
// When a run seen here ends, the claim is read again, so its proposals appear without a click.
import { useEffect, useRef, useState } from 'react';
import type { PrecheckProgress } from '../../../shared/api/schemas';
import { call } from '../../api/client';
import { useClaimStore } from '../../state/claimStore';

const EVERY_MS = 800;

export function usePrecheckProgress(claimId: string | null, active: boolean): PrecheckProgress | null {
  const [seen, setSeen] = useState<{ readonly claimId: string; readonly progress: PrecheckProgress } | null>(null);
  const sawRunning = useRef(false);
  useEffect(() => {
    if (!claimId || !active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const ask = () => {
      call('claim.precheckProgress', { claimId })
        .then((now) => {
          if (stopped) return;
          setSeen({ claimId, progress: now });
          if (now.running) sawRunning.current = true;
          else if (sawRunning.current) {
            sawRunning.current = false;
            void useClaimStore.getState().reload();
          }
        })
        // A missed answer is asked again at the next beat.
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) timer = setTimeout(ask, EVERY_MS);
        });
    };
    ask();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [claimId, active]);
  // Another claim's answer, or one from when nothing was due, is not shown.
  return active && seen !== null && seen.claimId === claimId ? seen.progress : null;
}

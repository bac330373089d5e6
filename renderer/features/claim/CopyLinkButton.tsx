import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { claimLink } from '../../state/routes';
import { Button } from '../../ui/Button';

/** Copies the claim's address, which opens it again here (reload) or in another window of the app. */
export function CopyLinkButton({ claimId }: { readonly claimId: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { t } = useTranslation();
  async function copy() {
    try {
      await navigator.clipboard.writeText(claimLink(claimId));
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <Button variant="ghost" size="small" onClick={() => void copy()} title={claimLink(claimId)} data-testid="copy-claim-link">
      <span aria-live="polite">{t(`claim.link.${state}`)}</span>
    </Button>
  );
}

import { useEffect, useState } from 'react';
import './claim.css';
import { useClaimStore } from '../../state/claimStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { LoadingBlock } from '../../ui/Spinner';
import { ClaimActions } from './ClaimActions';
import { ClaimComments } from './ClaimComments';
import { ClaimDocuments } from './ClaimDocuments';
import { ClaimFields } from './ClaimFields';
import { ClaimHeader } from './ClaimHeader';
import { ClaimHistory } from './ClaimHistory';
import { DocumentPane } from './DocumentPane';

const ERROR_TITLES: Partial<Record<string, string>> = {
  conflict: 'The claim changed while you were looking at it',
  'illegal-transition': 'That decision is not possible now',
  'invalid-input': 'The decision was refused',
  'not-found': 'The claim no longer exists',
  unavailable: 'The workstation service is not reachable',
};

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
  );
}

export function ClaimView({ claimId }: { readonly claimId: string }) {
  const claim = useClaimStore((s) => s.claim);
  const loading = useClaimStore((s) => s.loading);
  const loadError = useClaimStore((s) => s.loadError);
  const actionError = useClaimStore((s) => s.actionError);
  const { close, reload, dismissActionError } = useClaimStore.getState();
  const [activeDocId, setActiveDocId] = useState<string | null>(null);

  const documents = claim?.documents ?? [];
  const active = documents.find((d) => d.id === activeDocId) ?? documents[0] ?? null;

  // Esc goes back to the queue, unless a dialog or a text field is using it.
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'Escape' || e.defaultPrevented || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      close();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [close]);

  return (
    <section className="claim-view" data-testid="claim-view" aria-label={`Claim ${claimId}`}>
      <ClaimHeader claimId={claimId} claim={claim} loading={loading} onBack={close} />
      {actionError && (
        <div className="claim-view__banner">
          <Banner testId="error-banner" title={ERROR_TITLES[actionError.code]} onDismiss={dismissActionError}>
            {actionError.message}
          </Banner>
        </div>
      )}
      {loadError && (
        <div className="claim-view__failed">
          <Banner testId="error-banner" title="The claim could not be loaded">
            {loadError.message}
          </Banner>
          <div className="claim-view__failed-actions">
            <Button onClick={() => void reload()}>Try again</Button>
            <Button variant="ghost" onClick={close}>
              Back to the queue
            </Button>
          </div>
        </div>
      )}
      {!claim && !loadError && <LoadingBlock label="Loading claim…" />}
      {claim && (
        <div className="claim-view__body">
          <DocumentPane documents={documents} active={active} onSelect={setActiveDocId} />
          <aside className="claim-side" aria-label="Claim details">
            <ClaimActions claim={claim} />
            <div className="claim-side__scroll">
              <ClaimFields claim={claim} />
              <ClaimDocuments documents={documents} activeId={active?.id ?? null} onSelect={setActiveDocId} />
              <ClaimComments comments={claim.comments} />
              <ClaimHistory history={claim.history} />
            </div>
          </aside>
        </div>
      )}
    </section>
  );
}

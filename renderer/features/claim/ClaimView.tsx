import { useCallback, useState } from 'react';
import './claim.css';
import { type SideTab, useClaimStore } from '../../state/claimStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { LoadingBlock } from '../../ui/Spinner';
import { Tabs } from '../../ui/Tabs';
import { ChecklistPanel } from './ChecklistPanel';
import { ClaimActions } from './ClaimActions';
import { ClaimComments } from './ClaimComments';
import { ClaimDocuments } from './ClaimDocuments';
import { ClaimFields } from './ClaimFields';
import { ClaimHeader } from './ClaimHeader';
import { ClaimHistory } from './ClaimHistory';
import { CompetingClaims } from './CompetingClaims';
import { DocumentPane } from './DocumentPane';
import { type EvidenceTarget, proposalsOf, showEvidenceInViewer } from './evidence';
import { usePrecheckRunner } from './usePrecheckRunner';

const ERROR_TITLES: Partial<Record<string, string>> = {
  conflict: 'The claim changed while you were looking at it',
  'illegal-transition': 'That is not possible now',
  'invalid-input': 'The change was refused',
  'not-found': 'The claim no longer exists',
  unavailable: 'The workstation service is not reachable',
};

export function ClaimView({ claimId }: { readonly claimId: string }) {
  const claim = useClaimStore((s) => s.claim);
  const loading = useClaimStore((s) => s.loading);
  const loadError = useClaimStore((s) => s.loadError);
  const actionError = useClaimStore((s) => s.actionError);
  const tab = useClaimStore((s) => s.sideTab);
  const { close, reload, dismissActionError, setSideTab, showNotice } = useClaimStore.getState();
  const [activeDocId, setActiveDocId] = useState<string | null>(null);

  const precheck = usePrecheckRunner(claim?.id ?? null);
  const documents = claim?.documents ?? [];
  const active = documents.find((d) => d.id === activeDocId) ?? documents[0] ?? null;

  // Evidence from the checklist: bring its document forward, then let the viewer jump and highlight.
  const showEvidence = useCallback(
    (target: EvidenceTarget) => {
      setActiveDocId(target.documentId);
      if (!showEvidenceInViewer(target)) showNotice(`Evidence is on page ${target.page}; this viewer cannot jump to it yet.`);
    },
    [showNotice],
  );

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
      {claim && <CompetingClaims claim={claim} />}
      {claim && (
        <div className="claim-view__body">
          <DocumentPane documents={documents} active={active} onSelect={setActiveDocId} />
          <aside className="claim-side" aria-label="Review">
            <ClaimActions claim={claim} />
            <div className="claim-side__scroll">
              <ChecklistPanel
                claim={claim}
                proposals={proposalsOf(claim)}
                onShowEvidence={showEvidence}
                onRunPrecheck={precheck.run}
                precheckRunning={precheck.running}
              />
              <Tabs<SideTab>
                label="Claim information"
                active={tab}
                onChange={setSideTab}
                tabs={[
                  { key: 'details', label: 'Details', testId: 'tab-details' },
                  { key: 'comments', label: <TabLabel text="Comments" count={claim.comments.length} />, testId: 'tab-comments' },
                  { key: 'history', label: <TabLabel text="History" count={claim.history.length} />, testId: 'tab-history' },
                ]}
              >
                {tab === 'details' && (
                  <>
                    <ClaimFields claim={claim} />
                    <ClaimDocuments documents={documents} activeId={active?.id ?? null} onSelect={setActiveDocId} />
                  </>
                )}
                {tab === 'comments' && <ClaimComments claim={claim} />}
                {tab === 'history' && <ClaimHistory claim={claim} />}
              </Tabs>
            </div>
          </aside>
        </div>
      )}
    </section>
  );
}

function TabLabel({ text, count }: { readonly text: string; readonly count: number }) {
  return (
    <>
      {text}
      {count > 0 && <span className="tabs__count tabular">{count}</span>}
    </>
  );
}

import { useCallback, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import './claim.css';
import { type SideTab, useClaimStore } from '../../state/claimStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
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
import { ConflictBanner } from './ConflictBanner';
import { RefusalNotices } from './RefusalNotices';

const ERROR_CODES = ['conflict', 'illegal-transition', 'invalid-input', 'not-found', 'unavailable'] as const;
type TitledError = (typeof ERROR_CODES)[number];
const isTitled = (code: string): code is TitledError => (ERROR_CODES as readonly string[]).includes(code);

export function ClaimView({ claimId }: { readonly claimId: string }) {
  const claim = useClaimStore((s) => s.claim);
  const loading = useClaimStore((s) => s.loading);
  const loadError = useClaimStore((s) => s.loadError);
  const actionError = useClaimStore((s) => s.actionError);
  const tab = useClaimStore((s) => s.sideTab);
  const { close, reload, dismissActionError, setSideTab, showNotice } = useClaimStore.getState();
  const [activeDocId, setActiveDocId] = useState<string | null>(null);
  const { t } = useTranslation();

  const precheck = usePrecheckRunner(claim?.id ?? null);
  const documents = claim?.documents ?? [];
  const active = documents.find((d) => d.id === activeDocId) ?? documents[0] ?? null;

  // Evidence from the checklist: bring its document forward, then let the viewer jump and highlight.
  const showEvidence = useCallback(
    (target: EvidenceTarget) => {
      setActiveDocId(target.documentId);
      if (!showEvidenceInViewer(target)) showNotice(t('claim.evidenceNoJump', { page: target.page }));
    },
    [showNotice, t],
  );

  return (
    <section className="claim-view" data-testid="claim-view" aria-label={t('claim.label', { id: claimId })}>
      <ClaimHeader claimId={claimId} claim={claim} loading={loading} onBack={close} />
      <ConflictBanner claimId={claimId} />
      <RefusalNotices claimId={claimId} />
      {actionError && (
        <div className="claim-view__banner">
          <Banner testId="error-banner" title={isTitled(actionError.code) ? t(`claim.errorTitles.${actionError.code}`) : undefined} onDismiss={dismissActionError}>
            <ErrorMessage error={actionError} />
          </Banner>
        </div>
      )}
      {loadError && (
        <div className="claim-view__failed">
          <Banner testId="error-banner" title={t('claim.loadError')}>
            <ErrorMessage error={loadError} />
          </Banner>
          <div className="claim-view__failed-actions">
            <Button onClick={() => void reload()}>{t('common.tryAgain')}</Button>
            <Button variant="ghost" onClick={close}>
              {t('claim.backToQueue')}
            </Button>
          </div>
        </div>
      )}
      {!claim && !loadError && <LoadingBlock label={t('claim.loadingBlock')} />}
      {claim && <CompetingClaims claim={claim} />}
      {claim && (
        <div className="claim-view__body">
          <DocumentPane documents={documents} active={active} onSelect={setActiveDocId} />
          <aside className="claim-side" aria-label={t('claim.side')}>
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
                label={t('claim.infoTabs')}
                active={tab}
                onChange={setSideTab}
                tabs={[
                  { key: 'details', label: t('claim.tabs.details'), testId: 'tab-details' },
                  { key: 'comments', label: <TabLabel text={t('claim.tabs.comments')} count={claim.comments.length} />, testId: 'tab-comments' },
                  { key: 'history', label: <TabLabel text={t('claim.tabs.history')} count={claim.history.length} />, testId: 'tab-history' },
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

import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import type { Deficiency } from '../../../shared/domain/codes';
import { isTerminal, useClaimStore } from '../../state/claimStore';
import { useRefusal } from '../../state/permissions';
import { Spinner } from '../../ui/Spinner';
import { ChecklistItem } from './ChecklistItem';
import { DuplicatePoeNotice } from './DuplicatePoeNotice';
import { ProductSupportList } from './ProductSupportList';
import { Button } from '../../ui/Button';
import { type EvidenceTarget, precheckDue, type Proposal } from './evidence';
import { PrecheckProgressLine } from './PrecheckProgressLine';
import { usePrecheckProgress } from './usePrecheckProgress';

interface ChecklistPanelProps {
  readonly claim: ClaimDetail;
  /** The pre-check's proposals per deficiency, when it has run for this claim. */
  readonly proposals?: Partial<Record<Deficiency, Proposal>>;
  readonly onShowEvidence?: (target: EvidenceTarget) => void;
  /** Runs the pre-check for this claim now (its PoE was never checked, or the claim changed since). */
  readonly onRunPrecheck?: () => void;
  readonly precheckRunning?: boolean;
}

/** The five deficiencies, each saved as it is ticked; keys 1-5 toggle them. */
export function ChecklistPanel({ claim, proposals, onShowEvidence, onRunPrecheck, precheckRunning = false }: ChecklistPanelProps) {
  const { t } = useTranslation();
  const setDeficiency = useClaimStore((s) => s.setDeficiency);
  const setProductSupport = useClaimStore((s) => s.setProductSupport);
  const saving = useClaimStore((s) => s.ticksSaving);
  const closed = isTerminal(claim);
  // An auditor reads the marks and the pre-check's findings; only the desk roles change them.
  const tickRefusal = useRefusal('claim.checklist');
  const supportRefusal = useRefusal('claim.productSupport');
  const mayPrecheck = useRefusal('claim.precheck') === null;
  const openCount = claim.checklist.filter((item) => item.open).length;
  const documentName = claim.documents.length > 1 ? (id: string) => claim.documents.find((d) => d.id === id)?.name ?? null : undefined;
  const judged = new Set(claim.history.filter((h) => h.kind === 'checklist').map((h) => h.detail.code));
  const due = precheckDue(claim);
  const progress = usePrecheckProgress(claim.id, due || precheckRunning);
  const busy = precheckRunning || progress?.running === true;

  return (
    <section className="checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <h2 className="overline side-section__title" id="checklist-title">
        <span>{t('checklist.title')}</span>
        <span className="side-section__aside" aria-live="polite">
          {saving > 0 ? (
            <>
              <Spinner label={t('common.saving')} /> {t('checklist.saving')}
            </>
          ) : closed ? (
            t('checklist.closed')
          ) : tickRefusal ? (
            <span title={tickRefusal} data-testid="checklist-read-only">
              {t('checklist.readOnly')}
            </span>
          ) : openCount === 0 ? (
            t('checklist.none')
          ) : (
            t('checklist.ticked', { count: openCount })
          )}
        </span>
      </h2>
      {onRunPrecheck && mayPrecheck && (due || busy) && (
        <div className="checklist__precheck small">
          <span>{claim.prechecks.length ? t('checklist.precheck.changed') : t('checklist.precheck.never')}</span>
          <Button size="small" onClick={onRunPrecheck} disabled={busy} data-testid="run-precheck">
            {busy ? t('checklist.precheck.running') : t('checklist.precheck.run')}
          </Button>
        </div>
      )}
      {progress?.running && <PrecheckProgressLine progress={progress} />}
      <ol className="checklist__items">
        {claim.checklist.map((item, i) => {
          const proposal = proposals?.[item.code];
          return (
            <ChecklistItem
              key={item.code}
              code={item.code}
              number={i + 1}
              open={item.open}
              disabled={closed || tickRefusal !== null}
              onChange={setDeficiency}
              proposed={proposal?.proposed}
              proposedBy={proposal?.proposedBy}
              judged={item.open || judged.has(item.code)}
              evidence={proposal?.evidence}
              onShowEvidence={onShowEvidence}
              documentName={documentName}
            >
              {item.code === 'missing-poe' && <DuplicatePoeNotice claim={claim} />}
            </ChecklistItem>
          );
        })}
      </ol>
      <ProductSupportList products={claim.productSupport} disabled={closed || supportRefusal !== null} onChange={setProductSupport} onShowEvidence={onShowEvidence} />
    </section>
  );
}

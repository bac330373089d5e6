// Under "Missing all PoE": this claim's file is also the PoE of a claim for another customer or
// partner (the same SHA-256), or its text nearly is (a copy with names and dates changed). A PoE
// proves one association; the same one on two is for the reviewer to question. Each claim named
// opens with one click, and that claim says the same.
import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { statusLabel } from '../../i18n/labels';
import { useClaimStore } from '../../state/claimStore';

export function DuplicatePoeNotice({ claim }: { readonly claim: ClaimDetail }) {
  const open = useClaimStore((s) => s.open);
  const { t } = useTranslation();
  if (claim.duplicatePoeFiles.length === 0) return null;
  return (
    <div className="duplicate-poe" role="note" data-testid="duplicate-poe">
      <p className="duplicate-poe__title">{t('checklist.duplicatePoe.title')}</p>
      <ul className="duplicate-poe__list">
        {claim.duplicatePoeFiles.map((d) => (
          <li key={`${d.documentId}-${d.claimId}`} data-match={d.match}>
            <span translate="no">{d.documentName}</span>{' '}
            {d.match === 'same-file'
              ? t('checklist.duplicatePoe.alsoOn')
              : t('checklist.duplicatePoe.nearlyAs', { percent: Math.floor(d.similarity * 100) })}{' '}
            <button type="button" className="link-button" onClick={() => open(d.claimId)} data-testid="duplicate-poe-claim" data-claim-id={d.claimId}>
              {d.claimId}
            </button>{' '}
            <span className="duplicate-poe__who" translate="no">
              {d.partner} → {d.customer}
            </span>{' '}
            <span className="duplicate-poe__status">({statusLabel(d.status)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

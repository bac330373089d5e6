import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import type { Deficiency } from '../../../shared/domain/codes';
import { Badge, type Tone } from '../../ui/Badge';
import { deficiencyHint, deficiencyLabel, findingStatusLabel } from '../../i18n/labels';
import { DigitalSignatureLine } from './DigitalSignatureLine';
import type { Evidence, EvidenceTarget } from './evidence';

interface ChecklistItemProps {
  readonly code: Deficiency;
  /** 1-based: the key that toggles it. */
  readonly number: number;
  /** The deficiency is open: the PoE lacks it. */
  readonly open: boolean;
  readonly disabled: boolean;
  readonly onChange: (code: Deficiency, open: boolean) => void;
  /** The pre-check's proposal, when it has run: true proposes the deficiency is open. */
  readonly proposed?: boolean;
  /** The files whose pre-check proposes it. */
  readonly proposedBy?: readonly string[] | undefined;
  /** The reviewer has ticked or cleared this item on this claim: their mark is a judgement. */
  readonly judged?: boolean;
  readonly evidence?: readonly Evidence[];
  readonly onShowEvidence?: (target: EvidenceTarget) => void;
  /** A document's name for the evidence lines, when the claim has several. */
  readonly documentName?: (documentId: string) => string | null;
  /** What else the reviewer should know about this item (e.g. a PoE file used on other claims). */
  readonly children?: ReactNode;
}

const EVIDENCE_TONES: Readonly<Record<string, Tone>> = {
  found: 'ok',
  present: 'ok',
  signed: 'ok',
  match: 'ok',
  missing: 'warn',
  blank: 'warn',
  'other-party': 'warn',
  excluded: 'warn',
  old: 'warn',
  future: 'warn',
  flagged: 'warn',
  mismatch: 'danger',
  'changed-after-signing': 'danger',
};

export function ChecklistItem(props: ChecklistItemProps) {
  const { code, number, open, disabled, onChange, proposed, proposedBy, judged = false, evidence, onShowEvidence, documentName, children } = props;
  const fromFiles = proposed && documentName ? (proposedBy ?? []).map((id) => documentName(id)).filter((n): n is string => Boolean(n)) : [];
  const inputId = `check-${code}`;
  const { t } = useTranslation();
  // The reviewer decides; a proposal that disagrees with their mark is worth a second look (an
  // item nobody has touched yet is not a mark).
  const disagrees = judged && proposed !== undefined && proposed !== open;
  return (
    <li className={open ? 'check-item check-item--open' : 'check-item'} data-testid={`check-${code}`} data-open={open}>
      <label className="check-item__main" htmlFor={inputId}>
        <input
          id={inputId}
          className="check-item__box"
          type="checkbox"
          checked={open}
          disabled={disabled}
          onChange={(e) => onChange(code, e.target.checked)}
          aria-describedby={`${inputId}-hint`}
          aria-keyshortcuts={String(number)}
        />
        <span className="check-item__text">
          <span className="check-item__label">{deficiencyLabel(code)}</span>
          <span className="check-item__hint" id={`${inputId}-hint`}>
            {deficiencyHint(code)}
          </span>
        </span>
        <kbd className="check-item__key" aria-hidden="true">
          {number}
        </kbd>
      </label>
      {proposed !== undefined && (
        <div className={disagrees ? 'check-item__proposal check-item__proposal--differs' : 'check-item__proposal'} data-testid={`check-${code}-proposal`}>
          {proposed ? t('checklist.precheck.deficient') : t('checklist.precheck.fine')}
          {fromFiles.length > 0 && (
            <>
              {' · '}
              {/* File names are the claim's data, never translated. */}
              <Trans i18nKey="checklist.precheck.from" components={{ files: <span translate="no">{fromFiles.join(', ')}</span> }} />
            </>
          )}
          {disagrees && ` · ${t('checklist.precheck.differs')}`}
        </div>
      )}
      {evidence && evidence.length > 0 && (
        <ul className="evidence" aria-label={t('checklist.evidence.label', { item: deficiencyLabel(code) })}>
          {evidence.map((item, i) => {
            const docName = documentName?.(item.documentId);
            const { page } = item;
            const words = (
              <>
                <span className="evidence__page tabular">{page === null ? t('checklist.evidence.wholeFile') : t('checklist.evidence.page', { page })}</span>
                <span className="evidence__text" translate="no">
                  {item.text}
                </span>
                {item.ocr !== undefined && (
                  <span className="evidence__ocr" data-testid="evidence-ocr" title={t('checklist.evidence.ocrHint')}>
                    {t('checklist.evidence.ocr', { confidence: item.ocr })}
                  </span>
                )}
                <Badge tone={EVIDENCE_TONES[item.status.toLowerCase()] ?? 'neutral'}>{findingStatusLabel(item.status)}</Badge>
              </>
            );
            return (
              <li key={`${item.documentId}-${page}-${i}`}>
                {page === null ? (
                  // About the whole file (a digital signature drawn on no page): nothing to jump to.
                  <div className="evidence__item" data-testid="evidence-whole-file" title={docName ?? undefined}>
                    {words}
                  </div>
                ) : (
                  <button
                    type="button"
                    className="evidence__item"
                    disabled={!onShowEvidence}
                    onClick={() => onShowEvidence?.({ documentId: item.documentId, page, text: item.text, box: item.box ?? null })}
                    title={docName ? t('checklist.evidence.showIn', { page, document: docName }) : t('checklist.evidence.show', { page })}
                  >
                    {words}
                  </button>
                )}
                {item.signature && <DigitalSignatureLine signature={item.signature} />}
              </li>
            );
          })}
        </ul>
      )}
      {children}
    </li>
  );
}

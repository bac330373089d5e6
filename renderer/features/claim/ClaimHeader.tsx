import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { Badge } from '../../ui/Badge';
import { CopyLinkButton } from './CopyLinkButton';
import { Button } from '../../ui/Button';
import { formatDate, formatDeadline, formatRelative } from '../../i18n/format';
import { clockLabel, targetStateLabel } from '../../i18n/labels';
import { TARGET_STATE_TONES } from '../../ui/tones';
import { SlaBadge } from '../../ui/SlaBadge';
import { Spinner } from '../../ui/Spinner';
import { StatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/useNow';

interface ClaimHeaderProps {
  readonly claimId: string;
  readonly claim: ClaimDetail | null;
  readonly loading: boolean;
  readonly onBack: () => void;
}

/** The reviewers' own 10-business-day target, paused while the claim waits on the partner. */
function ReviewerTarget({ target, now }: { readonly target: ClaimDetail['reviewerTarget']; readonly now: number }) {
  const { t } = useTranslation();
  const ended = target.endedAt !== null;
  const budget =
    target.pausedBusinessDays > 0
      ? t('claim.target.budgetWaited', { n: target.businessDays, waited: target.pausedBusinessDays })
      : t('claim.target.budget', { n: target.businessDays });
  const endedOn = formatDate(target.endedAt ?? target.dueAt);
  return (
    <div className="claim-clock" data-testid="reviewer-target" title={t('claim.target.title', { due: target.dueAt })}>
      <div className="claim-clock__text">
        <span className="tabular">
          {ended
            ? target.state === 'met'
              ? t('claim.target.met', { date: endedOn })
              : t('claim.target.missed', { date: endedOn })
            : t('claim.target.running', { deadline: formatDeadline(target.dueAt, now) })}
        </span>
        <span className="faint small tabular">
          {ended
            ? t('claim.target.due', { date: formatDate(target.dueAt) })
            : target.state === 'paused'
              ? t('claim.target.paused')
              : formatRelative(target.dueAt, now)}{' '}
          · {budget}
        </span>
      </div>
      <Badge tone={TARGET_STATE_TONES[target.state]} dot>
        {targetStateLabel(target.state)}
      </Badge>
    </div>
  );
}

export function ClaimHeader({ claimId, claim, loading, onBack }: ClaimHeaderProps) {
  const now = useNow();
  const { t } = useTranslation();
  const sla = claim?.sla ?? null;
  return (
    <header className="claim-header">
      <Button variant="ghost" size="small" onClick={onBack} data-testid="back-to-queue" title={t('claim.back.title')}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path d="M8.5 3L4.5 7l4 4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t('claim.back.label')}
      </Button>
      <span className="claim-header__divider" aria-hidden="true" />
      <div className="claim-header__title">
        <h1 className="claim-header__id tabular" translate="no">
          {claimId}
        </h1>
        {claim && <StatusBadge status={claim.status} testId="claim-status" />}
        {loading && <Spinner label={t('claim.loading')} />}
        <CopyLinkButton key={claimId} claimId={claimId} />
      </div>
      {claim && (
        <p className="claim-header__parties">
          <span translate="no">{claim.partner.name}</span>
          <span className="faint" aria-hidden="true">
            {' '}
            →{' '}
          </span>
          <span className="visually-hidden"> {t('claim.partiesFor')} </span>
          <span translate="no">{claim.customer.name}</span>
        </p>
      )}
      <div className="claim-header__spacer" />
      {claim && <ReviewerTarget target={claim.reviewerTarget} now={now} />}
      {sla && (
        <div className="claim-clock" title={sla.dueAt} data-testid="claim-sla">
          <div className="claim-clock__text">
            <span className="tabular">
              {t('claim.sla.due', { clock: clockLabel(sla.clock), deadline: formatDeadline(sla.dueAt, now) })}
            </span>
            <span className="faint small tabular">
              {t('claim.sla.meta', { relative: formatRelative(sla.dueAt, now), policy: sla.policy })}
            </span>
          </div>
          <SlaBadge sla={sla} />
        </div>
      )}
    </header>
  );
}

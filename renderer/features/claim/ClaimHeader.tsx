import type { ClaimDetail } from '../../../shared/api/schemas';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatDate, formatDeadline, formatRelative } from '../../ui/format';
import { CLOCK_LABELS, TARGET_STATE_LABELS, TARGET_STATE_TONES } from '../../ui/labels';
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
  const ended = target.endedAt !== null;
  const paused = target.pausedBusinessDays > 0 ? ` + ${target.pausedBusinessDays} bd waited` : '';
  return (
    <div className="claim-clock" data-testid="reviewer-target" title={`Due ${target.dueAt}`}>
      <div className="claim-clock__text">
        <span className="tabular">
          {ended
            ? `Reviewer target ${target.state === 'met' ? 'met' : 'missed'} ${formatDate(target.endedAt ?? target.dueAt)}`
            : `Reviewer target ${formatDeadline(target.dueAt, now)}`}
        </span>
        <span className="faint small tabular">
          {ended
            ? `due ${formatDate(target.dueAt)}`
            : target.state === 'paused'
              ? 'paused while the partner answers'
              : formatRelative(target.dueAt, now)}{' '}
          · {target.businessDays} bd{paused}
        </span>
      </div>
      <Badge tone={TARGET_STATE_TONES[target.state]} dot>
        {TARGET_STATE_LABELS[target.state]}
      </Badge>
    </div>
  );
}

export function ClaimHeader({ claimId, claim, loading, onBack }: ClaimHeaderProps) {
  const now = useNow();
  const sla = claim?.sla ?? null;
  return (
    <header className="claim-header">
      <Button variant="ghost" size="small" onClick={onBack} data-testid="back-to-queue" title="Back to the queue (Esc)">
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path d="M8.5 3L4.5 7l4 4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Queue
      </Button>
      <span className="claim-header__divider" aria-hidden="true" />
      <div className="claim-header__title">
        <h1 className="claim-header__id tabular">{claimId}</h1>
        {claim && <StatusBadge status={claim.status} testId="claim-status" />}
        {loading && <Spinner label="Loading claim" />}
      </div>
      {claim && (
        <p className="claim-header__parties">
          <span>{claim.partner.name}</span>
          <span className="faint" aria-hidden="true">
            {' '}
            →{' '}
          </span>
          <span className="visually-hidden"> for </span>
          <span>{claim.customer.name}</span>
        </p>
      )}
      <div className="claim-header__spacer" />
      {claim && <ReviewerTarget target={claim.reviewerTarget} now={now} />}
      {sla && (
        <div className="claim-clock" title={sla.dueAt} data-testid="claim-sla">
          <div className="claim-clock__text">
            <span className="tabular">
              {CLOCK_LABELS[sla.clock]} due {formatDeadline(sla.dueAt, now)}
            </span>
            <span className="faint small tabular">
              {formatRelative(sla.dueAt, now)} · policy {sla.policy}
            </span>
          </div>
          <SlaBadge sla={sla} />
        </div>
      )}
    </header>
  );
}

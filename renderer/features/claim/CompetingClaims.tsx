import type { ClaimDetail } from '../../../shared/api/schemas';
import { useClaimStore } from '../../state/claimStore';
import { Badge } from '../../ui/Badge';
import { ChipList } from '../../ui/ChipList';
import { formatDate } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';

/**
 * Claims of other partners on the same customer and workload (or subscription), side by side with
 * this one: the most recent PoE counts, so the latest submission among those still contesting is marked.
 */
export function CompetingClaims({ claim }: { readonly claim: ClaimDetail }) {
  const open = useClaimStore((s) => s.open);
  const rivals = claim.competingClaims;
  if (rivals.length === 0) return null;
  const contenders = [{ id: claim.id, submittedAt: claim.submittedAt }, ...rivals.filter((r) => r.counted)];
  const latest = contenders.reduce((a, b) => (Date.parse(b.submittedAt) > Date.parse(a.submittedAt) ? b : a)).id;

  return (
    <section className="competing" aria-labelledby="competing-title" data-testid="competing-claims">
      <h2 className="competing__title" id="competing-title">
        Competing claims
        <span className="competing__sub">
          {claim.competing} still contesting · the most recent PoE counts
        </span>
      </h2>
      <div className="competing__cards">
        <div className="competing-card competing-card--self" aria-current="true">
          <div className="competing-card__top">
            <span className="competing-card__id">This claim</span>
          </div>
          <div className="competing-card__partner">{claim.partner.name}</div>
          <div className="competing-card__meta faint small tabular">
            {latest === claim.id && <Badge tone="info">Latest</Badge>}
            <span>Submitted {formatDate(claim.submittedAt)}</span>
          </div>
          <div className="competing-card__shared">
            <ChipList items={claim.products} />
          </div>
        </div>
        {rivals.map((rival) => (
          <button
            key={rival.id}
            type="button"
            className={rival.counted ? 'competing-card' : 'competing-card competing-card--out'}
            onClick={() => open(rival.id)}
            data-testid="competing-claim"
            data-claim-id={rival.id}
            title={`Open ${rival.id}`}
          >
            <div className="competing-card__top">
              <span className="competing-card__id tabular">{rival.id}</span>
              <StatusBadge status={rival.status} />
            </div>
            <div className="competing-card__partner">{rival.partner.name}</div>
            <div className="competing-card__meta faint small tabular">
              {latest === rival.id && <Badge tone="info">Latest</Badge>}
              <span>Submitted {formatDate(rival.submittedAt)}</span>
              {!rival.counted && <span>· no longer contesting</span>}
            </div>
            <div className="competing-card__shared">
              {rival.sameSubscription && <Badge tone="violet">Same subscription</Badge>}
              {rival.products.length > 0 && <ChipList items={rival.products} />}
            </div>
          </button>
        ))}
      </div>
    </section>
  );
}

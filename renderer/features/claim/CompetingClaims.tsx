import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { useClaimStore } from '../../state/claimStore';
import { Badge } from '../../ui/Badge';
import { ChipList } from '../../ui/ChipList';
import { formatDate } from '../../i18n/format';
import { StatusBadge } from '../../ui/StatusBadge';

/**
 * Claims of other partners on the same customer and workload (or subscription), side by side with
 * this one: the most recent PoE counts, so the latest submission among those still contesting is marked.
 */
export function CompetingClaims({ claim }: { readonly claim: ClaimDetail }) {
  const open = useClaimStore((s) => s.open);
  const { t } = useTranslation();
  const rivals = claim.competingClaims;
  if (rivals.length === 0) return null;
  const contenders = [{ id: claim.id, submittedAt: claim.submittedAt }, ...rivals.filter((r) => r.counted)];
  const latest = contenders.reduce((a, b) => (Date.parse(b.submittedAt) > Date.parse(a.submittedAt) ? b : a)).id;

  return (
    <section className="competing" aria-labelledby="competing-title" data-testid="competing-claims">
      <h2 className="competing__title" id="competing-title">
        {t('claim.competing.title')}
        <span className="competing__sub">{t('claim.competing.sub', { n: claim.competing })}</span>
      </h2>
      <div className="competing__cards">
        <div className="competing-card competing-card--self" aria-current="true">
          <div className="competing-card__top">
            <span className="competing-card__id">{t('claim.competing.self')}</span>
          </div>
          <div className="competing-card__partner" translate="no">
            {claim.partner.name}
          </div>
          <div className="competing-card__meta faint small tabular">
            {latest === claim.id && <Badge tone="info">{t('claim.competing.latest')}</Badge>}
            <span>{t('claim.competing.submitted', { date: formatDate(claim.submittedAt) })}</span>
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
            title={t('claim.competing.open', { id: rival.id })}
          >
            <div className="competing-card__top">
              <span className="competing-card__id tabular" translate="no">
                {rival.id}
              </span>
              <StatusBadge status={rival.status} />
            </div>
            <div className="competing-card__partner" translate="no">
              {rival.partner.name}
            </div>
            <div className="competing-card__meta faint small tabular">
              {latest === rival.id && <Badge tone="info">{t('claim.competing.latest')}</Badge>}
              <span>{t('claim.competing.submitted', { date: formatDate(rival.submittedAt) })}</span>
              {!rival.counted && <span>{t('claim.competing.out')}</span>}
            </div>
            <div className="competing-card__shared">
              {rival.sameSubscription && <Badge tone="violet">{t('claim.competing.sameSubscription')}</Badge>}
              {rival.products.length > 0 && <ChipList items={rival.products} />}
            </div>
          </button>
        ))}
      </div>
    </section>
  );
}

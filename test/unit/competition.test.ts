import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../shared/domain/codes';
import { competition, type CompetitionFacts, countsAsCompeting, sharedProducts } from '../../shared/domain/competition';

const TENANT = '00000000-0000-4000-8000-000000000001';
const SUB = '00000000-0000-4000-9000-000000000001';

function claim(overrides: Partial<CompetitionFacts> = {}): CompetitionFacts {
  return { id: 'A', tenantId: TENANT, mpnId: '1111111', productFamily: 'microsoft-365', subscriptionId: null, products: ['Microsoft Teams'], ...overrides };
}

describe('competing claims', () => {
  it('another partner on the same tenant and workload competes, with the shared products', () => {
    const a = claim({ products: ['Microsoft Teams', 'Exchange Online', 'Intune'] });
    const b = claim({ id: 'B', mpnId: '2222222', products: ['Intune', 'Microsoft Teams'] });
    expect(competition(a, b)).toEqual({ products: ['Microsoft Teams', 'Intune'], sameSubscription: false });
    expect(competition(b, a)).toEqual({ products: ['Intune', 'Microsoft Teams'], sameSubscription: false });
  });

  it('the same partner twice, another tenant, another product or the claim itself do not compete', () => {
    const a = claim();
    expect(competition(a, claim({ id: 'B' }))).toBeNull();
    expect(competition(a, claim({ id: 'B', mpnId: '2222222', tenantId: '00000000-0000-4000-8000-000000000002' }))).toBeNull();
    expect(competition(a, claim({ id: 'B', mpnId: '2222222', products: ['Intune'] }))).toBeNull();
    expect(competition(a, claim({ mpnId: '2222222' }))).toBeNull();
  });

  it('Business Applications claims on one subscription compete whatever their products', () => {
    const ba = (o: Partial<CompetitionFacts>) => claim({ productFamily: 'business-applications', subscriptionId: SUB, ...o });
    const a = ba({ products: ['Dynamics 365 Sales'] });
    expect(competition(a, ba({ id: 'B', mpnId: '2222222', products: ['Power Apps'] }))).toEqual({ products: [], sameSubscription: true });
    expect(competition(a, ba({ id: 'B', products: ['Power Apps'] }))).toBeNull();
    // The same product on another subscription is still shown to the reviewer.
    const other = ba({ id: 'C', mpnId: '3333333', subscriptionId: '00000000-0000-4000-9000-000000000002', products: ['Dynamics 365 Sales'] });
    expect(competition(a, other)).toEqual({ products: ['Dynamics 365 Sales'], sameSubscription: false });
    // No subscription on either side, or a Microsoft 365 claim: the subscription says nothing.
    expect(competition(ba({ subscriptionId: null }), ba({ id: 'B', mpnId: '2222222', subscriptionId: null, products: ['Power Apps'] }))).toBeNull();
    expect(competition(claim({ subscriptionId: SUB }), claim({ id: 'B', mpnId: '2222222', subscriptionId: SUB, products: ['Intune'] }))).toBeNull();
  });

  it('shared products ignore case, keep the first list\'s order and name a product once', () => {
    expect(sharedProducts(['Intune', 'Teams', 'Intune'], ['Teams', 'Intune'])).toEqual(['Intune', 'Teams']);
    expect(sharedProducts(['Microsoft Teams'], ['microsoft teams'])).toEqual(['Microsoft Teams']);
    expect(sharedProducts(['Teams'], ['Microsoft Teams'])).toEqual([]);
  });

  it('rivals count while they contest the customer: in review, approved or disputed', () => {
    const counted = STATUSES.filter(countsAsCompeting);
    expect(counted).toEqual(['submitted', 'under-review', 'partner-action-required', 'approved', 'disputed']);
  });
});

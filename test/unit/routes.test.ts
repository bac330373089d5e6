// The screens' and claims' addresses: what a link, a reload or back/forward brings back, and what
// is no address at all; the cpor:// links that open the desktop app on them.
import { describe, expect, it } from 'vitest';
import { deepLink, parseRoute, routeHash, routeOfDeepLink } from '../../shared/api/routes';

describe('routes', () => {
  it('read back what they write, for every screen and a claim', () => {
    for (const screen of ['desk', 'team', 'reports', 'settings'] as const) {
      expect(parseRoute(routeHash({ screen, claimId: null }))).toEqual({ screen, claimId: null });
    }
    expect(routeHash({ screen: 'desk', claimId: 'CP-2026-280004' })).toBe('#/claim/CP-2026-280004');
    expect(parseRoute('#/claim/CP-2026-280004')).toEqual({ screen: 'desk', claimId: 'CP-2026-280004' });
    expect(parseRoute('#/claim/R1.v2_x')).toEqual({ screen: 'desk', claimId: 'R1.v2_x' });
  });

  it('are not a token, an unknown screen, a malformed escape or an id no claim may have', () => {
    for (const hash of ['', '#', '#token=abc', '#/nowhere', '#/claim/', '#/claim/%E0%A4%A', '#/claim/..%2F..%2Fetc', '#/claim/a b', `#/claim/${'x'.repeat(65)}`]) {
      expect(parseRoute(hash), hash).toBeNull();
    }
  });
});

describe('cpor:// links', () => {
  it('name the same routes as the addresses, whatever the launcher adds around them', () => {
    expect(deepLink({ screen: 'desk', claimId: 'CP-2026-280004' })).toBe('cpor://claim/CP-2026-280004');
    expect(deepLink({ screen: 'team', claimId: null })).toBe('cpor://team');
    for (const screen of ['desk', 'team', 'reports', 'settings'] as const) {
      expect(routeOfDeepLink(deepLink({ screen, claimId: null }))).toEqual({ screen, claimId: null });
    }
    const claim = { screen: 'desk', claimId: 'CP-2026-280004' };
    // Windows' shell adds a slash; a mail client may escape the id or keep a tracking query.
    for (const link of ['cpor://claim/CP-2026-280004', 'cpor://claim/CP-2026-280004/', 'CPOR://claim/CP%2D2026-280004', 'cpor://claim/CP-2026-280004?utm=x', 'cpor://claim/CP-2026-280004#top']) {
      expect(routeOfDeepLink(link), link).toEqual(claim);
    }
  });

  it('are nothing else: another scheme, no route, a path out of the claim, an oversized link', () => {
    for (const link of ['', 'cpor:', 'cpor://', 'cpor:claim/CP-2026-280004', 'https://claim/CP-2026-280004', 'app://cpor/index.html#/team', 'cpor://nowhere', 'cpor://claim/', 'cpor://claim/../../etc', 'cpor://claim/a%20b', `cpor://claim/${'x'.repeat(300)}`, 'cpor://claim/CP-1/extra']) {
      expect(routeOfDeepLink(link), link).toBeNull();
    }
  });
});

// The screens' and claims' addresses: what a link, a reload or back/forward brings back, and what
// is no address at all.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../renderer/state/routePaths';

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

import { describe, expect, it } from 'vitest';
import { publicSectorFindings } from '../../../shared/domain/precheck/public-sector';
import { pages } from '../../fixtures/page-text';

describe('public sector disclosure', () => {
  it('is found in English or French', () => {
    expect(publicSectorFindings(pages('x', '12. Public Sector Disclosure\nThe city...'), true)[0]).toMatchObject({ status: 'found', page: 2, text: 'Public Sector Disclosure', detail: { required: true } });
    expect(publicSectorFindings(pages('Public-sector\ndisclosure: ...'), true)[0]?.status).toBe('found');
    expect(publicSectorFindings(pages('Déclaration relative au secteur public'), false)[0]).toMatchObject({ status: 'found', detail: { required: false } });
  });

  it('is missing only where the customer needs it', () => {
    expect(publicSectorFindings(pages('public sector entities'), true)).toEqual([
      { kind: 'public-sector-disclosure', status: 'missing', page: null, text: null, box: null, detail: { required: true } },
    ]);
    expect(publicSectorFindings(pages('nothing'), false)).toEqual([]);
  });
});

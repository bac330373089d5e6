import { describe, expect, it } from 'vitest';
import { FIELD_UNVERIFIED_NOTE, signatureFindings } from '../../../shared/domain/precheck/signature';
import { pages } from '../../fixtures/page-text';

const sources = (text: string) => signatureFindings(pages(text), []).map((f) => [f.status, f.text]);

describe('signature evidence', () => {
  it('finds English signature blocks, one finding per block', () => {
    expect(sources('Accepted by the customer\nContoso Ltd\nName: Jane Doe\nSignature: ______________\nDate: 2026-03-14')).toEqual([
      ['present', 'Accepted by the customer'],
    ]);
    expect(sources('Signed by: Jane Doe, CIO')).toEqual([['present', 'Signed by: Jane Doe, CIO']]);
    expect(sources('Authorised signature ..........\n\n\n\n\n\nApproved by: Mark Lee')).toHaveLength(2);
  });

  it('finds French signature blocks', () => {
    expect(sources('Pour le client\nSigné par : Marie Curie\nLe 14 mars 2026')).toEqual([['present', 'Pour le client']]);
    expect(sources('Lu et approuvé, bon pour accord')).toEqual([['present', 'Lu et approuvé, bon pour accord']]);
    expect(sources('Bon pour accord')).toEqual([['present', 'Bon pour accord']]);
  });

  it('does not take prose about signing for a signature', () => {
    expect(sources('Work order: A document signed by both parties that sets out the fees.')).toEqual([['missing', null]]);
    expect(sources('The parties keep their copies.\nSigned copies are kept by both parties.')).toEqual([['missing', null]]);
    expect(sources('By signing below, the customer accepts the services described in this Statement of Work and\nsignature of the order is required before work starts, as described in the terms')).toEqual([['missing', null]]);
    expect(sources('5. Acceptance criteria\n11. Acceptance')).toEqual([['missing', null]]);
  });

  it('reports a signature form field as present, not verified, and ink as present', () => {
    const found = signatureFindings(pages('no words about it'), [
      { kind: 'signature-field', page: 1, box: [100, 100, 300, 140], name: 'Signature1' },
      { kind: 'ink', page: 2, box: [10, 10, 50, 30] },
      { kind: 'ink', page: 2, box: [40, 5, 90, 20] },
    ]);
    expect(found).toEqual([
      { kind: 'signature', status: 'field-unverified', page: 1, text: 'Signature1', box: [100, 100, 300, 140], detail: { source: 'form-field', field: 'Signature1', note: FIELD_UNVERIFIED_NOTE } },
      { kind: 'signature', status: 'present', page: 2, text: null, box: [10, 5, 90, 30], detail: { source: 'ink' } },
    ]);
  });
});

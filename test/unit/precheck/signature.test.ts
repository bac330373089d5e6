import { describe, expect, it } from 'vitest';
import { FIELD_UNVERIFIED_NOTE, signatureFindings } from '../../../shared/domain/precheck/signature';
import { pages } from '../../fixtures/page-text';
import { pageText } from '../../../shared/domain/precheck/text';

const sources = (text: string) => signatureFindings(pages(text), []).map((f) => [f.status, f.text]);

describe('signature evidence', () => {
  it('finds English signature blocks, one finding per block', () => {
    expect(sources('Accepted by the customer\nContoso Ltd\nName: Jane Doe\nSignature: Jane Doe\nDate: 2026-03-14')).toEqual([
      ['present', 'Accepted by the customer'],
    ]);
    expect(sources('Signed by: Jane Doe, CIO')).toEqual([['present', 'Signed by: Jane Doe, CIO']]);
    expect(sources('Authorised signature ..........\n\n\n\n\n\nApproved by: Mark Lee')).toEqual([
      ['blank', 'Authorised signature ..........'],
      ['present', 'Approved by: Mark Lee'],
    ]);
  });

  it('tells a filled block from one of labels and blank lines (issue 17: the unsigned PoE)', () => {
    const blank = [
      'Customer acceptance\nContoso Ltd\nName: ______________________\nTitle: ______________________\nSignature: __________________\nDate: ____________________',
      'Accepted by the customer\nName:\nSignature:\nDate:',
      'Signature: ........................    Date: ........................',
      'Pour le client\nNom : ____________\nSignature : ____________\nDate : ____________',
      'Bon pour accord\nFait à : ____________, le : ____________',
      // A date filled in is no one's acknowledgment.
      'Accepted by the customer\nName: ____________\nSignature: ____________\nDate: 14 March 2026',
      // A name and title typed in beforehand beside an empty signing row: prepared, not signed.
      'Accepted by the customer\nName: Jane Doe\nSignature: ____________\nDate: ____________',
      'Pour le client\nNom : Marie Curie\nSignature : ____________',
      'Customer confirmation\nName: Rachel Goldberg\nTitle: Director of IT\nSignature:\nDate:',
      'Client acceptance\nCustomer representative signature: _______________________________\nName (print): Priya Natarajan\nDate: ____',
      'Signature du représentant: _______________________________\nNom: Sophie Marchand',
    ];
    for (const text of blank) expect(sources(text).map(([status]) => status), text).toEqual(['blank']);
    const filled = [
      'Accepted by the customer\nName: Jane Doe\nDate: 2026-03-14',
      'Accepted by the customer\nName: Jane Doe\nSignature: Jane Doe\nDate: ____________',
      'Signature: /s/ Jane Doe\nDate: 2026-03-14',
      'Customer signature:\nJane Doe\nChief Information Officer',
      'Signé par Marie Curie, directrice',
      'Pour le client\nNom : Marie Curie\nSignature : Marie Curie',
      'Digitally signed by Jane Doe',
      // The party named before the colon, the signer after it, on one long line.
      'We accept the work as complete.\nSigned for Tailspin Toys: Ana Silva, IT director, on 2 November 2026.',
      'For and on behalf of Contoso Ltd: Jane Doe, Chief Information Officer',
      // A label that names a signature in its own words, and a long blank line after it.
      'Customer representative signature: Priya Natarajan\nName (print): Priya Natarajan',
      'Signature du représentant: /s/ Sophie Marchand',
    ];
    for (const text of filled) expect(sources(text).map(([status]) => status), text).toEqual(['present']);
    for (const text of ['Signed for Tailspin Toys: ______________________    Date: ____________', 'For and on behalf of Contoso Ltd:\nName: ____________\nSignature: ____________']) {
      expect(sources(text).map(([status]) => status), text).toEqual(['blank']);
    }
  });

  it('finds French signature blocks', () => {
    expect(sources('Pour le client\nSigné par : Marie Curie\nLe 14 mars 2026')).toEqual([['present', 'Pour le client Signé par : Marie Curie']]);
    // Printed without a name or a mark, the formula acknowledges nothing.
    expect(sources('Lu et approuvé, bon pour accord')).toEqual([['blank', 'Lu et approuvé, bon pour accord']]);
    expect(sources('Bon pour accord')).toEqual([['blank', 'Bon pour accord']]);
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

  it('reads a block its own heading opens, in words no label list holds (issue 17, fourth fresh set)', () => {
    const status = (text: string, customer = 'Trey Research Inc.') => signatureFindings(pages(text), [], undefined, customer).map((f) => [f.status, f.detail.party ?? null]);
    // A name typed under the customer's heading, no signing row: signed as typed.
    expect(status('Client acceptance - Trey Research Inc.\nName: Tom Whitfield\nTitle: Head of Infrastructure\nDate: 2025-04-18')).toEqual([['present', 'customer']]);
    expect(status('Approved on behalf of Trey Research Inc.\nChair: Elena Kovacs\nTitle: VP, Business Systems')).toEqual([['present', 'customer']]);
    expect(status('Validation du client - Trey Research Inc.\nVisa: /s/ Thierry Lemoine\nNom: Thierry Lemoine\nFonction: Gérant')).toEqual([['present', 'customer']]);
    expect(status('Compte rendu validé pour Trey Research Inc.\nValidé par: Amélie Rousseau\nQualité: Directrice administrative')).toEqual([['present', 'customer']]);
    // The same heading over rows left to fill: blank, even with a name typed beforehand and the signing row four rows down.
    expect(status('Client acceptance - Trey Research Inc.\nName: ________\nTitle: ________\nDate: ________')).toEqual([['blank', 'customer']]);
    expect(status('Client acceptance - Trey Research Inc.\nName: Tom Whitfield\nTitle: Head of Infrastructure\nDate: 2025-04-18\nSignature: ________')).toEqual([['blank', 'customer']]);
    // Another company's heading: that block acknowledges nothing for the customer, even alone.
    expect(status('For Stratus Digital LLC\nName: Daniel Mercer\nSignature: /s/ Daniel Mercer')).toEqual([['other-party', 'partner']]);
    // The partner's heading right under the customer's rows opens the partner's own block.
    expect(status('Project sponsor - Trey Research Inc.\nApproved by: ________\nSignature: ________\nDelivery partner - Keystone Cloud Group\nName: Aisha Brooks\nRole: Project manager')).toEqual([['blank', 'customer'], ['other-party', 'partner']]);
    // A heading must head who signs: a table row or a heading over a date alone opens nothing.
    expect(status('4 | Legacy system set read-only | Partner | Yes\nRemarks: done')).toEqual([['missing', null]]);
    expect(status('Acceptance\nDate: 2025-04-18')).toEqual([['missing', null]]);
    // A document's title over its letterhead fields is no block: "Client:" and "Consultant:" say who the parties are, not who signs.
    expect(status('CUSTOMER SATISFACTION SURVEY\nClient: Trey Research Inc.\nConsultant: Stratus Digital LLC')).toEqual([['missing', null]]);
  });

  it('reads a sign-off table: the customer\'s row signed when its signature cell holds a name, blank when empty (issue 17, fifth fresh set)', () => {
    // Cells laid out as a table prints them, one item per cell: x says the column.
    const page = (...rows: (readonly [string, number][])[]) =>
      pageText(1, rows.flatMap((cells, n) => cells.map(([str, x], k) => ({ str: k === cells.length - 1 ? str : `${str} `, hasEOL: k === cells.length - 1, box: [x, 700 - 14 * n, x + 5 * str.length, 710 - 14 * n] as const }))));
    const header: [string, number][] = [['Name', 60], ['Role', 160], ['Signature', 300], ['Date', 420]];
    const partner: [string, number][] = [['Laura Beckett', 60], ['Trainer, Harbor Point', 160], ['Laura Beckett', 300], ['August 4, 2026', 420]];
    const status = (...rows: (readonly [string, number][])[]) => signatureFindings([page(...rows)], [], undefined, 'Coho Winery').map((f) => [f.status, f.detail.party ?? null]);
    const signed = status(header, partner, [['Marcus Oyelaran', 60], ['COO, Coho Winery', 160], ['/s/ Marcus Oyelaran', 300], ['August 4, 2026', 420]]);
    expect(signed).toContainEqual(['present', 'customer']);
    const blank = status(header, partner, [['Client representative, Coho Winery', 60]]);
    expect(blank).toContainEqual(['blank', 'customer']);
    expect(blank.some(([s]) => s === 'present')).toBe(false);
    // The row's first cell wrapped over lines above the customer's name, after the partner's signature cell in text order.
    const wrapped = status(
      [['Role', 60], ['Name', 160], ['Signature', 300], ['Date', 420]],
      [['Prepared by', 60], ['Nadia Brooks', 160], ['N. Brooks', 300], ['August 23, 2026', 420]],
      [['Accepted by', 60]],
      [['(Coho', 60]],
      [['Winery)', 60]],
    );
    expect(wrapped).toContainEqual(['blank', 'customer']);
  });

  it('takes an e-signature line and a "/s/" under the customer\'s heading for a signature, and a survey completed by the customer (issue 17, fifth fresh set)', () => {
    const status = (text: string) => signatureFindings(pages(text), [], undefined, 'Coho Winery').map((f) => [f.status, f.detail.party ?? null]);
    expect(status('Validation Coho Winery\nSigné électroniquement par Nadia Benali le 1er août 2026 à 17:42')).toEqual([['present', 'customer']]);
    expect(status('Customer acceptance\nElectronically signed by Marcus Oyelaran on July 3, 2026')).toEqual([['present', 'customer']]);
    expect(status('Validation Coho Winery\n/s/ Sophie Marchand\nDirectrice des systèmes d’information')).toEqual([['present', 'customer']]);
    expect(status('Completed by (Coho Winery)\nName: Elena Kovacs\nTitle: VP, Business Systems')).toEqual([['present', 'customer']]);
    expect(status('Completed by (Coho Winery)\nName: ________\nSignature: ________')).toEqual([['blank', 'customer']]);
  });

  it('takes a block only the partner filled for no customer acknowledgment (issue 17, fresh set)', () => {
    const partnerOnly = [
      'For Nimbus IT Services\nSigned: /s/ Dana Whitaker\nName: Dana Whitaker\nRole: Engagement Manager\nDate: 7/22/2026\nCustomer approval to go live\nApproved by (signature): ________\nPrinted name: ________',
      'Pour le titulaire\nSignature: Lu et approuvé, K. Haddad\n\nPour le maître d’ouvrage\nNom et qualité: ________\nSignature: ________',
      'For the contractor\nSignature: /s/ Dana Whitaker',
    ];
    for (const text of partnerOnly) expect(sources(text).map(([status]) => status), text).not.toContain('present');
    expect(sources(partnerOnly[0]!).map(([status]) => status)).toEqual(['other-party', 'blank']);
    // The customer named in the heading: its block is the acknowledgment.
    const both = signatureFindings(pages('For Nimbus IT Services\nSigned: /s/ Dana Whitaker\nName: Dana Whitaker\nTitle: Engagement Manager\nDate: 2026-03-14\nFor Contoso Ltd\nSigned: /s/ Jane Doe'), [], undefined, 'Contoso Ltd');
    expect(both.map((f) => [f.status, f.detail.party ?? null])).toEqual([['other-party', 'partner'], ['present', 'customer']]);
    // Two parties' blocks close together are two blocks; the customer's is the acknowledgment.
    const pv = 'Pour le titulaire\nSignature: Lu et approuvé, K. Haddad\nNom et qualité: Karim Haddad, chef de projet\nPour le maître d’ouvrage\nNom et qualité: Thierry Lemoine, Gérant\nSignature (précédée de la mention « Lu et approuvé »): /s/ Thierry Lemoine';
    expect(sources(pv).map(([status]) => status)).toEqual(['other-party', 'present']);
    expect(sources(pv.replace(': /s/ Thierry Lemoine', ':')).map(([status]) => status)).toEqual(['other-party', 'blank']);
    // The customer's block on the next page still makes the partner's block on this one no acknowledgment.
    const twoPages = signatureFindings(pages('For Nimbus IT Services\nSigned: /s/ Dana Whitaker', 'Customer approval to go live\nApproved by (signature): ______'), []);
    expect(twoPages.map((f) => f.status)).toEqual(['other-party', 'blank']);
    // The customer's label right under the partner's block starts the customer's block.
    expect(sources('For Northwind Cloud Partners\nSigned: /s/ Sam Okafor\nDate: 2026-11-16\nAccepted by the customer\nName: Jane Doe\nSignature: ______').map(([s]) => s)).toEqual(['other-party', 'blank']);
    // A lone block that says nobody's is the customer's, as before.
    expect(sources('Accepted by: /s/ Jane Doe')).toEqual([['present', 'Accepted by: /s/ Jane Doe']]);
  });

  it('reads a French "Visa" row as a signing row', () => {
    expect(sources('Validation par le client\nResponsable recette: Nadia Benali\nVisa: /s/ Nadia Benali').map(([s]) => s)).toEqual(['present']);
    expect(sources('Visa du client\nNom: ______\nSignature du client: ______').map(([s]) => s)).toEqual(['blank']);
  });
});

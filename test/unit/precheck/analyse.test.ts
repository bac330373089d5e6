import { describe, expect, it } from 'vitest';
import { analyseDocument, isoDay, pageRanges } from '../../../shared/domain/precheck/analyse';
import type { PrecheckClaim } from '../../../shared/domain/precheck';
import type { DocumentContent } from '../../../shared/domain/precheck/text';
import { pages } from '../../fixtures/page-text';

const claim: PrecheckClaim = {
  products: ['Dynamics 365 Sales', 'Power BI Pro'],
  submittedAt: '2026-03-10T16:00:00Z',
  customer: { name: 'Contoso Ltd', tenantId: '2d137b2d-aab4-4de5-b425-873033e040ad', domain: 'contoso.com', country: 'US', publicSector: false },
};
const content = (...texts: string[]): DocumentContent => ({ pages: texts.length, texts: pages(...texts), marks: [], notes: [] });

const SOW = [
  'Statement of Work',
  'Effective date: March 2, 2026',
  'CUSTOMER',
  'Contoso Ltd',
  'Tenant ID: 2d137b2d-aab4-4de5-b425-873033e040ad',
  '2. Scope of services',
  'Northwind will carry out the implementation of D365 Sales for 40 sellers.',
  'Accepted by the customer',
  'Name: Jane Doe',
  'Signature: Jane Doe',
  'Date: 03/04/2026',
].join('\n');

describe('a document\'s pre-check', () => {
  it('finds every kind of evidence and proposes only what is missing', () => {
    const a = analyseDocument(content(SOW), claim, '2026-03-18');
    expect(a.textPages).toBe(1);
    expect(a.findings.map((f) => `${f.kind}:${f.status}`)).toEqual([
      'date:ok', 'date:ok', 'product:found', 'product:missing', 'signature:present', 'service:found', 'customer:match', 'customer:match', 'customer:missing',
    ]);
    expect(a.findings.find((f) => f.kind === 'date' && f.text === '03/04/2026')).toMatchObject({ detail: { date: '2026-03-04', referenceIs: 'submission', ageDays: 6 } });
    expect(a.proposed).toEqual(['missing-products']);
    expect(a.notes).toEqual([]);
  });

  it('proposes missing-poe alone for a document about something else', () => {
    const a = analyseDocument(content('Trace-based Just-in-Time Type Specialization for Dynamic Languages'), claim, '2026-03-18');
    expect(a.proposed).toEqual(['missing-poe']);
  });

  it('proposes missing-poe alone for work that names neither the customer nor a claimed product (issue 17, fourth fresh set)', () => {
    const move = 'OFFICE MOVE CHECKLIST\nContractor: Greenfield Facilities Management\nMove date: 9 August 2026\n1 | Crates delivered and labelled | GFM | Yes\n3 | Furniture moved to level 4 | GFM | Yes\nSite manager\nName: Dale Hutchins\nSignature: /s/ Dale Hutchins';
    expect(analyseDocument(content(move), claim, '2026-09-18').proposed).toEqual(['missing-poe']);
    // Naming a claimed product only to leave it out still ties the file to this claim.
    const excluded = 'Scope: the migration of 1,200 mailboxes was carried out by Northwind.\nOut of scope: Dynamics 365 Sales and Power BI Pro.\nDate: 03/04/2026';
    expect(analyseDocument(content(excluded), claim, '2026-03-18').proposed).toContain('missing-products');
    expect(analyseDocument(content(excluded), claim, '2026-03-18').proposed).not.toContain('missing-poe');
  });

  it('proposes the missing acknowledgment when the signature block was left blank', () => {
    const unsigned = SOW.replace('Name: Jane Doe', 'Name: ____________').replace('Signature: Jane Doe', 'Signature: ____________');
    const a = analyseDocument(content(unsigned), claim, '2026-03-18');
    expect(a.findings.filter((f) => f.kind === 'signature').map((f) => f.status)).toEqual(['blank']);
    expect(a.proposed).toEqual(['missing-customer-acknowledgment', 'missing-products']);
  });

  it('proposes missing-poe when the document names another customer only', () => {
    const other = SOW.replace('Contoso Ltd', 'Fabrikam Inc').replace('2d137b2d-aab4-4de5-b425-873033e040ad', '11111111-2222-4333-8444-555555555555');
    expect(analyseDocument(content(other), claim, '2026-03-18').proposed).toContain('missing-poe');
  });

  it('proposes missing-or-old-dates when every date is old or later than the submission', () => {
    const old = SOW.replace('March 2, 2026', 'January 5, 2025').replace('03/04/2026', '01/06/2025');
    expect(analyseDocument(content(old), claim, '2026-03-18').proposed).toEqual(['missing-or-old-dates', 'missing-products']);
    const future = SOW.replace('March 2, 2026', 'April 5, 2026').replace('03/04/2026', '04/06/2026');
    const a = analyseDocument(content(future), claim, '2026-03-18');
    expect(a.findings.filter((f) => f.kind === 'date').map((f) => f.status)).toEqual(['future', 'future']);
    expect(a.proposed).toContain('missing-or-old-dates');
  });

  it('ages dates from today when the claim has no submission date', () => {
    const a = analyseDocument(content('Date: 2026-03-01'), { products: [] }, '2026-03-18');
    expect(a.findings[0]).toMatchObject({ kind: 'date', detail: { reference: '2026-03-18', referenceIs: 'today', ageDays: 17 } });
  });

  it('says "check by eye" for pages without text, and proposes nothing for a file without any', () => {
    const scan: DocumentContent = { pages: 2, texts: pages('', ''), marks: [{ kind: 'ink', page: 1, box: null }], notes: [] };
    const a = analyseDocument(scan, claim, '2026-03-18');
    expect(a).toMatchObject({ textPages: 0, proposed: [], notes: ['pages 1-2: no text layer: check by eye'] });
    expect(a.findings.map((f) => `${f.kind}:${f.status}`)).toEqual(['signature:present']);
    const mixed = analyseDocument(content(SOW, '', ' '), claim, '2026-03-18');
    expect(mixed.textPages).toBe(1);
    expect(mixed.notes).toEqual(['pages 2-3: no text layer: check by eye']);
  });

  it('requires the public sector disclosure of public-sector customers', () => {
    const publicClaim = { ...claim, customer: { ...claim.customer, publicSector: true } };
    expect(analyseDocument(content(SOW), publicClaim, '2026-03-18').findings.at(-1)).toMatchObject({ kind: 'public-sector-disclosure', status: 'missing' });
  });
});

describe('helpers', () => {
  it('write page ranges and read ISO days', () => {
    expect(pageRanges([1, 3, 5, 6, 7, 9])).toBe('1, 3, 5-7, 9');
    expect(isoDay('2026-03-10T23:30:00-08:00')).toBe('2026-03-10');
    expect(isoDay('2026-02-30')).toBeNull();
    expect(isoDay('2026-03-10')).toBe('2026-03-10');
    expect(isoDay('next tuesday')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { customerFindings, nameVariants } from '../../../shared/domain/precheck/customer';
import { pages } from '../../fixtures/page-text';

const TENANT = '2d137b2d-aab4-4de5-b425-873033e040ad';
const check = (text: string, customer: Parameters<typeof customerFindings>[1]) =>
  customerFindings(pages(text), customer).map((f) => [f.detail.field, f.status, f.text, f.detail.found]);

describe('customer identity', () => {
  it('matches the name, with or without its legal form, across lines', () => {
    expect(check('Statement of Work for Contoso\nLtd', { name: 'Contoso Ltd' })).toEqual([['name', 'match', 'Contoso Ltd', undefined]]);
    expect(check('Transports Garnier a confié au prestataire...', { name: 'Transports Garnier SAS' })).toEqual([['name', 'match', 'Transports Garnier', undefined]]);
    expect(check("Harlow County Sheriff's Office", { name: 'Harlow County Sheriff\u2019s Office' })[0]?.[1]).toBe('match');
    expect(nameVariants('Contoso Ltd')).toEqual(['Contoso Ltd', 'Contoso']);
    expect(nameVariants('Fourth Coffee')).toEqual(['Fourth Coffee']);
  });

  it('does not take a longer name that starts with the customer\'s for it', () => {
    expect(check('Contoso Advisory Services will deliver', { name: 'Contoso Ltd' })).toEqual([['name', 'missing', null, undefined]]);
  });

  it('says mismatch when the document labels another customer', () => {
    expect(check('CUSTOMER\nFabrikam Inc\nTenant ID: 11111111-2222-4333-8444-555555555555\nDomain: fabrikam.com', { name: 'Contoso Ltd', tenantId: TENANT, domain: 'contoso.com' })).toEqual([
      ['name', 'mismatch', 'CUSTOMER Fabrikam Inc', 'Fabrikam Inc'],
      ['tenant', 'mismatch', '11111111-2222-4333-8444-555555555555', '11111111-2222-4333-8444-555555555555'],
      ['domain', 'mismatch', 'Domain: fabrikam.com', 'fabrikam.com'],
    ]);
    expect(check('Client : Boulangeries Marchal', { name: 'Hôtels Belvédère' })[0]?.[1]).toBe('mismatch');
  });

  it('matches the tenant ID in any case and the domain in addresses', () => {
    expect(check(`Tenant ID: ${TENANT.toUpperCase()}`, { tenantId: TENANT })[0]?.[1]).toBe('match');
    expect(check('write to jane.doe@contoso.com or www.contoso.com', { domain: 'contoso.com' })[0]?.[1]).toBe('match');
    expect(check('notcontoso.com, contoso.com.au, my-contoso.com', { domain: 'contoso.com' })[0]?.[1]).toBe('missing');
    expect(check(`a GUID ${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)} that is not a tenant`, { tenantId: TENANT })[0]?.[1]).toBe('missing');
  });

  it('says nothing when the claim gives no customer', () => {
    expect(customerFindings(pages('Contoso'), {})).toEqual([]);
  });

  it('matches a name whose accents OCR or plain typing dropped', () => {
    expect(check('Client: Hotels Lumiere Groupe', { name: 'Hôtels Lumière Groupe' })[0]?.[1]).toBe('match');
  });
});

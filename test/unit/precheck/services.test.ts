import { describe, expect, it } from 'vitest';
import { serviceFindings } from '../../../shared/domain/precheck/services';
import { pages } from '../../fixtures/page-text';

const found = (text: string) => serviceFindings(pages(text))[0]?.status;

describe('description of the partner\'s services', () => {
  it('is found from a scope heading, English or French', () => {
    expect(serviceFindings(pages('Intro\n2. Scope of Services\nThe work.'))[0]).toMatchObject({ status: 'found', page: 1, text: 'Scope of Services' });
    expect(found('Services delivered:\n- mailbox moves')).toBe('found');
    expect(found('Périmètre de la prestation\nLe prestataire réalise...')).toBe('found');
    expect(found('3. Description des prestations')).toBe('found');
  });

  it('is found from sentences about the work, English or French', () => {
    expect(found('Fabrikam delivered the following services for our organisation:')).toBe('found');
    expect(found('Northwind will carry out the rollout to 300 staff.')).toBe('found');
    expect(found('Le partenaire a réalisé la migration des boîtes aux lettres.')).toBe('found');
    expect(found('Migration of 300 mailboxes and configuration of mail flow rules.')).toBe('found');
    expect(found("Déploiement d'Intune et paramétrage des stratégies de conformité.")).toBe('found');
  });

  it('is missing from a frame agreement or a thank-you note', () => {
    expect(found('Services, deliverables and schedules will be agreed in separate work orders issued under this document.')).toBe('missing');
    expect(found('Thank you for choosing Northwind. We look forward to continuing our work with Contoso.')).toBe('missing');
    expect(found('Warranty. The services will be performed in a professional manner. Deliverables created for the customer become its property.')).toBe('missing');
    expect(found('Statement of Work\nGeneral terms\nRate card')).toBe('missing');
  });
});

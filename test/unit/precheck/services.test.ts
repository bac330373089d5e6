import { describe, expect, it } from 'vitest';
import { serviceFindings } from '../../../shared/domain/precheck/services';
import { pages } from '../../fixtures/page-text';

const found = (text: string) => serviceFindings(pages(text))[0]?.status;

describe('description of the partner\'s services', () => {
  it('is found from a scope heading, English or French', () => {
    expect(serviceFindings(pages('Intro\n2. Scope of Services\nThe partner configured the mail flow rules of the tenant.'))[0]).toMatchObject({ status: 'found', page: 1, text: 'Scope of Services' });
    expect(found('Services delivered:\n- mailbox moves')).toBe('found');
    expect(found('Périmètre de la prestation\nLe prestataire a paramétré les postes de travail.')).toBe('found');
    expect(found('3. Description des prestations\nDéploiement de Microsoft Intune sur 200 postes.')).toBe('found');
  });

  it('is found from sentences about the work, English or French', () => {
    expect(found('Fabrikam delivered the following services for our organisation:\n- Exchange Online migration')).toBe('found');
    expect(found('Northwind will carry out the rollout to 300 staff.')).toBe('found');
    expect(found('Le partenaire a réalisé la migration des boîtes aux lettres.')).toBe('found');
    expect(found('Migration of 300 mailboxes and configuration of mail flow rules.')).toBe('found');
    expect(found("Déploiement d'Intune et paramétrage des stratégies de conformité.")).toBe('found');
  });

  it('is missing where a heading promises work but only licences follow (issue 17)', () => {
    expect(found('Services delivered\nSubscriptions for Intune were purchased under the customer\'s agreement and are active in its tenant.')).toBe('missing');
    expect(found('Prestations réalisées\nLes abonnements Microsoft Intune ont été souscrits et sont actifs sur son locataire.')).toBe('missing');
    expect(found('Supply of Power BI Pro licences (annual subscription, billed monthly).')).toBe('missing');
    // A column named "Delivered" over lines of licences.
    expect(found('Item Description Delivered\n1 Power BI Pro subscription (licences only) Yes')).toBe('missing');
    expect(found('3. Description des prestations')).toBe('missing');
    expect(found('This letter confirms that Fabrikam performed the following for Contoso:\n- Supply of Power BI Pro licences.')).toBe('missing');
  });

  it('is missing for work that was not done or is out of scope, or work on no IT at all', () => {
    expect(found('Test 4: not tested, out of scope | Power BI | N/A')).toBe('missing');
    expect(found('Twelve boxes of printer paper and four toner cartridges delivered to reception.')).toBe('missing');
    expect(found('The vendor will pack, move and unpack the furniture of the third floor.')).toBe('missing');
    // A partner's name is no object of work ("Keystone Cloud Group", "Contoso Systems").
    expect(found('Engineer: K. Daniels, Keystone Cloud Group\nVisit completed.')).toBe('missing');
  });

  it('is found from work in wrapped lines, tables and OCR text without accents', () => {
    expect(found('Our consultants configured\nMicrosoft Teams to match the security baseline.')).toBe('found');
    expect(found('1 | Configured to the agreed design | Exchange Online | Pass')).toBe('found');
    expect(found('Les ingenieurs ont parametre Intune et securise les postes.')).toBe('found');
  });

  it('is missing from a frame agreement or a thank-you note', () => {
    expect(found('Services, deliverables and schedules will be agreed in separate work orders issued under this document.')).toBe('missing');
    expect(found('Thank you for choosing Northwind. We look forward to continuing our work with Contoso.')).toBe('missing');
    expect(found('Warranty. The services will be performed in a professional manner. Deliverables created for the customer become its property.')).toBe('missing');
    expect(found('Statement of Work\nGeneral terms\nRate card')).toBe('missing');
  });

  it('is missing for licences delivered and for work the customer\'s own IT did (issue 17, fresh set)', () => {
    expect(found('I confirm we buy M365 E5 through Stratus. Deployment and administration are carried out by our own IT department.')).toBe('missing');
    expect(found('Éléments livrés\n- Mise à disposition de 125 licences Microsoft Intune (abonnement annuel)')).toBe('missing');
    expect(found('Le déploiement de Microsoft Intune est assuré par le service informatique du maître d’ouvrage.')).toBe('missing');
    expect(found('Stratus delivered the Microsoft Intune rollout to every office.')).toBe('found');
  });

  it('is missing where the document says the partner did no work at all, and only there (issue 17, fourth fresh set)', () => {
    const internal = 'This report closes the project run by Fabrikam to roll out Power Apps and Dynamics 365 Customer Service.';
    expect(found(`${internal} Harbor Point acted only as the licensing provider: it supplied no consulting, implementation or training effort.`)).toBe('missing');
    expect(found(`${internal} The rollout will be run by internal IT staff; no external consulting or implementation services are being commissioned.`)).toBe('missing');
    expect(found("Bilan du déploiement d'Intune mené par les équipes internes de la DSI. Aucune prestation d'accompagnement, de paramétrage ou de formation n'a été commandée à un prestataire extérieur.")).toBe('missing');
    expect(found('Hugo Delmas présente le bilan du déploiement d’Intune, mené par les équipes internes de la DSI.')).toBe('missing');
    // Denying one product's work, or work beyond what was done, leaves the rest of the work standing.
    expect(found('Nimbus configured Microsoft Intune for 300 devices. No training or support for Power BI was ordered.')).toBe('found');
    expect(found("Nuageo a déployé Microsoft Intune sur 300 postes. Defender for Endpoint n'entre pas dans le périmètre. Aucune prestation d'accompagnement ou de formation n'a été réalisée à ce titre.")).toBe('found');
    expect(found('Nimbus migrated 1,200 mailboxes to Exchange Online. No consulting or training beyond the migration was ordered.')).toBe('found');
  });

  it('is found from the items of a work list and from services a company performed (issue 17, fifth fresh set)', () => {
    expect(found('Travaux réalisés\n- Dynamics 365 Service client : gestion des dossiers, tests\n- Power Apps : application canevas, tests')).toBe('found');
    expect(found('Le détail des prestations réalisées par Groupe Azimut Informatique pour Hôtels Lumière Groupe figure ci-dessous.')).toBe('found');
    // Licences listed under the heading, or items done in-house, are no work.
    expect(found('Éléments livrés\n- 125 licences Microsoft Intune\n- 40 abonnements Power BI Pro')).toBe('missing');
    expect(found('Work performed\n- Microsoft Intune rollout by our own IT department')).toBe('missing');
  });
});

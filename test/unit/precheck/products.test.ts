import { describe, expect, it } from 'vitest';
import { productFindings } from '../../../shared/domain/precheck/products';
import { PRODUCT_CATALOG, catalogProduct, productSpellings } from '../../../shared/domain/products';
import { PRODUCTS } from '../../../main/demo/products';
import { pages } from '../../fixtures/page-text';

const status = (text: string, ...claimed: string[]) => productFindings(pages(text), claimed).map((f) => [f.detail.product, f.status, f.detail.as]);

describe('claimed products', () => {
  it('are found under their catalog name or a synonym, any case for phrases', () => {
    expect(status('Implementation of D365 Sales for 40 sellers', 'Dynamics 365 Sales')).toEqual([['Dynamics 365 Sales', 'found', 'D365 Sales']]);
    expect(status('upgrade to microsoft 365 e5 licences', 'Microsoft 365 E5')).toEqual([['Microsoft 365 E5', 'found', 'microsoft 365 e5']]);
    expect(status('Activation de M365 E5 pour 300 utilisateurs', 'Microsoft 365 E5')).toEqual([['Microsoft 365 E5', 'found', 'M365 E5']]);
    expect(status('Déploiement de Microsoft Teams Phone', 'Microsoft Teams')).toEqual([['Microsoft Teams', 'found', 'Microsoft Teams']]);
  });

  it('take a claimed synonym for its product', () => {
    expect(status('Dynamics 365 Sales pipeline', 'D365 Sales')).toEqual([['D365 Sales', 'found', 'Dynamics 365 Sales']]);
  });

  it('match across a line break, and count each mention once', () => {
    const [f] = productFindings(pages('the Dynamics\n365 Sales forecast; Microsoft Intune and Intune again'), ['Dynamics 365 Sales', 'Intune']);
    expect(f).toMatchObject({ status: 'found', text: 'Dynamics 365 Sales', page: 1 });
    expect(productFindings(pages('Microsoft Intune and Intune again'), ['Intune'])[0]?.detail.occurrences).toBe(2);
  });

  it('do not take an ordinary word for a one-word product name', () => {
    expect(status('project teams met weekly', 'Microsoft Teams')).toEqual([['Microsoft Teams', 'missing', null]]);
    expect(status('TEAMS ROLLOUT', 'Microsoft Teams')).toEqual([['Microsoft Teams', 'found', 'TEAMS']]);
    expect(status('PowerAppsStudio, SharePointless', 'Power Apps', 'SharePoint Online')).toEqual([
      ['Power Apps', 'missing', null],
      ['SharePoint Online', 'missing', null],
    ]);
  });

  it('report a product the document does not name as missing, and match an unknown product as written', () => {
    expect(productFindings(pages('Exchange Online migration'), ['Power BI Pro'])[0]).toMatchObject({ status: 'missing', page: null, text: null, box: null });
    expect(status('Azure Arc onboarding', 'Azure Arc')).toEqual([['Azure Arc', 'found', 'Azure Arc']]);
  });
});

describe('products left out in more words (issue 17, fourth fresh set)', () => {
  it('are excluded by the document\'s own ways of saying so, in English and French', () => {
    const excluded = [
      'Not covered by this certificate\nMicrosoft Intune did not form part of order PSO-9121. No work was done on that product.',
      'D-02 Keep Power Apps out of phase 1; no work to be carried out on it',
      'Article 3 - Exclusions\nLes parties rappellent que Power Apps n\'entre ni dans le périmètre du contrat ni dans celui du présent avenant.',
      'Power Apps ne figurait pas à la commande et n\'est pas couvert par la présente attestation.',
      'Power Apps : retiré du périmètre à la demande du client, aucune action prévue dans ce projet',
      '(Power Apps was never part of this project.)',
    ];
    for (const text of excluded) expect(status(text, 'Power Apps', 'Intune').filter(([, s]) => s !== 'missing'), text).toEqual([[expect.any(String), 'excluded', expect.any(String)]]);
    // A short line that does not leave anything out heads nothing: the product under it is delivered.
    expect(status('Delivered this month\nPower Apps canvas apps for 3 departments.', 'Power Apps')).toEqual([['Power Apps', 'found', 'Power Apps']]);
  });
});

describe('the product catalog', () => {
  it('knows every spelling and is the demo generator\'s list', () => {
    expect(catalogProduct('d365 sales')?.name).toBe('Dynamics 365 Sales');
    expect(productSpellings('Microsoft Teams')).toEqual(['Microsoft Teams', 'Teams', 'MS Teams']);
    expect(PRODUCTS.map((p) => [p.name, p.family, p.synonyms])).toEqual(PRODUCT_CATALOG.map((p) => [p.name, p.family, p.synonyms]));
  });
});

describe('products in context (issue 17)', () => {
  it('are recognised under the names partners really write', () => {
    expect(status('Rollout of Dynamics 365 for Sales to 40 sellers', 'Dynamics 365 Sales')).toEqual([['Dynamics 365 Sales', 'found', 'Dynamics 365 for Sales']]);
    expect(status('Flows built in Microsoft Flow', 'Power Automate')).toEqual([['Power Automate', 'found', 'Microsoft Flow']]);
    expect(status('Licences Azure Active Directory Premium P2', 'Entra ID P2')).toEqual([['Entra ID P2', 'found', 'Azure Active Directory Premium P2']]);
  });

  it('are recognised for products the demo never claims, and for names the claim dresses up', () => {
    expect(status('Go-live of Business Central for the finance team', 'Dynamics 365 Business Central')).toEqual([['Dynamics 365 Business Central', 'found', 'Business Central']]);
    expect(status('We migrated the company from Dynamics NAV 2018.', 'Dynamics 365 Business Central')).toEqual([['Dynamics 365 Business Central', 'found', 'Dynamics NAV']]);
    expect(status('Policies for Office 365 ATP were configured.', 'Defender for Office 365')).toEqual([['Defender for Office 365', 'found', 'Office 365 ATP']]);
    expect(status('Chatbot built with Power Virtual Agents.', 'Copilot Studio')).toEqual([['Copilot Studio', 'found', 'Power Virtual Agents']]);
    expect(status('Files moved to OneDrive for Business.', 'OneDrive')).toEqual([['OneDrive', 'found', 'OneDrive for Business']]);
    // A claim's name with an edition in brackets, or a product no list knows, with "Microsoft" or without.
    expect(status('Rollout of D365 Sales to 40 sellers', 'Dynamics 365 Sales (Enterprise)')).toEqual([['Dynamics 365 Sales (Enterprise)', 'found', 'D365 Sales']]);
    expect(status('Deployment of D365 Intelligent Order Management', 'Dynamics 365 Intelligent Order Management')).toEqual([['Dynamics 365 Intelligent Order Management', 'found', 'D365 Intelligent Order Management']]);
    expect(status('Deployment of Purview Data Map scanning', 'Microsoft Purview Data Map')).toEqual([['Microsoft Purview Data Map', 'found', 'Purview Data Map']]);
    // Not every word after "Microsoft" is a product: a plain word is not taken for one.
    expect(status('The forms were printed.', 'Microsoft Forms')).toEqual([['Microsoft Forms', 'missing', null]]);
  });

  it('are excluded when named only to be left out, in English and French', () => {
    const excluded = [
      'Out of scope: Microsoft 365 E5.',
      'The following items are out of scope:\n- Microsoft 365 E5 licensing\n- Hardware',
      '4. Exclusions\nMicrosoft 365 E5 configuration\nTraining',
      'Microsoft 365 E5 is not included in this engagement.',
      'Hors périmètre : Microsoft 365 E5.',
      'Éléments non inclus :\n- Microsoft 365 E5\n- Matériel',
    ];
    for (const text of excluded) expect(status(text, 'Microsoft 365 E5').map(([, s]) => s), text).toEqual(['excluded']);
  });

  it('are found when also named in the work itself', () => {
    expect(status('3. Scope\nDeployment of Microsoft 365 E5 for 300 users.\n4. Out of scope\nMicrosoft 365 E5 device licences', 'Microsoft 365 E5').map(([, s]) => s)).toEqual(['found']);
    expect(status('Out of scope: on-premises servers.\nWe deployed Microsoft 365 E5.', 'Microsoft 365 E5').map(([, s]) => s)).toEqual(['found']);
    expect(status('Scope:\n- Microsoft 365 E5 rollout\n- Exchange Online migration', 'Microsoft 365 E5').map(([, s]) => s)).toEqual(['found']);
  });
});

describe('claimed products as OCR and wrapped lines give them (issue 17)', () => {
  it('are found when OCR misreads a code', () => {
    expect(status('Our consultants configured Microsoft 365 ES for the sales team', 'Microsoft 365 E5')).toEqual([['Microsoft 365 E5', 'found', 'Microsoft 365 ES']]);
    expect(status('Activation of Azure AD Premium PZ', 'Entra ID P2')).toEqual([['Entra ID P2', 'found', 'Azure AD Premium PZ']]);
  });

  it('are excluded by a sentence wrapped over lines, and by other words for "out of scope"', () => {
    expect(status('The following is not included in this\nengagement: M365 E5.', 'Microsoft 365 E5')[0]?.[1]).toBe('excluded');
    expect(status('Deferred to a later project (not part of this work): Power BI Pro.', 'Power BI Pro')[0]?.[1]).toBe('excluded');
    expect(status('Non compris : Power BI Pro.', 'Power BI Pro')[0]?.[1]).toBe('excluded');
    expect(status('- Out of scope: Power BI Pro\n- Exchange Online migration', 'Exchange Online')[0]?.[1]).toBe('found');
  });

  it('are excluded by a table row whose cells come out line by line, and by more French and English wording', () => {
    const row = '8 Two-week hypercare agreed\nAgreed\n9 Dynamics 365 Finance and\nOperations\n- Not in this go-live:\nexcluded, to be quoted\nseparately\nOpen defects: none.';
    expect(status(row, 'Dynamics 365 Finance')[0]?.[1]).toBe('excluded');
    expect(status('Précisons que Defender for Endpoint n’entrait pas dans le champ de votre mission.', 'Defender for Endpoint')[0]?.[1]).toBe('excluded');
    expect(status('Power BI Pro was kept out of the engagement.', 'Power BI Pro')[0]?.[1]).toBe('excluded');
    // The next row's words are not this product's.
    expect(status('1 Power BI Pro\ndashboards\n2 Intune\nexcluded', 'Power BI Pro')[0]?.[1]).toBe('found');
  });
});

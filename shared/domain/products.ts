// The products and workloads a claim may name, with the other spellings PoE documents use
// for them ("D365 Sales" for "Dynamics 365 Sales"). The pre-check matches claimed products
// through this table; the demo generator writes its documents from it.
import type { ProductFamily } from './codes';

export interface CatalogProduct {
  readonly name: string;
  readonly family: ProductFamily;
  /** Other spellings seen in real PoE; each is a whole-word phrase. */
  readonly synonyms: readonly string[];
}

export const PRODUCT_CATALOG: readonly CatalogProduct[] = [
  { name: 'Microsoft Teams', family: 'microsoft-365', synonyms: ['Teams', 'MS Teams'] },
  { name: 'Exchange Online', family: 'microsoft-365', synonyms: [] },
  { name: 'SharePoint Online', family: 'microsoft-365', synonyms: ['SharePoint'] },
  { name: 'Intune', family: 'microsoft-365', synonyms: ['Microsoft Intune', 'Endpoint Manager (Intune)'] },
  { name: 'Microsoft 365 E5', family: 'microsoft-365', synonyms: ['M365 E5'] },
  { name: 'Entra ID P2', family: 'microsoft-365', synonyms: ['Azure AD Premium P2', 'Microsoft Entra ID P2'] },
  { name: 'Defender for Endpoint', family: 'microsoft-365', synonyms: ['Microsoft Defender for Endpoint'] },
  { name: 'Purview', family: 'microsoft-365', synonyms: ['Microsoft Purview'] },
  { name: 'Windows 365', family: 'microsoft-365', synonyms: ['Windows 365 Enterprise'] },
  { name: 'Dynamics 365 Sales', family: 'business-applications', synonyms: ['D365 Sales'] },
  { name: 'Dynamics 365 Customer Service', family: 'business-applications', synonyms: ['D365 Customer Service'] },
  { name: 'Dynamics 365 Finance', family: 'business-applications', synonyms: ['D365 Finance'] },
  { name: 'Power Apps', family: 'business-applications', synonyms: ['PowerApps'] },
  { name: 'Power Automate', family: 'business-applications', synonyms: ['Microsoft Power Automate'] },
  { name: 'Power BI Pro', family: 'business-applications', synonyms: ['Power BI'] },
];

const fold = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
const BY_SPELLING = new Map<string, CatalogProduct>(
  PRODUCT_CATALOG.flatMap((p) => [p.name, ...p.synonyms].map((s): [string, CatalogProduct] => [fold(s), p])),
);

/** The catalog entry a name or synonym stands for ("d365 sales" -> Dynamics 365 Sales), if any. */
export function catalogProduct(nameOrSynonym: string): CatalogProduct | undefined {
  return BY_SPELLING.get(fold(nameOrSynonym));
}

/** Every spelling of a product: its catalog name and synonyms, or just the name given when
 * the catalog does not know it. */
export function productSpellings(nameOrSynonym: string): string[] {
  const p = catalogProduct(nameOrSynonym);
  if (!p) return [nameOrSynonym.trim()];
  return [...new Set([p.name, ...p.synonyms, nameOrSynonym.trim()])];
}

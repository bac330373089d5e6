// The products and workloads a claim may name, with the other spellings PoE documents use
// for them: abbreviations ("D365 Sales"), the older "for" names ("Dynamics 365 for Sales"),
// former product names ("Microsoft Flow", "Windows Defender ATP", "Azure AD Premium P2") and
// French forms. The pre-check matches claimed products through this table; the demo generator
// writes its documents from the names and synonyms only.
import type { ProductFamily } from './codes';

export interface CatalogProduct {
  readonly name: string;
  readonly family: ProductFamily;
  /** Other spellings seen in real PoE, which the demo's documents also use; each a whole-word phrase. */
  readonly synonyms: readonly string[];
  /** Older names, "for" names and French forms the pre-check also recognises; the demo never writes them. */
  readonly alsoKnownAs: readonly string[];
}

export const PRODUCT_CATALOG: readonly CatalogProduct[] = [
  { name: 'Microsoft Teams', family: 'microsoft-365', synonyms: ['Teams', 'MS Teams'], alsoKnownAs: [] },
  { name: 'Exchange Online', family: 'microsoft-365', synonyms: [], alsoKnownAs: ['Microsoft Exchange Online'] },
  { name: 'SharePoint Online', family: 'microsoft-365', synonyms: ['SharePoint'], alsoKnownAs: ['Microsoft SharePoint Online'] },
  { name: 'Intune', family: 'microsoft-365', synonyms: ['Microsoft Intune', 'Endpoint Manager (Intune)'], alsoKnownAs: ['Microsoft Endpoint Manager', 'Intune Suite'] },
  { name: 'Microsoft 365 E5', family: 'microsoft-365', synonyms: ['M365 E5'], alsoKnownAs: ['Microsoft 365 Enterprise E5', 'MS 365 E5'] },
  { name: 'Entra ID P2', family: 'microsoft-365', synonyms: ['Azure AD Premium P2', 'Microsoft Entra ID P2'], alsoKnownAs: ['Azure Active Directory Premium P2', 'Azure AD P2', 'Entra ID Premium P2', 'Microsoft Entra ID Premium P2', 'AAD P2'] },
  { name: 'Defender for Endpoint', family: 'microsoft-365', synonyms: ['Microsoft Defender for Endpoint'], alsoKnownAs: ['Microsoft Defender ATP', 'Windows Defender ATP', 'Defender ATP'] },
  { name: 'Purview', family: 'microsoft-365', synonyms: ['Microsoft Purview'], alsoKnownAs: ['Microsoft Information Protection', 'Azure Information Protection'] },
  { name: 'Windows 365', family: 'microsoft-365', synonyms: ['Windows 365 Enterprise'], alsoKnownAs: ['Windows 365 Cloud PC'] },
  { name: 'Dynamics 365 Sales', family: 'business-applications', synonyms: ['D365 Sales'], alsoKnownAs: ['Dynamics 365 for Sales', 'Microsoft Dynamics 365 Sales', 'Microsoft Dynamics 365 for Sales', 'Dynamics CRM Sales', 'Dynamics 365 Ventes'] },
  { name: 'Dynamics 365 Customer Service', family: 'business-applications', synonyms: ['D365 Customer Service'], alsoKnownAs: ['Dynamics 365 for Customer Service', 'Microsoft Dynamics 365 Customer Service', 'D365 CS', 'Dynamics 365 Service client'] },
  { name: 'Dynamics 365 Finance', family: 'business-applications', synonyms: ['D365 Finance'], alsoKnownAs: ['Dynamics 365 for Finance', 'Dynamics 365 for Finance and Operations', 'Dynamics 365 Finance and Operations', 'D365 F&O', 'D365 FO', 'Microsoft Dynamics 365 Finance', 'Dynamics 365 Finances'] },
  { name: 'Power Apps', family: 'business-applications', synonyms: ['PowerApps'], alsoKnownAs: ['Microsoft Power Apps'] },
  { name: 'Power Automate', family: 'business-applications', synonyms: ['Microsoft Power Automate'], alsoKnownAs: ['Microsoft Flow', 'PowerAutomate'] },
  { name: 'Power BI Pro', family: 'business-applications', synonyms: ['Power BI'], alsoKnownAs: ['Microsoft Power BI Pro', 'Microsoft Power BI', 'PowerBI', 'Power BI Professional'] },
];

const fold = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
const BY_SPELLING = new Map<string, CatalogProduct>(
  PRODUCT_CATALOG.flatMap((p) => [p.name, ...p.synonyms, ...p.alsoKnownAs].map((s): [string, CatalogProduct] => [fold(s), p])),
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
  return [...new Set([p.name, ...p.synonyms, ...p.alsoKnownAs, nameOrSynonym.trim()])];
}

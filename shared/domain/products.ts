// The products and workloads a claim may name, with the other spellings PoE documents use
// for them: abbreviations ("D365 Sales"), the older "for" names ("Dynamics 365 for Sales"),
// former product names ("Microsoft Flow", "Windows Defender ATP", "Azure AD Premium P2") and
// French forms. The pre-check matches claimed products through this table; the demo generator
// writes its documents from the names and synonyms only.
import type { ProductFamily } from './codes';
import { KNOWN_PRODUCTS } from './product-names-known';

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
/** Every spelling of every product the pre-check knows, the demo's and the others, by any of them. */
const KNOWN_SPELLINGS = new Map<string, readonly string[]>([
  ...KNOWN_PRODUCTS.flatMap((p) => [p.name, ...p.spellings].map((s): [string, readonly string[]] => [fold(s), [p.name, ...p.spellings]])),
  ...PRODUCT_CATALOG.flatMap((p) => [p.name, ...p.synonyms, ...p.alsoKnownAs].map((s): [string, readonly string[]] => [fold(s), [p.name, ...p.synonyms, ...p.alsoKnownAs]])),
]);

/** The catalog entry a name or synonym stands for ("d365 sales" -> Dynamics 365 Sales), if any. */
export function catalogProduct(nameOrSynonym: string): CatalogProduct | undefined {
  return BY_SPELLING.get(fold(nameOrSynonym));
}

/** Every name a product and its spellings are also written under, by the way product names are
 * made: with or without "Microsoft", "D365" and "Dynamics 365 for" for "Dynamics 365", "PowerApps"
 * for "Power Apps". */
function variants(spelling: string): string[] {
  const s = spelling.trim().replace(/\s+/g, ' ');
  const out = [s];
  const bare = s.replace(/^(?:Microsoft|MS) /i, '');
  if (bare !== s && /\s|\d/.test(bare)) out.push(bare, `MS ${bare}`);
  const d365 = /^Dynamics 365 (?!for )(.+)$/i.exec(bare);
  if (d365) out.push(`D365 ${d365[1]}`, `Dynamics 365 for ${d365[1]}`, `Microsoft Dynamics 365 ${d365[1]}`, `Microsoft Dynamics 365 for ${d365[1]}`);
  const power = /^Power (Apps|Automate|BI|Pages|Platform)\b(.*)$/i.exec(bare);
  if (power) out.push(`Power${power[1]}${power[2]}`);
  return out;
}

/** A claim's product name without what claims add to it: "(Enterprise)", " - Plan 2" or a licence count. */
const claimedCore = (name: string): string => name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+[-–—]\s+(?:plan|licen[cs]es?|seats?|\d).*$/i, '').trim();

/** Every spelling of a product: its catalog name, synonyms and other names, each with and without
 * "Microsoft" and the like; or the name given and its variants when no list knows it. */
export function productSpellings(nameOrSynonym: string): string[] {
  const given = nameOrSynonym.trim();
  const known = KNOWN_SPELLINGS.get(fold(given)) ?? KNOWN_SPELLINGS.get(fold(claimedCore(given))) ?? [claimedCore(given) || given];
  return [...new Set([...known, given].flatMap(variants))];
}

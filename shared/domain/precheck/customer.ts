// The claim's customer in the PoE: its name (with or without "Ltd", "SAS"...), its tenant ID
// and its domain. One finding per identifier the claim gives: match, missing, or mismatch
// when the document names another tenant, domain or customer where it labels one.
import type { CustomerField, CustomerFinding, PrecheckClaim } from '../precheck';
import { evidenceAt, matchAll, phrasePattern, wordsAt, type PageText, type TextMatch } from './text';

const LEGAL_SUFFIX = /[\s,]+(?:ltd\.?|limited|inc\.?|incorporated|llc|l\.l\.c\.|plc|corp\.?|corporation|co\.|company|sas|sasu|sarl|sa|gmbh|ag|kg|bv|nv|pty\s+ltd|s\.a\.s?\.?)$/iu;

/** The name as written, and without its legal form when something distinctive is left. */
export function nameVariants(name: string): string[] {
  const full = name.trim().replace(/\s+/g, ' ');
  const core = full.replace(LEGAL_SUFFIX, '').trim();
  return core !== full && core.length >= 4 ? [full, core] : [full];
}

const GUID = /(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])/giu;
const TENANT_WORD = /(?:tenant|locataire)/iu;
const DOMAIN_LABEL = /(?<![\p{L}\p{N}])(?:domain|domaine|domain\s+name|nom\s+de\s+domaine)\s*:\s*([a-z0-9][a-z0-9.-]*\.[a-z]{2,})/giu;
/** "Customer: X" on one line, or a "CUSTOMER" label alone on a line with the name on the next. */
const NAME_LABEL = /^[ \t]*(?:customer|client|customer\s+name|nom\s+du\s+client|end\s+customer)[ \t]*(?::[ \t]*([^\n]+)|\n[ \t]*([^\n]+))/gimu;

function domainPattern(domain: string): RegExp {
  const escaped = domain.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])`, 'giu');
}

const missing = (field: CustomerField, expected: string): CustomerFinding => ({
  kind: 'customer', status: 'missing', page: null, text: null, box: null, detail: { field, expected },
});
const matched = (field: CustomerField, expected: string, m: TextMatch): CustomerFinding => ({
  kind: 'customer', status: 'match', ...evidenceAt(m.page, m.start, m.end), detail: { field, expected },
});
const mismatched = (field: CustomerField, expected: string, m: TextMatch, found: string): CustomerFinding => ({
  kind: 'customer', status: 'mismatch', ...evidenceAt(m.page, m.start, m.end), detail: { field, expected, found },
});

/** The name without its legal form must not be the start of a longer name ("Contoso Advisory Services"). */
function standsAlone(m: TextMatch): boolean {
  return !/^\s+\p{Lu}/u.test(m.page.text.slice(m.end, m.end + 3));
}

function nameFinding(pages: readonly PageText[], name: string): CustomerFinding {
  const [full, core] = nameVariants(name);
  const hit = matchAll(pages, phrasePattern(full ?? name))[0] ?? (core ? matchAll(pages, phrasePattern(core)).find(standsAlone) : undefined);
  const variants = core ? [full ?? name, core] : [full ?? name];
  if (hit) return matched('name', name, hit);
  const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\u2019']/g, "'").replace(/\s+/g, ' ').trim();
  for (const label of matchAll(pages, NAME_LABEL)) {
    const value = (label.groups[0] ?? label.groups[1] ?? '').trim();
    if (value.length < 2 || variants.some((v) => fold(value).includes(fold(v)))) continue;
    return mismatched('name', name, label, value.slice(0, 80));
  }
  return missing('name', name);
}

function tenantFinding(pages: readonly PageText[], tenantId: string): CustomerFinding {
  const want = tenantId.trim().toLowerCase();
  const guids = matchAll(pages, GUID);
  const hit = guids.find((m) => m.page.text.slice(m.start, m.end).toLowerCase() === want);
  if (hit) return matched('tenant', tenantId, hit);
  // Another GUID is a mismatch only where the document says it is a tenant.
  const other = guids.find((m) => TENANT_WORD.test(m.page.text.slice(Math.max(0, m.start - 40), m.start)));
  return other ? mismatched('tenant', tenantId, other, wordsAt(other.page, other.start, other.end)) : missing('tenant', tenantId);
}

function domainFinding(pages: readonly PageText[], domain: string): CustomerFinding {
  const hit = matchAll(pages, domainPattern(domain))[0];
  if (hit) return matched('domain', domain, hit);
  const other = matchAll(pages, DOMAIN_LABEL).find((m) => (m.groups[0] ?? '').toLowerCase() !== domain.trim().toLowerCase());
  return other ? mismatched('domain', domain, other, other.groups[0] ?? '') : missing('domain', domain);
}

export function customerFindings(pages: readonly PageText[], customer: PrecheckClaim['customer']): CustomerFinding[] {
  const out: CustomerFinding[] = [];
  if (customer?.name?.trim()) out.push(nameFinding(pages, customer.name));
  if (customer?.tenantId?.trim()) out.push(tenantFinding(pages, customer.tenantId));
  if (customer?.domain?.trim()) out.push(domainFinding(pages, customer.domain));
  return out;
}

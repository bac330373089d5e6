// The Public Sector Disclosure a PoE needs for a US (or Puerto Rico) public-sector customer.
import type { PublicSectorFinding } from '../precheck';
import { evidenceAt, matchAll, type PageText } from './text';

const DISCLOSURE = /(?<![\p{L}\p{N}])(?:public[\s-]+sector\s+disclosure|(?:divulgation|déclaration|declaration)\s+(?:relative\s+au\s+|du\s+)?secteur\s+public)(?![\p{L}\p{N}])/giu;

/** Found wherever it is; "missing" only where the claim's customer needs it. */
export function publicSectorFindings(pages: readonly PageText[], required: boolean): PublicSectorFinding[] {
  const first = matchAll(pages, DISCLOSURE)[0];
  if (first) return [{ kind: 'public-sector-disclosure', status: 'found', ...evidenceAt(first.page, first.start, first.end), detail: { required } }];
  if (!required) return [];
  return [{ kind: 'public-sector-disclosure', status: 'missing', page: null, text: null, box: null, detail: { required } }];
}

// The pre-check of one document's content against a claim: every analyser's findings, the
// notes people need ("page 3: no text layer: check by eye") and the proposed deficiencies.
import type { Deficiency } from '../codes';
import { NO_TEXT_NOTE, OCR_NOTE, proposeDeficiencies, type Finding, type PrecheckClaim } from '../precheck';
import { customerFindings } from './customer';
import { dateFindings, numericOrderFor } from './dates';
import { productFindings } from './products';
import { publicSectorFindings } from './public-sector';
import { serviceFindings } from './services';
import { signatureFindings } from './signature';
import { hasText, type DocumentContent } from './text';

export interface Analysis {
  readonly textPages: number;
  readonly findings: Finding[];
  readonly proposed: Deficiency[];
  readonly notes: string[];
}

/** "3", "2-4", "1, 3, 5-7". */
export function pageRanges(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === (pages[j] ?? 0) + 1) j++;
    out.push(i === j ? String(pages[i]) : `${pages[i]}-${pages[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** yyyy-mm-dd of an ISO date or timestamp (the day as written, in its own offset), or null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value)) return null;
  const day = value.slice(0, 10);
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(Date.parse(value)) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day ? null : day;
}

/**
 * `today` (yyyy-mm-dd) stands in for the submission day when the claim gives none. A
 * document without any text layer gets no "missing" findings: nothing could be read.
 */
export function analyseDocument(content: DocumentContent, claim: PrecheckClaim, today: string): Analysis {
  const withText = content.texts.filter(hasText);
  const blank = content.texts.filter((t) => !hasText(t)).map((t) => t.page);
  const notes = [...content.notes];
  if (blank.length > 0) notes.push(`${blank.length === 1 ? 'page' : 'pages'} ${pageRanges(blank)}: ${NO_TEXT_NOTE}`);
  // Pages read by OCR: the reviewer is told which, and how sure the engine was.
  const confidence = new Map((content.ocr ?? []).flatMap((o) => (o.confidence === null ? [] : [[o.page, o.confidence] as const])));
  for (const [page, sure] of confidence) notes.push(`page ${page}: ${OCR_NOTE} (confidence ${sure}%): check the words by eye`);

  const submitted = isoDay(claim.submittedAt);
  const findings: Finding[] = [];
  if (withText.length === 0) {
    findings.push(...signatureFindings([], content.marks, content.signatures).filter((f) => f.status !== 'missing'));
  } else {
    findings.push(
      ...dateFindings(withText, {
        reference: submitted ?? today,
        referenceIs: submitted ? 'submission' : 'today',
        order: numericOrderFor(claim.customer?.country),
      }),
      ...productFindings(withText, claim.products),
      ...signatureFindings(withText, content.marks, content.signatures, claim.customer?.name),
      ...serviceFindings(withText),
      ...customerFindings(withText, claim.customer),
      ...publicSectorFindings(withText, claim.customer?.publicSector === true),
    );
  }
  const marked = findings.map((f) => {
    const sure = f.page === null ? undefined : confidence.get(f.page);
    return sure === undefined ? f : { ...f, ocr: sure };
  });
  return { textPages: withText.length, findings: marked, proposed: proposeDeficiencies(marked, withText.length, claim), notes };
}

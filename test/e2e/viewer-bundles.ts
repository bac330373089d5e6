// Bundles for the viewer specs, written at test time into temp folders (never committed): a
// claim with one document of each kind, a claim of hostile files made here, and claims
// carrying every file of the shared corpus (where there is one: see fixtures/corpus.ts).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { BundleClaimInput } from '../../shared/api/bundle';
import { claimRow } from '../fixtures/bundle';
import { pdfCorpus } from '../fixtures/corpus';
import { brokenXrefPdf, encryptedPdf, hugePdf, imageOnlyPdf, scriptedPdf, truncatedPdf } from '../fixtures/hostile-pdfs';
import { scannedPdf } from '../fixtures/scans';
import { FIND_WORD, longPdf } from '../fixtures/long-pdf';
import { acknowledgmentLetter } from '../fixtures/poe-letters';
import { alterSignedText, makeSigner, signedPdf } from '../fixtures/signed-pdf';

/** A 240 x 160 JPEG (ImageMagick: two shapes on a cream ground). */
const PHOTO_JPEG = Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCACgAPADASIAAhEBAxEB/8QAGwABAQEAAwEBAAAAAAAAAAAAAAcGAgMFBAj/xABGEAABAgMCCQQOCAcBAAAAAAAAAQIDBAURFwYHElRlk6TS4iExQWETFDZFUVJxdIGDkaGxwhYjJDI0c7LBFSIzQ2JjcvD/xAAZAQEBAQEBAQAAAAAAAAAAAAAABAMFAgH/xAAjEQEAAgMBAAICAgMAAAAAAAAAAQIDE1ERBCESMTJBFDNx/9oADAMBAAIRAxEAPwCtAAzegAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGdwsws+i/an2HtrtnL/u5GTk5PUtv3vcZ29jQm1cAxr96fXfITssxYqWpEzCXJktFpiJUS9jQm1cAvY0JtXATsGmnHxntv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwC9jQm1cBOwNOPhtv1RL2NCbVwHtYLYb/AElqUSS/h3a2RBWLl9ny7bFallmSnjEhNniu7pZjzN362HjJipFZmIe6ZLTaImVVABErAABO8a/en13yE7KJjX70+u+QnZ0MP+uEOX+cgANmYAAAAAAAAAAAAAAAAAAAAAAAAAABs8V3dLMeZu/Wwxhs8V3dLMeZu/Wwzy/wl7x/yhVQAc1eAACd41+9PrvkJ2V7DfBeewl7R7Siy8PtfsmX2ZzktysmyyxF8VTKXXVzOpDWP3C3FkrFIiZSZKWm0zEMYDZ3XVzOpDWP3BddXM6kNY/cNdtOs9duMYDZ3XVzOpDWP3BddXM6kNY/cG2nTXbjGA2d11czqQ1j9wXXVzOpDWP3Btp0124xgNnddXM6kNY/cF11czqQ1j9wbadNduMYDZ3XVzOpDWP3BddXM6kNY/cG2nTXbjGA2d11czqQ1j9wXXVzOpDWP3Btp0124xgNnddXM6kNY/cF11czqQ1j9wbadNduMYDZ3XVzOpDWP3BddXM6kNY/cG2nTXbjGA2d11czqQ1j9wXXVzOpDWP3Btp0124xgNnddXM6kNY/cF11czqQ1j9wbadNduMYDZ3XVzOpDWP3BddXM6kNY/cG2nTXbjGGzxXd0sx5m79bBddXM6kNY/cNBgZgZUcHavFnJyPKxIb5dYaJCc5VtVzV6WpycimeTJWaTES90paLRMw2oAIVgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHRPTsCnSMacmX5EKC3Kcv7J1rzAiPfp1VSqyVHk1mp6MkOGnIic6uXwInSpO6vjFqU29zKc1slB6HWI6IvlVeRPR7Twa5XJqvVB01MrY1OSHCReSG3wJ+69J5pPbJM/p1MPxq1j233L6ZmpT05+JnZiN+ZFV3xU4y87Nyi2y01Ggr4YcRW/A6AZqvI88amlYwKxIOa2ac2egpzti8j7OpyfvaUWiV+Qr0ssWTiLlM/qQn8j2eVP3TkIifVTalNUmehzknEyIrF9Dk6UVOlDSt5j9psvxq3j2v1K7A8+h1eBXKVCnoNiZSWRGW25D050/90WHoFH7cuYmJ8kAAfAAAAAAAAAAAAAAAAAAAAAAAAAwWM2puayVpcN1mX9dFROlOZvvyvYhvSSYwIzouFswxeaCxjE8mSjvmM8k+VU/Fr7k/4zQAJ3WAAAAAGzxbVN0vWItOe76uaZlNT/NvL8LfYhTSKYLxnS+E9Oe3nWYaz0OXJX4lrKMc/Tl/Lr5f3oADRIAAAAAAAAAAAAAAAAAAAAAAAAEsxjyqwcJEj5K5MxAa63wqlrV9yJ7SpmXw+orqpRUmYDMqPJqr0ROdzF+8nuRfQeLx7Vv8e/45I9ScAEzsAAAAAD3cDJVZvCuRbkqrYb1iKvgyUVU99hYzD4t6K6Xlo1XjsyXR07HBt8RF5V9Kons6zcFGOPIcn5V/yyeR/QADRMAAAAAAAAAAAAAAAAAAAAAAAAAACa4YYFRJSI+o0qCr5Zy2xIDEtWF1oni/Dyc2JP0AZ+r4E0arvdGWEstHdyrEgfy5S9acy+Xn6zK2P+4XYfleR5dHwbmZxYTbfwtSgxPzWKz4WnGXxYT7l+01CXhp/ra5/wAbDP8AC3FX+Ri899Yg1GCeB0etRmzU4x8KQattq8ixupvV1+zq2NKwAo9Oc2JHa6eip0xvuIv/ADze2006IiIiIliJ0HuuPqbL8v68o4woUODCZChMayGxqNa1qWI1E5kQ5AGyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAf/2Q==', 'base64');

function claim(id: string, documents: { path: string; name: string }[]): BundleClaimInput {
  return claimRow({ id, documents });
}

function writeFolder(claims: readonly BundleClaimInput[], files: Record<string, Uint8Array | { copyOf: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpor-viewer-bundle-'));
  for (const [rel, content] of Object.entries(files)) {
    const target = join(dir, rel);
    mkdirSync(dirname(target), { recursive: true });
    if (content instanceof Uint8Array) writeFileSync(target, content);
    else copyFileSync(content.copyOf, target);
  }
  writeFileSync(join(dir, 'claims.json'), JSON.stringify({ format: 'cpor-bundle', version: 1, claims }, null, 2));
  return dir;
}

const FILLER = [
  'The partner configured the tenant and trained the customer administrators.',
  'Work was delivered remotely and on site, in the phases agreed at kick-off.',
  'Each deliverable was reviewed with the customer before it was accepted.',
  'Open questions were tracked in the weekly status report and closed in time.',
];

/** Where "milestone" is printed in the generated statement of work: page -> how many times. */
export const MILESTONES: Readonly<Record<number, number>> = { 2: 1, 4: 2, 6: 1 };
export const SOW_PAGES = 6;

/** A six-page statement of work with real text (Helvetica), "milestone" only where MILESTONES says. */
async function statementOfWork(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let p = 1; p <= SOW_PAGES; p++) {
    const page = doc.addPage([612, 792]);
    page.drawText(p === 1 ? 'Statement of Work' : `Section ${p}`, { x: 72, y: 700, size: 24, font: bold });
    let y = 660;
    for (let line = 0; line < 14; line++) {
      page.drawText(FILLER[(p + line) % FILLER.length]!, { x: 72, y, size: 11, font });
      y -= 20;
    }
    for (let m = 0; m < (MILESTONES[p] ?? 0); m++) {
      page.drawText(`Acceptance milestone ${p}.${m + 1} signed off by the customer.`, { x: 72, y, size: 11, font });
      y -= 20;
    }
    page.drawText(`Page ${p} of ${SOW_PAGES}`, { x: 280, y: 40, size: 9, font });
  }
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return doc.save();
}

/** A grey 620 x 800 "scan" with eighteen dark bars of "text" (encodeGrayPng of the demo generator). */
const SCAN_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAmwAAAMgCAAAAAC7E2FaAAAGoklEQVR42u3bQQ3EAAwDwaI7/kgOQ1lUincWQjS/yM9f+qjHCQSbYJNgE2wSbIJNsEmwCTYJNsEm2CTYBJsEm2ATbBJsgk2CTbAJNgk2wSbBJtgEmwSbYJNgE2wSbIJNsEmwCTYJNsEm2CTYBJsEm2ATbBJsgk2CTbAJNgk2wSbBJtgEmwSbYJNgE2wSbIJNsEmwCTYJNsEm2CTYBJsEm2ATbBJsgk2CTbAJNgk2wSZ9gO2nXLAJNsEGm2ATbLAJNsEm2GATbIINNsGmIjYJNsEm2CTYBJsEm2CTYBNsgk2CTbBJsAk2wSbBJtgk2ASbYJNgE2wSbNrAZrKb3RvDJtgEG2ywwSbYYIMNNsEm2GATbIINNthgUwqbBJtgE2wSbIJNgk2wSbAJNsEmwSbYJNgEm2CTYBNsEmyCTbBJsAk2CTZtYLPzze6NYYMNNsEGG2ywCTbYYINNsAk22GCDTbDBBhtsSmGTYBNsgk2CTbBJsAk2CTbBJtgk2ASbBJtgE2wSbIJNgk2wCTYJNsEmwaYNbMbB2b0xbLDBJthggw022GCDDTbYYINNsMEGG2yCDTbYYIPNI16CTbAJNgk2wSbBJtgEmwSbYJNgE2yCTYJNsEmwCTYJNsEm2CTYBJsEm85hsyi2h4ZNsAk22GCDTbDBBhtsgk2wwQYbbIINNthgUwGbBJtgE2wSbIJNgk2wSbAJNsEmwSbYJNgEm2CTYBNsEmyCTbBJsAk2CTZtYDPzze6NYYMNNsEGG2ywCTbYYINNsAk22GCDTbDBBhtsSmGTYBNsgk2CTbBJsAk2CTbBJtgk2ASbBJtgE2wSbIJNgk2wCTYJNsEmwaYNbLbB2b0xbLDBJthggw022GCDDTbYYINNsMEGG2yCDTbYYIPNI16CTbAJNgk2wSbBJtgEmwSbYJNgE2yCTYJNsEmwCTYJNsEm2CTYBJsEm85hMyi2h4ZNsAk22GCDTbDBBhtsgk2wwQYbbIINNthgUwGbBJtgE2wSbIJNgk2wSbAJNsEmwSbYJNgEm2CTYBNsEmyCTbBJsAk2CTZtYLPyze6NYYMNNsEGG2ywCTbYYINNsAk22GCDTbDBBhtsSmGTYBNsgk2CTbBJsAk2CTbBJtgk2ASbBJtgE2wSbIJNgk2wCTYJNsEmwaYNbKbB2b0xbLDBJthggw022GCDDTbYYINNsMEGG2yCDTbYYIPNI16CTbAJNgk2wSbBJtgEmwSbYJNgE2yCTYJNsEmwCTYJNsEm2CTYBJsEm85hsye2h4ZNsAk22GCDTbDBBhtsgk2wwSbYBBtssMGmAjYJNsEm2CTYBJsEm2CTYBNsgk2CTbBJsAk2wSbBJtgk2ASbYJNgE2wSbNrAZuSb3RvDBhtsgg022GATbLDBBptgE2ywwQabYIMNNtiUwibBJtgEmwSbYJNgE2wSbIJNsEmwCTYJNsEm2CTYBJsEm2ATbBJsgk2CTRvYLIOze2PYYINNsMEGG2ywwQYbbLDBBptggw022AQbbLDBBptHvASbYBNsEmyCTYJNsAk2CTbBJsEm2ASbBJtgk2ATbBJsgk2wSbAJNgk2ncNmTmwPDZtgE2ywwQabYIMNNtgEm2CDTbAJNthgg00FbBJsgk2wSbAJNgk2wSbBJtgEmwSbYJNgE2yCTYJNsEmwCTbBJsEm2CTYtIHNxje7N4YNNtgEG2ywwSbYYIMNNsEm2GCDDTbBBhtssCmFTYJNsAk2CTbBJsEm2CTYBJtgk2ATbBJsgk2wSbAJNgk2wSbYJNgEmwSbNrAZBmf3xrDBBptggw022AQbbLDBBhtsgg022GATbLDBBhtsHvESbIJNsEmwCTYJNsEm2CTYBJsEm2ATbBJsgk2CTbBJsAk2wSbBJtgk2HQOmzWxPTRsgk2wwQYbbIINNthgE2yCDTbBJthggw02FbBJsAk2wSbBJtgk2ASbBJtgE2wSbIJNgk2wCTYJNsEmwSbYBJsEm2CTYNMGNhPf7N4YNthgE2ywwQabYIMNNtgEm2CDDTbYBBtssMGmFDYJNsEm2CTYBJsEm2CTYBNsgk2CTbBJsAk2wSbBJtgk2ASbYJNgE2wSbIJNsEmwCTYJNsEm2CTYBJsEm2CTYBNsgk2CTbBJsAk2wSbBJtgk2ASbYJNgE2wSbIJNsEmwCTYJNsEm2CTYBJsEm2ATbE4g2ASbBJtgk2ATbIJNgk2wSbAJNsEmwSbYJNgEm2CTYBNsEmyCTbBJsAk2CTbBJtgk2ASbBJtgk2ATbBrtBfKUWMhWD8MJAAAAAElFTkSuQmCC', 'base64');

export const VIEWER_CLAIM = 'V-2026-000001';
export const VIEWER_DOCS = {
  sow: 'Statement of work.pdf',
  paper: 'Trace paper.pdf',
  scan: 'Scan.png',
  photo: 'Site photo.jpg',
  sheet: 'Timesheet.xlsx',
  long: 'Delivery record.pdf',
} as const;

/** The long document: its page count, and the word printed on every tenth page. */
export const LONG_PAGES = 200;
export const LONG_WORD = FIND_WORD;

/** The bytes of the non-previewable document, to compare with what the download saves. */
export const SHEET_BYTES = Buffer.from('PK\u0003\u0004 a stand-in for a spreadsheet, never opened by the viewer');

/** The viewer claim's documents in tab order; the real paper comes from the corpus, so only where there is one. */
export function viewerDocNames(): string[] {
  const { sow, long, paper, scan, photo, sheet } = VIEWER_DOCS;
  return pdfCorpus().dir ? [sow, long, paper, scan, photo, sheet] : [sow, long, scan, photo, sheet];
}

export async function writeViewerBundle(): Promise<string> {
  const corpus = pdfCorpus();
  const files: Record<string, { path: string; content: Uint8Array | { copyOf: string } }> = {
    [VIEWER_DOCS.sow]: { path: 'poe/sow.pdf', content: await statementOfWork() },
    [VIEWER_DOCS.long]: { path: 'poe/long.pdf', content: await longPdf(LONG_PAGES, 'Delivery record') },
    [VIEWER_DOCS.scan]: { path: 'poe/scan.png', content: SCAN_PNG },
    [VIEWER_DOCS.photo]: { path: 'poe/photo.jpg', content: PHOTO_JPEG },
    [VIEWER_DOCS.sheet]: { path: 'poe/timesheet.xlsx', content: SHEET_BYTES },
  };
  if (corpus.dir) files[VIEWER_DOCS.paper] = { path: 'poe/tracemonkey.pdf', content: { copyOf: corpus.path('tracemonkey.pdf') } };
  const docs = viewerDocNames().map((name) => ({ name, ...files[name]! }));
  return writeFolder(
    [claim(VIEWER_CLAIM, docs.map(({ path, name }) => ({ path, name })))],
    Object.fromEntries(docs.map((d) => [d.path, d.content])),
  );
}

/**
 * A PDF that needs a password to open (user password "reviewer"), made with Ghostscript 10:
 * gs -sDEVICE=pdfwrite -sOwnerPassword=… -sUserPassword=reviewer -dEncryptionR=3 -dKeyLength=128.
 * The corpus's empty_protected.pdf has an owner password only, so it opens without one.
 */
const LOCKED_PDF = Buffer.from('JVBERi0xLjQKJcfsj6IKJSVJbnZvY2F0aW9uOiBncyAtcSAtZE5PUEFVU0UgLWRCQVRDSCAtc0RFVklDRT1wZGZ3cml0ZSAtc093bmVyUGFzc3dvcmQ9PyAtc1VzZXJQYXNzd29yZD0/IC1kRW5jcnlwdGlvblI9MyAtZEtleUxlbmd0aD0xMjggLWRDb21wYXRpYmlsaXR5TGV2ZWw9MS40IC1zT3V0cHV0RmlsZT0/ID8KNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+CnN0cmVhbQrL/ZDlrJxGt8iu/PdtOhZ/vYgqOw1Up/hjYniZz2klGWJemqCdR2ZNheszI079dgOljxoK9SZOLQXeh+8wtkc+HTurzxBx/Vm2IE2McgBjMvpN4qFGDEnHPJRjiTTBoFplbmRzdHJlYW0KZW5kb2JqCjYgMCBvYmoKOTYKZW5kb2JqCjQgMCBvYmoKPDwvVHlwZS9QYWdlL01lZGlhQm94IFswIDAgNTk1IDg0Ml0KL1JvdGF0ZSAwL1BhcmVudCAzIDAgUgovUmVzb3VyY2VzPDwvUHJvY1NldFsvUERGIC9UZXh0XQovRm9udCA4IDAgUgo+PgovQ29udGVudHMgNSAwIFIKPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFsKNCAwIFIKXSAvQ291bnQgMQo+PgplbmRvYmoKMSAwIG9iago8PC9UeXBlIC9DYXRhbG9nIC9QYWdlcyAzIDAgUgovTWV0YWRhdGEgOSAwIFIKPj4KZW5kb2JqCjggMCBvYmoKPDwvUjcKNyAwIFI+PgplbmRvYmoKNyAwIG9iago8PC9CYXNlRm9udC9IZWx2ZXRpY2EvVHlwZS9Gb250Ci9TdWJ0eXBlL1R5cGUxPj4KZW5kb2JqCjkgMCBvYmoKPDwvVHlwZS9NZXRhZGF0YQovU3VidHlwZS9YTUwvTGVuZ3RoIDExNzM+PnN0cmVhbQo8P3hwYWNrZXQgYmVnaW49J++7vycgaWQ9J1c1TTBNcENlaGlIenJlU3pOVGN6a2M5ZCc/Pgo8P2Fkb2JlLXhhcC1maWx0ZXJzIGVzYz0iQ1JMRiI/Pgo8eDp4bXBtZXRhIHhtbG5zOng9J2Fkb2JlOm5zOm1ldGEvJyB4OnhtcHRrPSdYTVAgdG9vbGtpdCAyLjkuMS0xMywgZnJhbWV3b3JrIDEuNic+CjxyZGY6UkRGIHhtbG5zOnJkZj0naHR0cDovL3d3dy53My5vcmcvMTk5OS8wMi8yMi1yZGYtc3ludGF4LW5zIycgeG1sbnM6aVg9J2h0dHA6Ly9ucy5hZG9iZS5jb20vaVgvMS4wLyc+CjxyZGY6RGVzY3JpcHRpb24gcmRmOmFib3V0PSIiIHhtbG5zOnBkZj0naHR0cDovL25zLmFkb2JlLmNvbS9wZGYvMS4zLycgcGRmOlByb2R1Y2VyPSdHUEwgR2hvc3RzY3JpcHQgMTAuMDAuMCcvPgo8cmRmOkRlc2NyaXB0aW9uIHJkZjphYm91dD0iIiB4bWxuczp4bXA9J2h0dHA6Ly9ucy5hZG9iZS5jb20veGFwLzEuMC8nPjx4bXA6TW9kaWZ5RGF0ZT4yMDI2LTExLTI0VDE4OjIxOjA2WjwveG1wOk1vZGlmeURhdGU+Cjx4bXA6Q3JlYXRlRGF0ZT4yMDI2LTExLTI0VDE4OjIxOjA2WjwveG1wOkNyZWF0ZURhdGU+Cjx4bXA6Q3JlYXRvclRvb2w+VW5rbm93bkFwcGxpY2F0aW9uPC94bXA6Q3JlYXRvclRvb2w+PC9yZGY6RGVzY3JpcHRpb24+CjxyZGY6RGVzY3JpcHRpb24gcmRmOmFib3V0PSIiIHhtbG5zOnhhcE1NPSdodHRwOi8vbnMuYWRvYmUuY29tL3hhcC8xLjAvbW0vJyB4YXBNTTpEb2N1bWVudElEPSd1dWlkOjVkMjVjZjc0LTIwNTAtMTFmZC0wMDAwLWZlMjI5YjA2ZWY2NScvPgo8cmRmOkRlc2NyaXB0aW9uIHJkZjphYm91dD0iIiB4bWxuczpkYz0naHR0cDovL3B1cmwub3JnL2RjL2VsZW1lbnRzLzEuMS8nIGRjOmZvcm1hdD0nYXBwbGljYXRpb24vcGRmJz48ZGM6dGl0bGU+PHJkZjpBbHQ+PHJkZjpsaSB4bWw6bGFuZz0neC1kZWZhdWx0Jz5VbnRpdGxlZDwvcmRmOmxpPjwvcmRmOkFsdD48L2RjOnRpdGxlPjwvcmRmOkRlc2NyaXB0aW9uPgo8L3JkZjpSREY+CjwveDp4bXBtZXRhPgogICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgCjw/eHBhY2tldCBlbmQ9J3cnPz4KZW5kc3RyZWFtCmVuZG9iagoyIDAgb2JqCjw8L1Byb2R1Y2VyKFwzMzNyXDIyNiJcKFwwMzJcMjMxXDIzNlwyMjVcMzI3XFx7MlwpXDAwNCxcMjcyXDIyNlZdXVNSKQovQ3JlYXRpb25EYXRlKFwzMzBcMDMwXDM1MDJdRFwzMDdcMzM0XDMyM1wyMjBcMDE2MWloQDpcMzIxXDIyNkhKXU1FKQovTW9kRGF0ZShcMzMwXDAzMFwzNTAyXURcMzA3XDMzNFwzMjNcMjIwXDAxNjFpaEA6XDMyMVwyMjZISl1NRSk+PmVuZG9iagoxMCAwIG9iago8PC9GaWx0ZXIgL1N0YW5kYXJkIC9WIDIgL0xlbmd0aCAxMjggL1IgMyAvUCA0Mjk0OTY3MjkyIC9PICjL4T8IcGd6f8fSolwp2BiRXjFQI3SOlMD9wePL3gguFtQpCi9VIChAzTIOmQeBkojYNJM9DLOiXCi/Tl5OdYpBZABOVv/6AQgpPj4KZW5kb2JqCnhyZWYKMCAxMQowMDAwMDAwMDAwIDY1NTM1IGYgCjAwMDAwMDA1NjQgMDAwMDAgbiAKMDAwMDAwMTk3MCAwMDAwMCBuIAowMDAwMDAwNTA1IDAwMDAwIG4gCjAwMDAwMDAzNjQgMDAwMDAgbiAKMDAwMDAwMDE4MCAwMDAwMCBuIAowMDAwMDAwMzQ2IDAwMDAwIG4gCjAwMDAwMDA2NTcgMDAwMDAgbiAKMDAwMDAwMDYyOCAwMDAwMCBuIAowMDAwMDAwNzIxIDAwMDAwIG4gCjAwMDAwMDIxODkgMDAwMDAgbiAKdHJhaWxlcgo8PCAvU2l6ZSAxMSAvUm9vdCAxIDAgUiAvSW5mbyAyIDAgUgovSUQgWzw2RkNGMDdFQ0I2Nzg3RjU3NTYwRTZERjFENUJEN0RCRD48NkZDRjA3RUNCNjc4N0Y1NzU2MEU2REYxRDVCRDdEQkQ+XQovRW5jcnlwdCAxMCAwIFIgPj4Kc3RhcnR4cmVmCjIzNDEKJSVFT0YK', 'base64');

/** One claim whose documents the viewer shows or explains: a PDF, a picture, a file it cannot preview, a locked PDF. */
export const EXPLAINED_CLAIM = 'V-2026-000002';
export const EXPLAINED_DOCS = {
  sow: 'Statement of work.pdf',
  scan: 'Scan.png',
  sheet: 'Timesheet.xlsx',
  locked: 'Locked.pdf',
} as const;

/** A bundle of one claim: each document named as `names` says, its bytes as `content` says. */
function writeNamedDocuments<K extends string>(id: string, names: Readonly<Record<K, string>>, content: Readonly<Record<K, Uint8Array>>): string {
  const docs = (Object.entries(names) as [K, string][]).map(([key, name]) => ({ key, path: `poe/${name}`, name }));
  return writeFolder([claim(id, docs.map(({ path, name }) => ({ path, name })))], Object.fromEntries(docs.map((d) => [d.path, content[d.key]])));
}

export async function writeExplainedFilesBundle(): Promise<string> {
  return writeNamedDocuments(EXPLAINED_CLAIM, EXPLAINED_DOCS, { sow: await statementOfWork(), scan: SCAN_PNG, sheet: SHEET_BYTES, locked: LOCKED_PDF });
}

/** A claim of a good statement of work (the document to go back to) and one hostile file made here (no corpus needed). */
export const HOSTILE_CLAIM = 'V-2026-000003';
export const HOSTILE_DOCS = {
  sow: 'Statement of work.pdf',
  brokenXref: 'broken-xref.pdf',
  truncated: 'truncated.pdf',
  encrypted: 'encrypted.pdf',
  locked: 'locked.pdf',
  scripted: 'scripted.pdf',
  huge: 'huge.pdf',
  imageOnly: 'image-only.pdf',
  garbage: 'garbage.pdf',
  pictureNamed: 'picture-named.pdf',
} as const;
export type HostileDoc = Exclude<keyof typeof HOSTILE_DOCS, 'sow'>;

function garbagePdf(): Uint8Array {
  const garbage = Buffer.alloc(64 * 1024);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + (i >> 3)) & 0xff;
  return Buffer.concat([Buffer.from('%PDF-1.7\n'), garbage]);
}

/** The hostile files of fixtures/hostile-pdfs.ts, a really encrypted one, garbage behind a PDF header, a picture named .pdf. */
const HOSTILE_CONTENT: Readonly<Record<HostileDoc, () => Uint8Array | Promise<Uint8Array>>> = {
  brokenXref: brokenXrefPdf,
  truncated: truncatedPdf,
  encrypted: encryptedPdf,
  locked: () => LOCKED_PDF,
  scripted: scriptedPdf,
  huge: () => hugePdf(),
  imageOnly: imageOnlyPdf,
  garbage: garbagePdf,
  pictureNamed: () => SCAN_PNG,
};

export async function writeHostileBundle(doc: HostileDoc): Promise<string> {
  return writeNamedDocuments(HOSTILE_CLAIM, { sow: HOSTILE_DOCS.sow, [doc]: HOSTILE_DOCS[doc] }, { sow: await statementOfWork(), [doc]: await HOSTILE_CONTENT[doc]() });
}

/** Documents per corpus claim: each claim shows them as tabs. */
const CORPUS_PER_CLAIM = 12;

export interface CorpusClaim {
  readonly id: string;
  readonly files: readonly string[];
}

/** Every corpus file, twelve to a claim (none without a corpus). */
export function corpusClaims(): CorpusClaim[] {
  const files = pdfCorpus().files;
  const claims: CorpusClaim[] = [];
  for (let i = 0; i < files.length; i += CORPUS_PER_CLAIM) {
    claims.push({ id: `R-2026-${String(claims.length + 1).padStart(6, '0')}`, files: files.slice(i, i + CORPUS_PER_CLAIM) });
  }
  return claims;
}

/** A bundle folder holding a copy of every corpus file, in the claims corpusClaims() names. */
export function writeCorpusBundle(): string {
  const corpus = pdfCorpus();
  const copies: Record<string, { copyOf: string }> = {};
  for (const f of corpus.files) copies[`corpus/${f}`] = { copyOf: corpus.path(f) };
  return writeFolder(
    corpusClaims().map((c) => claim(c.id, c.files.map((f) => ({ path: `corpus/${f}`, name: f })))),
    copies,
  );
}

/** One claim, two digitally signed PoEs made here: one as signed, one changed after signing. */
export const SIGNED_CLAIM = 'V-2026-000004';
export const SIGNED_DOCS = { intact: 'Acceptance signed.pdf', altered: 'Acceptance edited after signing.pdf', invisible: 'Acceptance signed with no box.pdf' } as const;

export async function writeSignedBundle(): Promise<string> {
  const signer = await makeSigner('Jane Doe', 'Contoso Ltd');
  const text = 'Contoso Ltd: Microsoft Teams deployment\ndelivered by Northwind Cloud Partners on 2026-02-27,\naccepted by the customer.';
  const signed = await signedPdf(signer, { text, signingTime: new Date('2026-03-02T15:30:00Z') });
  const invisible = await signedPdf(signer, { text, signingTime: new Date('2026-03-02T15:30:00Z'), onPage: false });
  return writeNamedDocuments(SIGNED_CLAIM, SIGNED_DOCS, { intact: signed, altered: alterSignedText(signed), invisible });
}

/** Two claims for different customers whose PoE is the very same file, and a third that is not. */
export const DUPLICATE_CLAIMS = ['V-2026-000005', 'V-2026-000006', 'V-2026-000007'] as const;

/** A letter and its copy with the customer, signer and date changed: near-identical text, other files. */
export const NEAR_COPY_CLAIMS = ['V-2026-000008', 'V-2026-000009'] as const;

async function letterPdf(text: string, size: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([595, 842]);
  text.split('\n').forEach((line, i) => page.drawText(line, { x: 40, y: 790 - i * (size + 6), size, font }));
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return doc.save();
}

export async function writeDuplicateBundle(): Promise<string> {
  const sow = await statementOfWork();
  const [first, second, third] = DUPLICATE_CLAIMS;
  const [original, copy] = NEAR_COPY_CLAIMS;
  return writeFolder(
    [
      claimRow({ id: first, documents: [{ path: 'poe/sow.pdf', name: 'Statement of work.pdf' }] }),
      claimRow({ id: second, customer: { tenantId: '00000000-0000-4000-8000-00000000f00d', name: 'Fabrikam Inc' }, documents: [{ path: 'poe/copy.pdf', name: 'SOW final.pdf' }] }),
      claimRow({ id: third, documents: [{ path: 'poe/photo.jpg', name: 'Photo.jpg' }] }),
      claimRow({ id: original, documents: [{ path: 'poe/letter.pdf', name: 'Acknowledgment.pdf' }] }),
      claimRow({ id: copy, customer: { tenantId: '00000000-0000-4000-8000-00000000717e', name: 'Tailspin Toys' }, documents: [{ path: 'poe/letter-copy.pdf', name: 'Customer letter.pdf' }] }),
    ],
    {
      'poe/sow.pdf': sow,
      'poe/copy.pdf': sow,
      'poe/photo.jpg': PHOTO_JPEG,
      'poe/letter.pdf': await letterPdf(acknowledgmentLetter({ customer: 'Contoso Ltd', signer: 'Jane Doe', date: '14 October 2026' }), 8),
      'poe/letter-copy.pdf': await letterPdf(acknowledgmentLetter({ customer: 'Tailspin Toys', signer: 'Ana Silva', date: '2 November 2026' }), 9),
    },
  );
}

/** A claim whose PoE is a scan: a signed statement of work on paper, put through a scanner (no text layer). */
export const SCAN_CLAIM = 'V-2026-000010';
export const SCAN_DOCS = { scan: 'Signed statement of work (scanned).pdf' } as const;
export const SCAN_LINES = [
  'STATEMENT OF WORK - ACCEPTANCE',
  'Customer: Contoso Ltd',
  'Partner: Northwind Cloud Partners',
  'Services delivered: deployment of Microsoft Teams for Contoso Ltd,',
  'with the configuration of meeting rooms and calling plans.',
  'The work was delivered on 2026-11-12.',
  'Accepted by the customer.',
  'Signed for Contoso Ltd: Jane Doe, IT Director',
  'Date: 2026-11-16',
] as const;

export async function writeScanBundle(): Promise<string> {
  return writeNamedDocuments(SCAN_CLAIM, SCAN_DOCS, { scan: await scannedPdf([SCAN_LINES]) });
}

/**
 * A claim whose PoE was never signed and leaves a claimed product out: the customer's name and
 * title were typed into the block, its signing row is empty, and Power BI Pro is "out of scope".
 */
export const UNSIGNED_CLAIM = 'V-2026-000011';
export const UNSIGNED_LINES = [
  'Statement of work: Contoso Ltd',
  'Northwind Cloud Partners carried out the deployment of Microsoft Teams for Contoso Ltd,',
  'with the configuration of meeting rooms, calling plans and retention policies.',
  'Out of scope: Power BI Pro (to be quoted separately).',
  'Date: 2026-11-16',
  'For Northwind Cloud Partners',
  'Signed: /s/ Sam Okafor',
  'Accepted by the customer',
  'Name: Jane Doe',
  'Title: IT Director',
  'Signature: ______________________________',
] as const;

export async function writeUnsignedBundle(): Promise<string> {
  return writeFolder(
    [claimRow({ id: UNSIGNED_CLAIM, products: ['Microsoft Teams', 'Power BI Pro'], documents: [{ path: 'poe/unsigned.pdf', name: 'Statement of work (unsigned).pdf' }] })],
    { 'poe/unsigned.pdf': await letterPdf(UNSIGNED_LINES.join('\n'), 11) },
  );
}


// Long PoE-like PDFs for the viewer benchmarks: real text on every page (Helvetica), a heading,
// a table-like block, and a word to find on every tenth page.
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

const SENTENCES = [
  'The partner configured conditional access and trained the customer administrators on the new policies.',
  'Work was delivered remotely and on site, in the phases agreed at kick-off, and reviewed every week.',
  'Each deliverable was reviewed with the customer before it was accepted, and its sign-off recorded.',
  'Open questions were tracked in the weekly status report and closed before the next phase began.',
  'Mailboxes were migrated in waves of two hundred users, with a rollback plan for every wave.',
  'The service desk received runbooks for licence assignment, retention labels and guest access.',
];

/** The word the find benchmark looks for: printed once on every tenth page. */
export const FIND_WORD = 'countersigned';

export async function longPdf(pages: number, title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`${title}: section ${p}`, { x: 60, y: 730, size: 18, font: bold, color: rgb(0.1, 0.35, 0.3) });
    page.drawLine({ start: { x: 60, y: 720 }, end: { x: 552, y: 720 }, thickness: 1, color: rgb(0.1, 0.35, 0.3) });
    let y = 696;
    for (let line = 0; line < 34; line++) {
      page.drawText(SENTENCES[(p * 7 + line) % SENTENCES.length]!, { x: 60, y, size: 9.5, font });
      y -= 16;
    }
    if (p % 10 === 0) page.drawText(`Milestone ${p / 10} ${FIND_WORD} by the customer's project lead.`, { x: 60, y, size: 9.5, font: bold });
    for (let row = 0; row < 4; row++) {
      page.drawRectangle({ x: 60, y: 70 + row * 18, width: 492, height: 18, borderWidth: 0.5, borderColor: rgb(0.6, 0.6, 0.6) });
      page.drawText(`Phase ${row + 1}    ${8 + row * 3} days    accepted`, { x: 66, y: 75 + row * 18, size: 8.5, font });
    }
    page.drawText(`Page ${p} of ${pages}`, { x: 280, y: 40, size: 8, font });
  }
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return doc.save();
}

// A long PoE for the benchmarks: a statement of work of `pages` full pages of text (about 45
// lines each), dated, naming products, with a signature block on the last page. pdf-lib.
import { PDFDocument, StandardFonts } from 'pdf-lib';

const SENTENCES = [
  'Northwind Cloud Partners will carry out the migration of 2,400 mailboxes to Exchange Online in six waves.',
  'The deployment of Microsoft Teams Phone covers calling plans, auto attendants and call queues for 1,800 users.',
  'Configuration of Intune compliance policies and Autopilot provisioning replaces manual laptop imaging.',
  'Each wave is confirmed in the weekly status report and signed off by the customer\u2019s project sponsor.',
  'Risks are reviewed in every status meeting; new risks are added to the register by either party.',
  'Test scenarios cover sign-in with multi-factor authentication, mail on managed phones and guest access.',
  'Knowledge transfer to the customer\u2019s administrators takes place before the hypercare period ends.',
];

export async function longPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`Statement of Work \u2013 Contoso Ltd \u2013 Effective date: March ${(p % 28) + 1}, 2026`, { x: 60, y: 750, size: 9, font: bold });
    for (let line = 0; line < 45; line++) {
      const text = `${p + 1}.${line + 1} ${SENTENCES[(p * 45 + line) % SENTENCES.length]}`;
      page.drawText(text, { x: 60, y: 720 - line * 14.5, size: 9, font });
    }
    page.drawText(`Page ${p + 1} of ${pages}`, { x: 500, y: 40, size: 8, font });
  }
  const last = doc.getPage(pages - 1);
  last.drawText('Accepted by the customer', { x: 320, y: 90, size: 9, font: bold });
  last.drawText('Signature: ______________   Date: 14/03/2026', { x: 320, y: 70, size: 9, font });
  doc.setCreationDate(new Date('2026-03-14T00:00:00Z'));
  doc.setModificationDate(new Date('2026-03-14T00:00:00Z'));
  return doc.save();
}

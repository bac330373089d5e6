// The customer's acceptance: the block a reviewer looks for first ("Accepted by the
// customer", name, title, a signature line with ink on it, a date).
import { rgb } from 'pdf-lib';
import type { Canvas } from './canvas';
import type { DemoClaim, DocumentPlan } from './claims';
import { INK, MUTED, textWidth, type Fonts } from './pdf-layout';
import { dateText } from './poe-text';
import type { Random } from './random';

/** Height the acceptance block needs below its top, in points. */
export const SIGNATURE_BLOCK_HEIGHT = 118;

/** Draws the block; returns the date it shows, if any. */
export function customerAcceptance(page: Canvas, fonts: Fonts, claim: DemoClaim, plan: DocumentPlan, rng: Random, x: number, top: number): Date | null {
  const size = 9.5;
  const line = (y: number, text: string, bold = false): void => {
    page.text(text, { x, y, size, font: bold ? fonts.bold : fonts.sans, color: INK });
  };
  page.text('Accepted by the customer', { x, y: top - 10, size: 8.5, font: fonts.bold, color: MUTED });
  line(top - 26, claim.customer.name, true);
  line(top - 42, `Name: ${plan.signer.name}`);
  line(top - 57, `Title: ${plan.signer.title}`);
  const sigY = top - 84;
  line(sigY, 'Signature: ______________________');
  signatureStroke(page, rng, x + textWidth(fonts.sans, 'Signature: ', size) + 8, sigY + 5, 105);
  line(top - 104, `Date: ${plan.signedDate ? dateText(plan, plan.signedDate) : '____________________'}`);
  return plan.signedDate;
}

/** A hand-signature-like stroke: a tall initial, a run of joined loops, an underline
 * flourish; smoothed through Catmull-Rom curves so it reads as ink, not as a zigzag. */
function signatureStroke(canvas: Canvas, rng: Random, x: number, y: number, width: number): void {
  const pts: [number, number][] = [];
  let px = x;
  pts.push([px, y + rng.int(-2, 4)], [px + 4, y + 13 + rng.int(0, 4)], [px + 7, y - 6], [px + 12, y + 4]);
  px += 12;
  const letters = rng.int(6, 10);
  const dx = (width * 0.75) / letters;
  for (let i = 0; i < letters; i++) {
    const up = i % 2 === 0;
    const loop = rng.chance(0.3);
    px += dx * (0.7 + rng.next() * 0.6);
    pts.push([px, y + (up ? 5 + rng.next() * (loop ? 14 : 7) : -2 - rng.next() * 4)]);
    // A loop: the pen runs back a little before going on, as in an "l" or an "e".
    if (loop && up) pts.push([px - dx * 0.45, y + 2], [px + dx * 0.2, y - 1]);
  }
  pts.push([px + width * 0.1, y - 7], [px - width * 0.35, y - 9 + rng.next() * 3], [x + width * 0.05, y - 6]);

  const f = (n: number): string => String(Math.round(n * 10) / 10);
  const at = (i: number): [number, number] => pts[Math.max(0, Math.min(pts.length - 1, i))] ?? [x, y];
  let d = `${f(at(0)[0])} ${f(at(0)[1])} m`;
  for (let i = 0; i < pts.length - 1; i++) {
    const [x0, y0] = at(i - 1);
    const [x1, y1] = at(i);
    const [x2, y2] = at(i + 1);
    const [x3, y3] = at(i + 2);
    d += ` ${f(x1 + (x2 - x0) / 6)} ${f(y1 + (y2 - y0) / 6)} ${f(x2 - (x3 - x1) / 6)} ${f(y2 - (y3 - y1) / 6)} ${f(x2)} ${f(y2)} c`;
  }
  canvas.stroke(d, rgb(0.08, 0.16, 0.45), 1);
}

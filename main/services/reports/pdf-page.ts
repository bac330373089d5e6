// The report's page: A4 landscape, its margins, and the footer every page carries ("page N of M":
// the page count is known before the first page is drawn, from the row count).
import { COLORS, label } from './pdf-charts';
import type { Doc } from './pdf-text';

export interface PageFrame {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly pages: number;
  /** What every footer says on its left. */
  readonly title: string;
}

export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;
export const MARGIN = 36;
/** The footer, below the bottom margin: its text's top and its rule, in points, and its size. */
export const FOOTER = { below: 8, rule: 3, size: 7 } as const;

export function pageFooter(doc: Doc, frame: PageFrame, page: number): void {
  const y = frame.height - frame.margin + FOOTER.below;
  const inner = frame.width - 2 * frame.margin;
  const ruleY = frame.height - frame.margin + FOOTER.rule;
  doc.moveTo(frame.margin, ruleY).lineTo(frame.width - frame.margin, ruleY).lineWidth(0.5).strokeColor(COLORS.grid).stroke();
  label(doc, frame.title, frame.margin, y, { size: FOOTER.size, color: COLORS.muted, width: inner * 0.7 });
  label(doc, `Page ${page} of ${frame.pages}`, frame.margin, y, { size: FOOTER.size, color: COLORS.muted, width: inner, align: 'right' });
}

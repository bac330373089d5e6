// Bar charts drawn as vector shapes on the report's summary page: a column chart over time and
// horizontal bar lists (plain, or split into within / outside SLA), each in its own box.
import { BOLD, type Doc, FONT, printable } from './pdf-text';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const COLORS = {
  ink: '#222222',
  muted: '#6b6b6b',
  grid: '#dddddd',
  bar: '#2f5d8c',
  within: '#3a8f5c',
  outside: '#c0504d',
  tile: '#f2f5f9',
} as const;

const TITLE_HEIGHT = 18;

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** The smallest 1, 2 or 5 times a power of ten at or above n (an axis that ends on a round number). */
export function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

/**
 * One line of text. Given a width, it is aligned in it and, only if it does not fit, cut with an
 * ellipsis (pdfkit's line wrapper, slow, is used for that case alone).
 */
export function label(doc: Doc, text: string, x: number, y: number, opts: { size?: number; bold?: boolean; color?: string; width?: number; align?: 'left' | 'right' | 'center' } = {}): void {
  const size = opts.size ?? 7;
  const font = opts.bold ? BOLD : FONT;
  const shown = printable(doc, font, text);
  doc.font(font).fontSize(size).fillColor(opts.color ?? COLORS.ink);
  const textWidth = opts.width === undefined ? 0 : doc.widthOfString(shown);
  if (opts.width !== undefined && textWidth > opts.width) {
    doc.text(shown, x, y, { lineBreak: false, width: opts.width, align: opts.align ?? 'left', ellipsis: true, height: size * 1.3 });
    return;
  }
  const room = (opts.width ?? 0) - textWidth;
  const at = opts.align === 'right' ? x + room : opts.align === 'center' ? x + room / 2 : x;
  doc.text(shown, at, y, { lineBreak: false });
}

/** Text wrapped in a width, for the few sentences the report has. */
export function paragraph(doc: Doc, text: string, x: number, y: number, width: number, opts: { size?: number; color?: string } = {}): void {
  doc.font(FONT).fontSize(opts.size ?? 7).fillColor(opts.color ?? COLORS.ink).text(printable(doc, FONT, text), x, y, { width });
}

function chartTitle(doc: Doc, box: Box, title: string, note?: string): void {
  label(doc, title, box.x, box.y, { size: 10, bold: true });
  if (note) label(doc, note, box.x, box.y + 1.5, { size: 7, color: COLORS.muted, width: box.width, align: 'right' });
}

function nothingToShow(doc: Doc, box: Box): void {
  label(doc, 'No decisions', box.x, box.y + box.height / 2, { size: 9, color: COLORS.muted, width: box.width, align: 'center' });
}

/** Vertical bars left to right (decisions over time), with a value axis and a few labels below. */
export function columnChart(doc: Doc, box: Box, title: string, bars: readonly { label: string; value: number }[], note?: string): void {
  chartTitle(doc, box, title, note);
  const plot = { x: box.x + 30, y: box.y + TITLE_HEIGHT + 4, width: box.width - 34, height: box.height - TITLE_HEIGHT - 20 };
  if (bars.length === 0 || bars.every((b) => b.value === 0)) return nothingToShow(doc, plot);
  const top = niceCeiling(Math.max(...bars.map((b) => b.value)));
  for (const fraction of [0, 0.5, 1]) {
    const y = plot.y + plot.height * (1 - fraction);
    doc.moveTo(plot.x, y).lineTo(plot.x + plot.width, y).lineWidth(0.5).strokeColor(COLORS.grid).stroke();
    label(doc, formatCount(top * fraction), box.x, y - 3, { width: 26, align: 'right', color: COLORS.muted });
  }
  const slot = plot.width / bars.length;
  const gap = Math.min(2, slot * 0.2);
  bars.forEach((b, i) => {
    const h = (b.value / top) * plot.height;
    if (h > 0) doc.rect(plot.x + i * slot + gap / 2, plot.y + plot.height - h, slot - gap, h).fillColor(COLORS.bar).fill();
  });
  // At most about six labels, evenly spread, so they never overlap.
  const every = Math.max(1, Math.ceil(bars.length / 6));
  bars.forEach((b, i) => {
    if (i % every === 0) label(doc, b.label, plot.x + i * slot, plot.y + plot.height + 4, { color: COLORS.muted });
  });
}

export interface BarItem {
  readonly label: string;
  readonly value: number;
  /** Shown after the bar, e.g. the count or a share. */
  readonly note: string;
  /** For bars split in two: the part drawn in the "within" colour; the rest in the "outside" colour. */
  readonly within?: number;
}

/** Horizontal bars, one per line, a label on the left and a note after the bar. */
export function barList(doc: Doc, box: Box, title: string, items: readonly BarItem[], note?: string): void {
  chartTitle(doc, box, title, note);
  const area = { x: box.x, y: box.y + TITLE_HEIGHT + 4, width: box.width, height: box.height - TITLE_HEIGHT - 4 };
  if (items.length === 0) return nothingToShow(doc, area);
  const labelWidth = 92;
  const noteWidth = 70;
  const barX = area.x + labelWidth + 6;
  const barWidth = area.width - labelWidth - noteWidth - 12;
  const line = Math.min(16, area.height / items.length);
  const top = Math.max(...items.map((i) => i.value));
  items.forEach((item, n) => {
    const y = area.y + n * line;
    const thickness = Math.max(3, line * 0.62);
    label(doc, item.label, area.x, y + thickness / 2 - 3, { width: labelWidth, align: 'right' });
    const full = top > 0 ? (item.value / top) * barWidth : 0;
    if (item.within === undefined) {
      if (full > 0) doc.rect(barX, y, full, thickness).fillColor(COLORS.bar).fill();
    } else {
      const inside = item.value > 0 ? (item.within / item.value) * full : 0;
      if (inside > 0) doc.rect(barX, y, inside, thickness).fillColor(COLORS.within).fill();
      if (full - inside > 0) doc.rect(barX + inside, y, full - inside, thickness).fillColor(COLORS.outside).fill();
    }
    label(doc, item.note, barX + full + 4, y + thickness / 2 - 3, { width: noteWidth, color: COLORS.muted });
  });
}

/** A small legend of coloured squares and words, ending at `right`. */
export function legend(doc: Doc, right: number, y: number, entries: readonly { color: string; text: string }[]): void {
  const widths = entries.map((e) => 10 + doc.font(FONT).fontSize(7).widthOfString(printable(doc, FONT, e.text)));
  let at = right - widths.reduce((a, b) => a + b, 0) - 8 * (entries.length - 1);
  entries.forEach((e, i) => {
    doc.rect(at, y, 7, 7).fillColor(e.color).fill();
    label(doc, e.text, at + 10, y, { color: COLORS.muted });
    at += (widths[i] ?? 0) + 8;
  });
}

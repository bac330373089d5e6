// Marks drawn on a page rather than typed: handwriting as vector strokes (a signature pad's or a
// tablet's output: long runs of curves or short lines) and pictures (a scanned signature or a
// stamp pasted on the line), with their boxes in page space, read from pdf.js's operator list.
// Straight rules, underlines and table borders are not handwriting: a path counts only for its
// curves and slanted lines, and only when most of its segments are such. Whether enough of them
// lie in a signature block is for the block to judge (shared/domain/precheck/signature.ts): a
// pad may write one long path or one path per stroke.
import type { Box } from '../../../shared/domain/precheck';
import type { MarkInput } from '../../../shared/domain/precheck/text';

/** The pdf.js operator codes this reads (pdfjs.OPS), passed in so this file stays testable. */
export interface OperatorCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
  readonly paintImageXObjectRepeat: number;
}

export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** pdf.js's path segment codes in constructPath data (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A path is freehand when at least this share of its segments are curves or slanted lines. */
const MIN_FREEHAND_SHARE = 0.5;
/** A picture this small is an icon or a bullet, not a signature. */
const MIN_IMAGE_SIDE = 10;
/** Marks read per page at most: a page of vector art is not a signature block. */
const MAX_MARKS = 200;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function asMatrix(value: unknown): Matrix | null {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return null;
  const m = Array.from(value as ArrayLike<number>);
  return m.length === 6 && m.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (m as unknown as Matrix) : null;
}

function transformBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[x0, y0], [x1, y0], [x0, y1], [x1, y1]] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** How many freehand segments pdf.js path data (DrawOPS codes and coordinates) draws; 0 for rules and boxes. */
export function freehandSegments(data: ArrayLike<number>): number {
  let segments = 0;
  let freehand = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE) {
      x = data[i++] ?? 0;
      y = data[i++] ?? 0;
    } else if (op === LINE) {
      const nx = data[i++] ?? 0;
      const ny = data[i++] ?? 0;
      segments++;
      if (Math.abs(nx - x) > 0.01 && Math.abs(ny - y) > 0.01) freehand++;
      x = nx;
      y = ny;
    } else if (op === CURVE || op === QUAD) {
      const n = op === CURVE ? 6 : 4;
      x = data[i + n - 2] ?? 0;
      y = data[i + n - 1] ?? 0;
      i += n;
      segments++;
      freehand++;
    } else if (op === CLOSE) {
      segments++;
    } else {
      return 0;
    }
  }
  return segments > 0 && freehand / segments >= MIN_FREEHAND_SHARE ? freehand : 0;
}

/** The handwriting and pictures on one page, in page space. */
export function drawnMarks(list: OperatorList, ops: OperatorCodes, page: number): MarkInput[] {
  const out: MarkInput[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const count = Math.min(list.fnArray.length, list.argsArray.length);
  for (let i = 0; i < count && out.length < MAX_MARKS; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = asMatrix(args?.[0]);
      if (m) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath) {
      const data = (args?.[1] as unknown[] | undefined)?.[0];
      const minMax = args?.[2] as ArrayLike<number> | null | undefined;
      if (!data || !minMax || minMax.length !== 4 || (!ArrayBuffer.isView(data) && !Array.isArray(data))) continue;
      const segments = freehandSegments(data as ArrayLike<number>);
      if (segments > 0) out.push({ kind: 'strokes', page, box: transformBox(ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!), segments });
    } else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject || fn === ops.paintImageXObjectRepeat) {
      // Images are drawn into the unit square of the current matrix.
      const box = transformBox(ctm, 0, 0, 1, 1);
      if (box[2] - box[0] >= MIN_IMAGE_SIDE && box[3] - box[1] >= MIN_IMAGE_SIDE) out.push({ kind: 'image', page, box });
    }
  }
  return out;
}

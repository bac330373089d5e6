// Handwriting on a scanned page: OCR drops a pen signature (it is not type), so it is looked for
// in the pixels. Dark pixels outside the words OCR read are grouped into blobs; a blob that rises
// and falls well beyond the page's type height, without being a rule or a table, is a shape a
// pen drew: a signature, initials, a stamp. Signature blocks then find it in their area.

/** RGBA pixels of a rendered page, rows top to bottom. */
export interface Pixels {
  readonly data: Uint8ClampedArray | Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** A box in pixels: left, top, right, bottom (y down). */
export interface PixelBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Pixels are looked at in square cells this wide: coarse enough to be quick, fine enough for a pen line. */
const CELL = 6;
/** A cell holds ink with at least this many dark pixels. */
const MIN_DARK = 2;
/** Words' boxes are widened by this much: anti-aliased edges and JPEG ringing belong to the word. */
const WORD_MARGIN = 3;
/** Ink cells this close (in cells) belong to one blob: a signature's strokes are seldom joined. */
const REACH = 2;
/** A blob is a pen shape when at least this many times the type's height tall and wide... */
const MIN_HEIGHT = 1.6;
const MIN_WIDTH = 2;
/** ...and no larger than a signature is: bigger is a table, a frame, a picture. */
const MAX_HEIGHT = 6;
const MAX_WIDTH_SHARE = 0.45;

export function handwriting(px: Pixels, words: readonly PixelBox[], typeHeight: number): PixelBox[] {
  if (typeHeight <= 0) return [];
  const gw = Math.ceil(px.width / CELL);
  const gh = Math.ceil(px.height / CELL);
  const covered = new Uint8Array(gw * gh);
  for (const w of words) {
    const cx0 = Math.max(0, Math.floor((w.x0 - WORD_MARGIN) / CELL));
    const cx1 = Math.min(gw - 1, Math.floor((w.x1 + WORD_MARGIN) / CELL));
    const cy0 = Math.max(0, Math.floor((w.y0 - WORD_MARGIN) / CELL));
    const cy1 = Math.min(gh - 1, Math.floor((w.y1 + WORD_MARGIN) / CELL));
    for (let y = cy0; y <= cy1; y++) covered.fill(1, y * gw + cx0, y * gw + cx1 + 1);
  }
  const dark = new Uint16Array(gw * gh);
  const { data, width, height } = px;
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / CELL) * gw;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]! < 128) dark[row + Math.floor(x / CELL)]!++;
    }
  }
  const ink = new Uint8Array(gw * gh);
  for (let c = 0; c < ink.length; c++) ink[c] = !covered[c] && dark[c]! >= MIN_DARK ? 1 : 0;

  const out: PixelBox[] = [];
  const seen = new Uint8Array(gw * gh);
  const stack: number[] = [];
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || seen[start]) continue;
    let [minX, minY, maxX, maxY] = [gw, gh, 0, 0];
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const c = stack.pop()!;
      const cx = c % gw;
      const cy = (c - cx) / gw;
      minX = Math.min(minX, cx);
      maxX = Math.max(maxX, cx);
      minY = Math.min(minY, cy);
      maxY = Math.max(maxY, cy);
      for (let dy = -REACH; dy <= REACH; dy++) {
        const ny = cy + dy;
        if (ny < 0 || ny >= gh) continue;
        for (let dx = -REACH; dx <= REACH; dx++) {
          const nx = cx + dx;
          if (nx < 0 || nx >= gw) continue;
          const n = ny * gw + nx;
          if (ink[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
      }
    }
    const box = { x0: minX * CELL, y0: minY * CELL, x1: (maxX + 1) * CELL, y1: (maxY + 1) * CELL };
    const h = box.y1 - box.y0;
    const w = box.x1 - box.x0;
    if (h >= MIN_HEIGHT * typeHeight && w >= MIN_WIDTH * typeHeight && h <= MAX_HEIGHT * typeHeight && w <= MAX_WIDTH_SHARE * px.width) out.push(box);
  }
  return out;
}

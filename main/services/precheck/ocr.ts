// Pages without a text layer, and image files, read by OCR (issue 17): tesseract.js with the
// English and French trained data of the npm packages @tesseract.js-data/eng and /fra, never
// downloaded. Two engines per pre-check thread (made when a first page needs them) read the two
// halves of a rendered page at once, handed over as grey PGM (a PNG of a noisy scan costs half a
// second to encode and as much to decode); an image file is read whole by one. Words come back
// with their boxes, turned into the page's own units (PDF points from the bottom-left corner, as a
// text layer's items are), so evidence read by OCR is located like any other; words read with
// little confidence are noise (a bar, a stamp, a smudge) and dropped.
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Box } from '../../../shared/domain/precheck';
import type { TextItemInput } from '../../../shared/domain/precheck/text';
import { handwriting, type Pixels } from './handwriting';

/** Pages are rasterised at this resolution for OCR: enough for 9-point type, quick to read. */
export const OCR_DPI = 150;
/** Words read with less confidence (0-100) are not taken as text. */
const MIN_WORD_CONFIDENCE = 45;
/**
 * A page whose OCR gives fewer words than this (two letters or digits or more) holds a picture,
 * not writing: the engine finds a stray "4" in a gradient. A PoE page has many more.
 */
const MIN_WORDS = 3;
/**
 * French first: the engine reads each word with the first language's model and asks the second
 * only of words it doubts. The French model reads English type as well (every word of a test page
 * in each language read exactly either way) and is the quicker of the two: a dense English page in
 * 2.7 s instead of 3.8 s on one engine.
 */
const LANGUAGES = ['fra', 'eng'] as const;
/** The LSTM models in integer form: tesseract's best accuracy at a fraction of its time. */
const MODEL = '4.0.0_best_int';

/**
 * An unreadable "word" at least this many times as tall as the page's type (and this many wide)
 * is a shape: handwriting rises and falls across the line; an underline or a speck does not.
 */
const SHAPE_HEIGHT = 1.6;
const SHAPE_WIDTH = 2;

/** Below this share of dark pixels a page holds no writing: a blank sheet, speckle, a faint stamp. */
const MIN_INK = 0.0008;

/** A page image (PNG or JPEG bytes) and where its pixels are on the page. */
export interface PageImage {
  /** The image file to read when there are no `pixels` (an image file's own bytes). */
  readonly image?: Buffer;
  /** The share of its pixels that are dark (inkShare). */
  readonly ink: number;
  /** The page's pixels, when they were drawn here (a PDF page): handwriting is looked for in them. */
  readonly pixels?: Pixels;
  /** A pixel's place in page units: PDF points for a PDF page (pdf.js's viewport), pixels up from the bottom for an image file. */
  readonly toPage: (x: number, y: number) => readonly [number, number];
}

export interface OcrPage {
  readonly items: TextItemInput[];
  /**
   * Shapes the engine could not read as type and that stand taller than the page's type: a
   * handwritten signature, a stamp (page units). A signature block looks for them in its area.
   */
  readonly shapes: Box[];
  /** The engine's mean confidence over the words kept, 0-100; null when it kept none. */
  readonly confidence: number | null;
}

/**
 * tesseract.js reads every language from one folder, and the two languages come in two packages:
 * their files are copied once into a folder of the temp directory (atomically: threads and
 * processes may start together).
 */
function languageFolder(): string {
  const require = createRequire(import.meta.url);
  const dir = join(tmpdir(), `cpor-ocr-${MODEL}`);
  mkdirSync(dir, { recursive: true });
  for (const lang of LANGUAGES) {
    const from = join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), MODEL, `${lang}.traineddata.gz`);
    const to = join(dir, `${lang}.traineddata.gz`);
    if (existsSync(to) && statSync(to).size === statSync(from).size) continue;
    const staged = `${to}.${process.pid}-${threadId}.tmp`;
    copyFileSync(from, staged);
    renameSync(staged, to);
  }
  return dir;
}

interface Word {
  readonly text: string;
  readonly confidence: number;
  readonly bbox: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
}
interface Line {
  readonly words: readonly Word[];
}
interface Block {
  readonly paragraphs: readonly { readonly lines: readonly Line[] }[];
}
interface Engine {
  recognize(image: Buffer, options: object, output: object): Promise<{ data: { blocks: readonly Block[] | null } }>;
  terminate(): Promise<unknown>;
}

/**
 * A page is read in two bands at once, one engine each, when the machine has two cores or more:
 * the LSTM's time is most of a page's, and halves of a page are independent.
 */
const ENGINES = Math.min(2, availableParallelism());
const engines: (Promise<Engine> | null)[] = [];

function ocrEngine(i: number): Promise<Engine> {
  let engine = engines[i];
  if (!engine) {
    engine = (async () => {
      const { createWorker, OEM } = await import('tesseract.js');
      // cacheMethod 'none': the data is read from the folder, never written anywhere else.
      return (await createWorker(LANGUAGES.join('+'), OEM.LSTM_ONLY, { langPath: languageFolder(), gzip: true, cacheMethod: 'none', errorHandler: () => undefined })) as unknown as Engine;
    })();
    engines[i] = engine;
    engine.catch(() => (engines[i] = null));
  }
  return engine;
}

/** Ends this thread's engines (each its own worker thread). */
export async function stopOcr(): Promise<void> {
  const running = engines.splice(0);
  await Promise.all(running.map(async (e) => e && (await e).terminate().catch(() => undefined)));
}

/** Grey pixels as a PGM file: what the engine decodes fastest (a PNG of a noisy scan costs half a second each way). */
function pgm(px: Pixels, top: number, bottom: number): Buffer {
  const header = Buffer.from(`P5\n${px.width} ${bottom - top}\n255\n`);
  const out = Buffer.alloc(header.length + px.width * (bottom - top));
  header.copy(out);
  let o = header.length;
  for (let i = top * px.width * 4, end = bottom * px.width * 4; i < end; i += 4) {
    out[o++] = (px.data[i]! * 299 + px.data[i + 1]! * 587 + px.data[i + 2]! * 114) / 1000;
  }
  return out;
}

/** Rows at least this many pixels apart from the middle are too far to cut the page at. */
const CUT_REACH = 0.2;
/** A cut goes through a run of this many rows without ink: between two lines of type. */
const CUT_GAP = 4;

/** Where to cut a page in two between lines of type, near its middle; null when no row is free. */
function cutRow(px: Pixels): number | null {
  const empty = (y: number): boolean => {
    for (let x = 0, i = y * px.width * 4; x < px.width; x += 2, i += 8) {
      if (px.data[i]! * 299 + px.data[i + 1]! * 587 + px.data[i + 2]! * 114 < 128_000) return false;
    }
    return true;
  };
  const middle = Math.floor(px.height / 2);
  const reach = Math.floor(px.height * CUT_REACH);
  for (let d = 0; d <= reach; d++) {
    for (const y of [middle - d, middle + d]) {
      let run = 0;
      while (run < CUT_GAP && y + run < px.height && empty(y + run)) run++;
      if (run === CUT_GAP) return y + Math.floor(CUT_GAP / 2);
    }
  }
  return null;
}

/** The parts of a page the engines read: two bands of a rendered page, or the image as it is. */
function partsOf(page: PageImage): { image: Buffer; top: number }[] {
  const px = page.pixels;
  if (!px) return page.image ? [{ image: page.image, top: 0 }] : [];
  const cut = ENGINES > 1 ? cutRow(px) : null;
  if (cut === null) return [{ image: pgm(px, 0, px.height), top: 0 }];
  return [
    { image: pgm(px, 0, cut), top: 0 },
    { image: pgm(px, cut, px.height), top: cut },
  ];
}

function pageBox(bbox: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }, page: PageImage): Box {
  const [ax, ay] = page.toPage(bbox.x0, bbox.y0);
  const [bx, by] = page.toPage(bbox.x1, bbox.y1);
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

/**
 * The share of dark pixels (luminance under half) in RGBA pixels, on a sample of one in four.
 * Cheap, and what keeps a blank scanned page from the engine: on an even grey sheet its own
 * threshold falls inside the speckle and it reads noise as words, slowly.
 */
export function inkShare(rgba: Uint8ClampedArray | Uint8Array): number {
  let dark = 0;
  let seen = 0;
  for (let i = 0; i + 2 < rgba.length; i += 16) {
    seen++;
    if (0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]! < 128) dark++;
  }
  return seen > 0 ? dark / seen : 0;
}

/** Every line's words in page order, their boxes moved down by the band's place on the page. */
function* linesOf(read: readonly { data: { blocks: readonly Block[] | null }; top: number }[]): Generator<Word[]> {
  for (const { data, top } of read) {
    for (const block of data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) yield line.words.map((w) => (top ? { ...w, bbox: { ...w.bbox, y0: w.bbox.y0 + top, y1: w.bbox.y1 + top } } : w));
      }
    }
  }
}

/** The words of a page image, line by line, as a text layer would give them. */
export async function ocrPage(page: PageImage): Promise<OcrPage> {
  if (page.ink < MIN_INK) return { items: [], shapes: [], confidence: null };
  const parts = partsOf(page);
  const read = await Promise.all(
    parts.map(async (part, i) => {
      const { data } = await (await ocrEngine(i)).recognize(part.image, {}, { blocks: true, text: false, hocr: false, tsv: false });
      return { data, top: part.top };
    }),
  );
  const items: TextItemInput[] = [];
  const unread: Word[] = [];
  const keptBoxes: Word['bbox'][] = [];
  const heights: number[] = [];
  let sum = 0;
  let words = 0;
  for (const line of linesOf(read)) {
    const kept = line.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE && w.text.trim() !== '');
    unread.push(...line.filter((w) => w.confidence < MIN_WORD_CONFIDENCE));
    keptBoxes.push(...kept.map((w) => w.bbox));
    heights.push(...kept.map((w) => w.bbox.y1 - w.bbox.y0));
    kept.forEach((w, i) => {
      sum += w.confidence;
      words++;
      const box = pageBox(w.bbox, page);
      // One item per word, a space between words, the line's end after the last.
      items.push({ str: w.text, hasEOL: i === kept.length - 1, box });
      if (i < kept.length - 1) items.push({ str: ' ', hasEOL: false, box: [box[2], box[1], box[2], box[3]] });
    });
  }
  const real = items.filter((item) => /[\p{L}\p{N}]{2,}/u.test(item.str)).length;
  if (real < MIN_WORDS) return { items: [], shapes: [], confidence: null };
  const type = heights.sort((a, b) => a - b)[Math.floor(heights.length / 2)] ?? 0;
  const shapes = unread
    .filter((w) => w.bbox.y1 - w.bbox.y0 >= SHAPE_HEIGHT * type && w.bbox.x1 - w.bbox.x0 >= SHAPE_WIDTH * type)
    .map((w) => pageBox(w.bbox, page));
  // OCR often returns nothing at all where a pen wrote: the pixels tell.
  if (page.pixels) shapes.push(...handwriting(page.pixels, keptBoxes, type).map((b) => pageBox(b, page)));
  return { items, shapes, confidence: Math.round(sum / words) };
}

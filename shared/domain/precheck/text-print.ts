// A PoE copied from another claim with a few words changed (the customer's name, a date) is no
// longer the same file, but it is still the same text. A MinHash over the text's word shingles
// estimates how much wording two files share without comparing every pair of files, and its
// bands let the store find the candidates through an index (docs/domain.md "Duplicate PoE").
import { fnv1a, mix32 } from '../hash32';

/**
 * Hashes in a print; BANDS × BAND_ROWS of them make the index keys. With bands of 4, a pair that
 * shares 70% of its wording shares a whole band 98% of the time; a pair sharing 5% almost never.
 */
export const PRINT_HASHES = 60;
export const BANDS = 15;
const BAND_ROWS = PRINT_HASHES / BANDS;
/**
 * Words per shingle: long enough that common phrases alone do not make two texts alike, short
 * enough that each changed word (a name, a date) spoils few shingles.
 */
const SHINGLE_WORDS = 4;
/**
 * A text with fewer shingles says too little to tell a copy from two short forms that share their
 * labels (a one-line cover page, a scan with a few stray words): it gets no print.
 */
const MIN_SHINGLES = 40;
/**
 * Estimated share of wording from which two texts are "near-identical": a one-page letter copied
 * with its customer, signer and dates changed keeps about 85%; two letters on one firm's template
 * (same headings and closing, other work described) share about 20%.
 */
export const NEAR_IDENTICAL = 0.7;

const SEEDS: readonly number[] = Array.from({ length: PRINT_HASHES }, (_, i) => mix32(0x9e3779b9 + i * 0x7f4a7c15));

/** Words as a reader sees them: case, accents and punctuation do not change a word. */
function printWords(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The print of a text: PRINT_HASHES minimum hashes as hex (8 characters each), or null when the
 * text is too short to judge.
 */
export function textPrint(text: string): string | null {
  const words = printWords(text);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  if (shingles.size < MIN_SHINGLES) return null;
  const mins = new Array<number>(PRINT_HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < PRINT_HASHES; i++) {
      const v = mix32(shingle ^ SEEDS[i]!);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  return mins.map((m) => m.toString(16).padStart(8, '0')).join('');
}

const PRINT_PATTERN = /^[0-9a-f]{480}$/;

export function isTextPrint(value: unknown): value is string {
  return typeof value === 'string' && PRINT_PATTERN.test(value);
}

/**
 * The index keys of a print: one per band, the band's number in the high bits and a hash of its
 * rows in the low 32, so two prints share a key only when a whole band is equal.
 */
export function printBands(print: string): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(b * 2 ** 32 + fnv1a(print.slice(b * BAND_ROWS * 8, (b + 1) * BAND_ROWS * 8)));
  return keys;
}

/** Estimated share of wording (Jaccard similarity of the shingles) of two prints, 0 to 1. */
export function printSimilarity(a: string, b: string): number {
  let same = 0;
  for (let i = 0; i < PRINT_HASHES; i++) if (a.slice(i * 8, i * 8 + 8) === b.slice(i * 8, i * 8 + 8)) same++;
  return same / PRINT_HASHES;
}

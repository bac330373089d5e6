// A minimal PNG encoder for the "image scan" PoE: 8-bit grayscale, one IDAT, no dependency
// beyond node:zlib. The picture suggests a scanned page; it holds no readable text.
import { deflateSync } from 'node:zlib';
import type { Random } from './random';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes width x height 8-bit gray pixels (row-major) as a PNG file. */
export function encodeGrayPng(width: number, height: number, pixels: Uint8Array): Buffer {
  if (pixels.length !== width * height) throw new Error('pixel buffer does not match the size');
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 0 (none): the page is mostly flat, so deflate does the work.
    raw[y * (width + 1)] = 0;
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // colour type: grayscale
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/** An 850 x 1100 off-white page with dark bars where a scanner would have caught lines of text. */
export function scannedPagePng(rng: Random): Buffer {
  const width = 850;
  const height = 1100;
  const paper = 236 + rng.int(0, 10);
  const px = new Uint8Array(width * height).fill(paper);
  const bar = (x0: number, y0: number, w: number, h: number, shade: number): void => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      px.fill(shade, y * width + Math.max(0, x0), y * width + Math.min(width, x0 + w));
    }
  };
  // A scanner's grey edge on one side.
  bar(0, 0, rng.int(6, 14), height, paper - 40);
  const left = 90 + rng.int(-8, 8);
  const right = width - 90;
  bar(left, 90, rng.int(260, 380), 22, 40); // title
  let y = 150;
  while (y < height - 140) {
    if (rng.chance(0.12)) {
      y += 26; // paragraph break
      continue;
    }
    const indent = rng.chance(0.1) ? 30 : 0;
    const full = right - left - indent;
    const w = rng.chance(0.2) ? rng.int(Math.floor(full * 0.3), Math.floor(full * 0.8)) : full - rng.int(0, 20);
    bar(left + indent, y, w, 8, 70 + rng.int(0, 40));
    y += 20;
  }
  return encodeGrayPng(width, height, px);
}

// Signature blocks signed by drawing, not typing (issue 17): handwriting as vector strokes (one
// long path, or one path per stroke as some pads write), a pasted picture of a signature, against
// blocks left empty beside rules, table borders and a letterhead logo that sign nothing. The PDFs
// are made with PDFKit, a different tool from the demo generator's pdf-lib.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import type { SignatureFinding } from '../../shared/domain/precheck';
import { freehandSegments } from '../../main/services/precheck/drawn-marks';
import { precheckFile } from '../../main/services/precheck/engine';

const dir = mkdtempSync(join(tmpdir(), 'cpor-drawn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}
/** A grey-scale PNG of a scribble: what a scanned signature pasted on the line looks like. */
function scribblePng(width = 160, height = 50): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1, 255);
    row[0] = 0;
    for (let x = 0; x < width; x++) {
      const wave = height / 2 + Math.sin(x / 9) * (height / 3) * Math.cos(x / 31);
      if (Math.abs(y - wave) < 1.6) row[x + 1] = 20;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grey
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

type Draw = (doc: PDFKit.PDFDocument, line: { x: number; y: number }) => void;

/** An acceptance page with a customer block; `draw` adds what is drawn on or around it. */
async function acceptancePdf(draw?: Draw): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 72 });
  const parts: Buffer[] = [];
  doc.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font('Helvetica').fontSize(11);
  doc.text('Acceptance of services: Microsoft Teams deployment for Contoso Ltd.', 72, 90);
  doc.text('The partner delivered the migration and trained the administrators.', 72, 110);
  doc.text('Accepted by the customer', 72, 600);
  doc.text('Signature: ______________________________', 72, 640);
  doc.text('Name: ______________________________', 72, 680);
  doc.text('Date: ______________', 72, 720);
  draw?.(doc, { x: 140, y: 640 });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(parts));
}

async function blockOf(name: string, bytes: Uint8Array): Promise<SignatureFinding> {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  const result = await precheckFile({ path, claim: { products: ['Microsoft Teams'] }, today: '2026-03-10' });
  expect(result.ok, result.error ?? '').toBe(true);
  const block = result.findings.find((f): f is SignatureFinding => f.kind === 'signature' && f.detail.source === 'block');
  expect(block, 'the printed block is found').toBeDefined();
  return block!;
}

describe('a printed signature block', () => {
  it('left empty: blank', async () => {
    expect((await blockOf('empty', await acceptancePdf())).status).toBe('blank');
  });

  it('signed with a pen on a tablet, as one long path of curves: present, drawn as strokes', async () => {
    // A written name: a dozen joined curves that rise and fall along the line.
    const pen: Draw = (doc, { x, y }) => {
      const curves = Array.from({ length: 12 }, (_, i) => `S ${x + 14 + i * 11} ${y + (i % 2 ? -12 : 14)} ${x + 20 + i * 11} ${y + (i % 3) * 3}`);
      doc.path(`M ${x} ${y + 8} C ${x + 4} ${y - 10} ${x + 8} ${y + 12} ${x + 12} ${y} ${curves.join(' ')}`).lineWidth(1.2).stroke();
    };
    expect(await blockOf('pen', await acceptancePdf(pen))).toMatchObject({ status: 'present', detail: { source: 'block', drawn: 'strokes' } });
  });

  it('signed on a pad that writes one short slanted path per stroke: present, drawn as strokes', async () => {
    const pad: Draw = (doc, { x, y }) => {
      for (let i = 0; i < 24; i++) {
        const x0 = x + i * 5;
        doc.moveTo(x0, y + (i % 2 ? 10 : -2)).lineTo(x0 + 5, y + (i % 2 ? -2 : 10)).lineWidth(1).stroke();
      }
    };
    expect(await blockOf('pad', await acceptancePdf(pad))).toMatchObject({ status: 'present', detail: { drawn: 'strokes' } });
  });

  it('signed with a picture of a signature pasted on the line: present, drawn as an image', async () => {
    const pasted: Draw = (doc, { x, y }) => doc.image(scribblePng(), x, y - 30, { width: 140 });
    expect(await blockOf('pasted', await acceptancePdf(pasted))).toMatchObject({ status: 'present', detail: { drawn: 'image' } });
  });

  it('beside rules, a table’s borders and a tick, with a logo at the top of the page: still blank', async () => {
    const clutter: Draw = (doc, { x, y }) => {
      doc.moveTo(72, y + 14).lineTo(500, y + 14).lineWidth(0.5).stroke();
      for (let r = 0; r < 4; r++) doc.rect(x - 70, y - 50 + r * 20, 360, 20).stroke();
      doc.moveTo(x, y).lineTo(x + 4, y - 4).lineTo(x + 12, y + 6).stroke();
      doc.image(scribblePng(120, 40), 400, 40, { width: 120 });
    };
    expect((await blockOf('clutter', await acceptancePdf(clutter))).status).toBe('blank');
  });
});

describe('freehand path segments', () => {
  it('count curves and slanted lines, never a rule or a box', () => {
    const [M, L, C, Z] = [0, 1, 2, 4];
    expect(freehandSegments([M, 0, 0, L, 100, 0])).toBe(0);
    expect(freehandSegments([M, 0, 0, L, 10, 0, L, 10, 10, L, 0, 10, Z])).toBe(0);
    expect(freehandSegments([M, 0, 0, C, 1, 2, 3, 4, 5, 6, C, 7, 8, 9, 10, 11, 12])).toBe(2);
    expect(freehandSegments([M, 0, 0, L, 5, 7, L, 10, 1])).toBe(2);
    expect(freehandSegments([9, 0, 0])).toBe(0);
  });
});

// Handwriting in a scanned page's pixels (issue 17): OCR returns nothing where a pen signed, so
// the pixels outside the words it read are looked at. Pages drawn here with @napi-rs/canvas.
import { createCanvas, Path2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { handwriting, type PixelBox } from '../../../main/services/precheck/handwriting';
import { signaturePath } from '../../fixtures/independent-poes/document';

const TYPE = 20;
/** A page with a typed line (its word box given to the detector as OCR's) and whatever `draw` adds. */
function page(draw: (g: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void) {
  const c = createCanvas(800, 400);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 800, 400);
  g.fillStyle = '#111';
  g.font = `${TYPE}px sans-serif`;
  g.fillText('Signature:', 40, 200);
  draw(g);
  const words: PixelBox[] = [{ x0: 40, y0: 184, x1: 40 + g.measureText('Signature:').width, y1: 204 }];
  const data = g.getImageData(0, 0, 800, 400).data;
  return handwriting({ data, width: 800, height: 400 }, words, TYPE);
}

describe('handwriting on a scanned page', () => {
  it('finds a pen signature beside the label, where OCR read no word', () => {
    const shapes = page((g) => {
      g.save();
      g.translate(160, 150);
      g.scale(1.5, 1.7);
      g.strokeStyle = '#1a2470';
      g.lineWidth = 2;
      g.stroke(new Path2D(signaturePath(3)));
      g.restore();
    });
    expect(shapes).toHaveLength(1);
    const [s] = shapes as [PixelBox];
    expect(s.x0).toBeGreaterThanOrEqual(150);
    expect(s.y1 - s.y0).toBeGreaterThanOrEqual(1.6 * TYPE);
  });

  it('finds nothing on a blank line to sign on, a page of type, or speckle', () => {
    expect(page((g) => g.fillRect(160, 200, 300, 2))).toEqual([]);
    expect(page((g) => g.fillText('________________________', 160, 200))).toEqual([]);
    expect(
      page((g) => {
        for (let i = 0; i < 400; i++) g.fillRect((i * 97) % 800, (i * 53) % 400, 1, 1);
      }),
    ).toEqual([]);
  });

  it('takes a table or a frame for no signature', () => {
    expect(
      page((g) => {
        g.strokeStyle = '#000';
        g.strokeRect(20, 20, 760, 360);
      }),
    ).toEqual([]);
  });
});

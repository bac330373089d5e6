// The continuous page view's arithmetic: fit zooms, page positions, what is on screen.
import { describe, expect, it } from 'vitest';
import { computeLayout, fitScale, mostVisiblePage, pagesBetween, rotatedSize } from '../../../renderer/features/viewer/pageLayout';

const letter = { width: 816, height: 1056 };
const landscape = { width: 1056, height: 816 };
const options = { gap: 10, padding: 20 };

describe('page layout', () => {
  it('fits the widest page to the width, or the largest page whole', () => {
    expect(fitScale('fit-width', [letter], { width: 856, height: 500 }, options)).toBeCloseTo(1);
    expect(fitScale('fit-width', [letter, landscape], { width: 568, height: 500 }, options)).toBeCloseTo(0.5);
    expect(fitScale('fit-page', [letter], { width: 2000, height: 568 }, options)).toBeCloseTo(528 / 1056);
    expect(fitScale('fit-page', [letter], { width: 10, height: 10 }, options, 0.1)).toBe(0.1);
  });

  it('turns pages a quarter at a time', () => {
    expect(rotatedSize(letter, 90)).toEqual(landscape);
    expect(rotatedSize(letter, 180)).toEqual(letter);
    expect(rotatedSize(letter, 270)).toEqual(landscape);
  });

  it('stacks pages with the gap and padding, in whole pixels', () => {
    const layout = computeLayout([letter, landscape, letter], 0.5, options);
    expect(layout.tops).toEqual([20, 20 + 528 + 10, 20 + 528 + 10 + 408 + 10]);
    expect(layout.widths).toEqual([408, 528, 408]);
    expect(layout.contentHeight).toBe(20 + 528 + 10 + 408 + 10 + 528 + 20);
  });

  it('knows which pages are on screen and which shows the most of itself', () => {
    const layout = computeLayout(Array.from({ length: 200 }, () => letter), 1, options);
    expect(pagesBetween(layout, 0, 800)).toEqual({ first: 1, last: 1 });
    const top7 = layout.tops[6]!;
    expect(pagesBetween(layout, top7 - 100, top7 + 900)).toEqual({ first: 6, last: 7 });
    expect(mostVisiblePage(layout, top7 - 100, top7 + 900)).toBe(7);
    expect(mostVisiblePage(layout, top7 - 700, top7 + 100)).toBe(6);
    expect(pagesBetween(layout, layout.contentHeight - 300, layout.contentHeight)).toEqual({ first: 200, last: 200 });
  });
});

// A page model of the claim's document viewer, for the viewer specs.
import type { Locator, Page } from '@playwright/test';
import { expect } from './host-fixture';

/** Console errors and uncaught page errors, less the browser's own lines for HTTP 4xx answers. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    errors.push(text);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  return errors;
}

export class ViewerPage {
  constructor(readonly page: Page) {}

  async openClaim(id: string): Promise<void> {
    await this.page.getByPlaceholder(/Search claim id/).fill(id);
    const row = this.page.locator(`[data-testid="queue-row"][data-claim-id="${id}"]`);
    await expect(row).toHaveCount(1);
    await row.click();
    await expect(this.page.getByTestId('claim-view')).toBeVisible();
  }

  /** The claim's document tabs (the side panel has tabs of its own). */
  get documentTabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Documents' }).getByRole('tab');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tablist', { name: 'Documents' }).getByRole('tab', { name });
  }

  get pageInput(): Locator {
    return this.page.getByTestId('page-input');
  }

  get zoomSelect(): Locator {
    return this.page.getByTestId('zoom-select');
  }

  get scroller(): Locator {
    return this.page.getByTestId('pdf-scroll');
  }

  pageBox(n: number): Locator {
    return this.page.locator(`.pdf-page[data-page-number="${n}"]`);
  }

  /** The page once its drawing is on screen. */
  painted(n: number): Locator {
    return this.page.locator(`.pdf-page[data-rendered-page="${n}"]`);
  }

  thumbnail(n: number): Locator {
    return this.page.getByRole('button', { name: `Page ${n}`, exact: true });
  }

  get findInput(): Locator {
    return this.page.getByTestId('find-input');
  }

  get findStatus(): Locator {
    return this.page.getByTestId('find-status');
  }

  marks(pageNumber?: number): Locator {
    return this.page.locator(pageNumber ? `.pdf-page[data-page-number="${pageNumber}"] .viewer-mark` : '.viewer-mark');
  }

  async boxSize(n: number): Promise<{ width: number; height: number }> {
    return this.pageBox(n).evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
  }

  /** True when the element's middle is inside the viewer's scroll area (or another container). */
  async isInView(locator: Locator, container: Locator = this.scroller): Promise<boolean> {
    const area = await container.boundingBox();
    const box = await locator.boundingBox();
    if (!area || !box) return false;
    const y = box.y + box.height / 2;
    return y >= area.y && y <= area.y + area.height;
  }
}

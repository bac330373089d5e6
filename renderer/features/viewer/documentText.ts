// Each page's text, fetched once from pdf.js and shared by the text layer (selection) and find,
// so a match's item indexes are exactly the text layer's spans.
import type { PDFDocumentProxy, TextContent } from './pdfjs';
import { buildPageText, type PageText } from './textSearch';

type TextItem = Extract<TextContent['items'][number], { str: string }>;

export interface PageTextEntry {
  /** Only the text items (no marked-content markers): item i is the text layer's span i. */
  readonly content: TextContent;
  readonly text: PageText;
}

function isTextItem(item: TextContent['items'][number]): item is TextItem {
  return 'str' in item;
}

export class DocumentText {
  readonly #doc: PDFDocumentProxy;
  readonly #pages = new Map<number, Promise<PageTextEntry>>();

  constructor(doc: PDFDocumentProxy) {
    this.#doc = doc;
  }

  get pageCount(): number {
    return this.#doc.numPages;
  }

  page(pageNumber: number): Promise<PageTextEntry> {
    let entry = this.#pages.get(pageNumber);
    if (!entry) {
      entry = this.#doc
        .getPage(pageNumber)
        .then((page) => page.getTextContent())
        .then((raw) => {
          const items = raw.items.filter(isTextItem);
          return { content: { ...raw, items }, text: buildPageText(items) };
        });
      this.#pages.set(pageNumber, entry);
    }
    return entry;
  }

  /** A page whose text cannot be read counts as a page without text. */
  pageOrEmpty(pageNumber: number): Promise<PageTextEntry | null> {
    return this.page(pageNumber).catch(() => null);
  }
}

// Opening one PDF: bytes from the store, pdf.js in its worker, the first page's size (the
// layout needs it before anything is drawn). A file that wedges the worker is given up on.
import { useCallback, useEffect, useState } from 'react';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { call } from '../../api/client';
import { i18n } from '../../i18n/i18n';
import { DocumentText } from './documentText';
import type { PageSize } from './pageLayout';
import { describePdfError, isFileError, openPdf, pageViewport, type PDFDocumentProxy, resetPdfWorker } from './pdfjs';

/** A hostile file can spin the worker forever; past this the viewer gives up and says so. */
const OPEN_TIMEOUT_MS = 20_000;
export const tooSlow = (): string => i18n.t('viewer.errors.tooSlow');

export type PdfLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly doc: PDFDocumentProxy; readonly text: DocumentText; readonly firstPage: PageSize }
  | { readonly status: 'failed'; readonly message: string };

export function usePdfDocument(documentId: string): readonly [PdfLoad, (message: string) => void] {
  const [load, setLoad] = useState<PdfLoad>({ status: 'loading' });

  // The host remounts the viewer per document (key), so this runs once per document.
  useEffect(() => {
    let settled = false;
    let task: PDFDocumentLoadingTask | null = null;
    const settle = (next: PdfLoad) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      setLoad(next);
    };
    const watchdog = setTimeout(() => {
      if (settled) return;
      resetPdfWorker();
      settle({ status: 'failed', message: tooSlow() });
    }, OPEN_TIMEOUT_MS);

    call('document.content', { id: documentId })
      .then(async (bytes) => {
        if (settled) return;
        task = openPdf(bytes);
        const doc = await task.promise;
        const first = pageViewport(await doc.getPage(1), 1, 0);
        settle({ status: 'ready', doc, text: new DocumentText(doc), firstPage: { width: first.width, height: first.height } });
      })
      .catch((error: unknown) => {
        if (settled) return;
        if (!isFileError(error)) resetPdfWorker();
        settle({ status: 'failed', message: describePdfError(error) });
      });
    return () => {
      settled = true;
      clearTimeout(watchdog);
      void task?.destroy();
    };
  }, [documentId]);

  const fail = useCallback((message: string) => {
    resetPdfWorker();
    setLoad({ status: 'failed', message });
  }, []);

  return [load, fail] as const;
}

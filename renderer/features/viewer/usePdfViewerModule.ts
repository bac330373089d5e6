// pdf.js is the biggest thing in the bundle, so the PDF viewer is its own chunk, fetched while
// the reviewer is still in the queue. Not React.lazy: a Suspense boundary holds revealed
// content back for a few hundred milliseconds, which is the whole first-page budget.
import { useEffect, useState } from 'react';
import type * as PdfViewerExports from './PdfViewer';

type PdfViewerModule = typeof PdfViewerExports;

let loaded: PdfViewerModule | null = null;
let loading: Promise<PdfViewerModule> | null = null;

function loadPdfViewer(): Promise<PdfViewerModule> {
  loading ??= import('./PdfViewer').then((module) => {
    loaded = module;
    return module;
  });
  // A failed chunk fetch may succeed on a later attempt.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Fetch the viewer code and start the pdf.js worker before the first claim is opened. */
export function preloadPdfViewer(): void {
  loadPdfViewer()
    .then(() => import('./pdfjs'))
    .then((pdfjs) => pdfjs.warmPdfWorker())
    .catch(() => undefined);
}

export type PdfViewerState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly module: PdfViewerModule }
  | { readonly status: 'failed' };

export function usePdfViewerModule(): PdfViewerState {
  const [state, setState] = useState<PdfViewerState>(() =>
    loaded ? { status: 'ready', module: loaded } : { status: 'loading' },
  );
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) return;
    let active = true;
    loadPdfViewer()
      .then((module) => {
        if (active) setState({ status: 'ready', module });
      })
      .catch(() => {
        if (active) setState({ status: 'failed' });
      });
    return () => {
      active = false;
    };
  }, [ready]);
  return state;
}

import { useEffect } from 'react';
import type { DocumentInfo } from '../../../shared/api/schemas';
import { useViewerStore } from '../../state/viewerStore';

/**
 * The claim document in front: the one the viewer store names (a tab click, an evidence click)
 * when it belongs to this claim, else the host's choice. `select` brings one to the front.
 */
export function useShownDocument(
  documents: readonly DocumentInfo[],
  fallback: DocumentInfo | null,
  onSelect?: (id: string) => void,
): { readonly shown: DocumentInfo | null; readonly select: (id: string) => void } {
  const activeId = useViewerStore((s) => s.activeDocumentId);
  const shown = documents.find((d) => d.id === activeId) ?? fallback ?? documents[0] ?? null;
  const shownId = shown?.id ?? null;

  // Keep the store naming what is on screen, so keys and evidence act on it.
  useEffect(() => {
    if (shownId && useViewerStore.getState().activeDocumentId !== shownId) useViewerStore.getState().selectDocument(shownId);
  }, [shownId]);

  function select(id: string): void {
    useViewerStore.getState().selectDocument(id);
    onSelect?.(id);
  }
  return { shown, select };
}

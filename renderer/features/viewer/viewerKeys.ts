// The viewer's keyboard shortcuts. They act on the document in front wherever the focus is in
// the claim view, except in a text field, a dialog, or a control that uses the key itself
// (a tab list's arrows). The claim view's own shortcuts (j/k/n/a/i/r/1-5/?, /, Esc) are not
// touched: these keys are distinct from them.
//
// Two ways in: `useViewerKeys(documentId)` listens on the window (DocumentPane uses it), and
// `handleViewerKey(event, documentId)` is the same handler for a global shortcut registry that
// prefers to dispatch every key itself. The "?" help lists them from keyboard/shortcuts.ts.
import { useEffect } from 'react';
import { useViewerStore } from '../../state/viewerStore';

export type ViewerCommand =
  | { readonly kind: 'find' }
  | { readonly kind: 'zoom'; readonly direction: 1 | -1 }
  | { readonly kind: 'page'; readonly delta: 1 | -1 };

/** Roles whose widgets move with arrow keys themselves. */
const ARROW_ROLES = new Set(['tab', 'tablist', 'radio', 'radiogroup', 'slider', 'listbox', 'option', 'menu', 'menuitem', 'menubar', 'grid', 'gridcell', 'tree', 'treeitem', 'combobox', 'spinbutton']);

function isTextEntry(target: Element): boolean {
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'reset', 'submit', 'image', 'color', 'file', 'range'].includes(target.type);
  }
  return false;
}

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: EventTarget | null;
  readonly defaultPrevented: boolean;
}

/** The viewer command a key press asks for, or null when the key is not the viewer's. */
export function viewerCommandFor(e: KeyLike): ViewerCommand | null {
  if (e.defaultPrevented || e.altKey) return null;
  const target = e.target instanceof Element ? e.target : null;
  if (target && (isTextEntry(target) || target.closest('dialog'))) return null;
  if (typeof document !== 'undefined' && document.querySelector('dialog[open]')) return null;
  if (e.ctrlKey || e.metaKey) return e.key === 'f' || e.key === 'F' ? { kind: 'find' } : null;
  switch (e.key) {
    case 'f':
      return { kind: 'find' };
    case '+':
    case '=':
      return { kind: 'zoom', direction: 1 };
    case '-':
    case '_':
      return { kind: 'zoom', direction: -1 };
    case 'PageDown':
    case 'PageUp':
    case 'ArrowRight':
    case 'ArrowLeft': {
      const arrows = e.key === 'ArrowRight' || e.key === 'ArrowLeft';
      if (arrows && target?.closest('[role]') && ARROW_ROLES.has(target.closest('[role]')?.getAttribute('role') ?? '')) return null;
      return { kind: 'page', delta: e.key === 'PageDown' || e.key === 'ArrowRight' ? 1 : -1 };
    }
    default:
      return null;
  }
}

/** Runs the key's command on the document; true when the key was the viewer's (and is now spent). */
export function handleViewerKey(e: KeyboardEvent, documentId: string): boolean {
  const command = viewerCommandFor(e);
  if (!command) return false;
  const store = useViewerStore.getState();
  if (command.kind === 'find') store.requestFind(documentId);
  else if (command.kind === 'zoom') store.stepZoom(documentId, command.direction);
  else store.stepPage(documentId, command.delta);
  e.preventDefault();
  return true;
}

/** While mounted, the viewer's shortcuts drive the given document. */
export function useViewerKeys(documentId: string | null): void {
  useEffect(() => {
    if (!documentId) return;
    const onKeyDown = (e: KeyboardEvent) => void handleViewerKey(e, documentId);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [documentId]);
}

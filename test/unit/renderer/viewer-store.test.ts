// The viewer store: per-document place, requests to move, zoom steps, and showEvidence, the
// action the checklist calls when the reviewer clicks a pre-check finding.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, useViewerStore } from '../../../renderer/state/viewerStore';

const store = () => useViewerStore.getState();
const view = (id: string) => store().views[id] ?? DEFAULT_VIEW;

beforeEach(() => useViewerStore.setState({ views: {}, activeDocumentId: null }));

describe('viewer store', () => {
  it('keeps each document’s page, clamped to its page count; only requests move the view', () => {
    store().setPageCount('d1', 5);
    store().setPage('d1', 3);
    expect(view('d1')).toMatchObject({ page: 3, navigation: 0 });
    store().goToPage('d1', 9);
    expect(view('d1')).toMatchObject({ page: 5, navigation: 1 });
    store().stepPage('d1', 1);
    expect(view('d1').navigation).toBe(1);
    store().stepPage('d1', -1);
    expect(view('d1')).toMatchObject({ page: 4, navigation: 2 });
    expect(view('d2').page).toBe(1);
  });

  it('steps zoom from what a fit mode applied, and turns a quarter at a time', () => {
    store().setAppliedZoom('d1', 1.37);
    store().stepZoom('d1', 1);
    expect(view('d1').zoom).toBe(1.5);
    store().stepZoom('d1', -1);
    store().stepZoom('d1', -1);
    expect(view('d1').zoom).toBe(1.1);
    store().setZoom('d1', 'fit-page');
    expect(view('d1').zoom).toBe('fit-page');
    store().rotate('d1', -90);
    expect(view('d1').rotation).toBe(270);
    store().rotate('d1', 90);
    store().rotate('d1', 90);
    expect(view('d1').rotation).toBe(90);
  });

  it('showEvidence brings the document forward, goes to the page and asks for the words', () => {
    store().selectDocument('d1');
    store().showEvidence({ documentId: 'd2', page: 3, text: 'Signed by Jane Doe' });
    expect(store().activeDocumentId).toBe('d2');
    const first = view('d2');
    expect(first).toMatchObject({ page: 3, navigation: 1, highlight: { page: 3, text: 'Signed by Jane Doe' } });
    // The same evidence again is a new request: the viewer scrolls to it again.
    store().showEvidence({ documentId: 'd2', page: 3, text: 'Signed by Jane Doe' });
    expect(view('d2').highlight!.nonce).toBeGreaterThan(first.highlight!.nonce);
    store().clearHighlight('d2');
    expect(view('d2').highlight).toBeNull();
  });

  it('opens find on request and closes it', () => {
    store().requestFind('d1');
    store().requestFind('d1');
    expect(view('d1')).toMatchObject({ findOpen: true, findRequest: 2 });
    store().closeFind('d1');
    expect(view('d1').findOpen).toBe(false);
  });
});

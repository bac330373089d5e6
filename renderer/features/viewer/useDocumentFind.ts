// Find in document: every page's text is searched, starting at the page the reviewer is on, and
// results arrive as pages are read, so the nearest hit is shown before a long file is done.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { nextNonce } from '../../state/viewerStore';
import type { DocumentText } from './documentText';
import { findAll, foldQuery, type ItemRange, itemRanges } from './textSearch';

export interface FindHit {
  readonly page: number;
  /** The text-layer spans this hit covers. */
  readonly ranges: readonly ItemRange[];
}

export interface FindState {
  /** The query these results are for ('' = no search). */
  readonly query: string;
  /** In document order. */
  readonly hits: readonly FindHit[];
  readonly searchedPages: number;
  readonly pageCount: number;
  /** Pages that have any text at all: none means a scan, which find cannot read. */
  readonly pagesWithText: number;
  readonly done: boolean;
  /** More hits than are worth listing: the search stopped there. */
  readonly capped: boolean;
  /** Index into hits, -1 for none. */
  readonly current: number;
  /** A new request number (nextNonce) each time the current hit should be brought into view. */
  readonly reveal: number;
}

const IDLE: FindState = { query: '', hits: [], searchedPages: 0, pageCount: 0, pagesWithText: 0, done: true, capped: false, current: -1, reveal: 0 };
/** Pages asked of pdf.js at once: keeps its worker busy without flooding it. */
const BATCH = 6;
/** Results reach the screen at most this often while a search runs (and at its first hit). */
const PUBLISH_EVERY_MS = 80;
export const MAX_HITS = 5000;

export interface DocumentFind {
  readonly state: FindState;
  /** Pages are being read for find (ahead of a search, or for one): other drawing can wait. */
  readonly reading: boolean;
  readonly search: (query: string) => void;
  readonly step: (delta: 1 | -1) => void;
  readonly clear: () => void;
}

/** The pages in search order: from the one being read to the end, then from the start. */
function pagesFrom(start: number, pageCount: number): number[] {
  const first = Math.max(1, Math.min(pageCount, start));
  return Array.from({ length: pageCount }, (_, i) => ((first - 1 + i) % pageCount) + 1);
}

/**
 * `open`: the find bar is showing. The reviewer is about to type, so the pages' text is read
 * ahead meanwhile, one page at a time, from the page being read.
 */
export function useDocumentFind(text: DocumentText | null, pageCount: number, currentPage: number, open: boolean): DocumentFind {
  const [state, setState] = useState<FindState>(IDLE);
  /** The document whose every page has been read ahead (read once, its text stays). */
  const [readAll, setReadAll] = useState<DocumentText | null>(null);
  const runRef = useRef<{ cancelled: boolean } | null>(null);
  const readAheadOrder = useEffectEvent(() => pagesFrom(currentPage, pageCount));

  useEffect(() => {
    if (!open || !text) return;
    const ahead = { cancelled: false };
    void (async () => {
      for (const page of readAheadOrder()) {
        if (ahead.cancelled) return;
        await text.pageOrEmpty(page);
      }
      setReadAll(text);
    })();
    return () => {
      ahead.cancelled = true;
    };
  }, [open, text]);

  useEffect(
    () => () => {
      if (runRef.current) runRef.current.cancelled = true;
    },
    [text],
  );

  function clear(): void {
    if (runRef.current) runRef.current.cancelled = true;
    runRef.current = null;
    setState(IDLE);
  }

  function search(query: string): void {
    if (runRef.current) runRef.current.cancelled = true;
    if (!text || foldQuery(query).length === 0) {
      runRef.current = null;
      setState(IDLE);
      return;
    }
    const run = { cancelled: false };
    runRef.current = run;
    const order = pagesFrom(currentPage, pageCount);
    setState({ ...IDLE, query, pageCount, done: false });
    void searchPages(text, query, order, run, setState);
  }

  function step(delta: 1 | -1): void {
    const reveal = nextNonce();
    setState((s) => {
      if (s.hits.length === 0) return s;
      const current = s.current < 0 ? (delta > 0 ? 0 : s.hits.length - 1) : (s.current + delta + s.hits.length) % s.hits.length;
      return { ...s, current, reveal };
    });
  }

  const readingAhead = open && text !== null && readAll !== text;
  return { state, reading: readingAhead || !state.done, search, step, clear };
}

async function searchPages(
  text: DocumentText,
  query: string,
  order: readonly number[],
  run: { readonly cancelled: boolean },
  setState: (update: (s: FindState) => FindState) => void,
): Promise<void> {
  const byPage = new Map<number, FindHit[]>();
  let total = 0;
  let searched = 0;
  let withText = 0;
  let capped = false;
  let published = 0;
  let shownFirst = false;
  for (let i = 0; i < order.length && !capped; i += BATCH) {
    const batch = order.slice(i, i + BATCH);
    const entries = await Promise.all(batch.map((page) => text.pageOrEmpty(page)));
    if (run.cancelled) return;
    batch.forEach((page, k) => {
      const entry = entries[k];
      if (!entry || capped) return;
      if (entry.text.text.length > 0) withText++;
      const matches = findAll(entry.text, query).slice(0, MAX_HITS - total);
      if (matches.length > 0) byPage.set(page, matches.map((m) => ({ page, ranges: itemRanges(entry.text, m) })));
      total += matches.length;
      capped = total >= MAX_HITS;
    });
    searched += batch.length;
    const done = searched >= order.length || capped;
    const firstHit: boolean = !shownFirst && byPage.size > 0;
    if (!done && !firstHit && performance.now() - published < PUBLISH_EVERY_MS) continue;
    published = performance.now();
    shownFirst ||= firstHit;
    const hits = [...byPage.keys()].sort((a, b) => a - b).flatMap((page) => byPage.get(page) ?? []);
    const reveal = nextNonce();
    setState((s) => {
      // The first hit found is the nearest from where the reviewer was: show it.
      const nearest = byPage.get(firstPageWithHits(order, byPage))?.[0];
      const firstFound = s.current < 0 && nearest !== undefined;
      const current = firstFound ? hits.indexOf(nearest) : keepCurrent(s, hits);
      return {
        ...s,
        hits,
        searchedPages: searched,
        pagesWithText: withText,
        done,
        capped,
        current,
        reveal: firstFound ? reveal : s.reveal,
      };
    });
  }
}

function firstPageWithHits(order: readonly number[], byPage: ReadonlyMap<number, readonly FindHit[]>): number {
  return order.find((page) => byPage.has(page)) ?? -1;
}

/** The same hit as before, now that hits from more pages have been slotted in around it. */
function keepCurrent(previous: FindState, hits: readonly FindHit[]): number {
  const hit = previous.hits[previous.current];
  return hit ? hits.indexOf(hit) : -1;
}

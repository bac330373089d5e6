// How far each claim's pre-check has got, for the screen that waits on it: the files being read,
// and the page OCR is on in each (a scan takes seconds a page). Kept in memory by the process that
// runs the pre-check; a claim's entry lives while its pre-check runs.
import type { PrecheckProgress } from '../../../shared/api/schemas';

type FileProgress = PrecheckProgress['files'][number];

const running = new Map<string, Map<string, FileProgress>>();

/** The claim's pre-check starts on these files; what it returns ends it (call it once the results are stored). */
export function startProgress(claimId: string, files: readonly { readonly documentId: string; readonly name: string }[]): {
  readonly ocrPage: (documentId: string, page: number, pages: number | null) => void;
  readonly done: (documentId: string) => void;
  readonly end: () => void;
} {
  const entry = new Map(files.map((f): [string, FileProgress] => [f.documentId, { documentId: f.documentId, name: f.name, ocrPage: null, pages: null, done: false }]));
  running.set(claimId, entry);
  const update = (documentId: string, change: Partial<FileProgress>) => {
    const file = entry.get(documentId);
    if (file) entry.set(documentId, { ...file, ...change });
  };
  return {
    ocrPage: (documentId, page, pages) => update(documentId, { ocrPage: page, pages }),
    done: (documentId) => update(documentId, { done: true, ocrPage: null }),
    end: () => {
      if (running.get(claimId) === entry) running.delete(claimId);
    },
  };
}

export function precheckProgress(claimId: string): PrecheckProgress {
  const entry = running.get(claimId);
  return { running: entry !== undefined, files: entry ? [...entry.values()] : [] };
}

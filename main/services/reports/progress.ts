// Progress of a long export: rows written out of the total, reported about every percent.
export type ProgressListener = (written: number, total: number) => void;

export interface Progress {
  row(): void;
  /** Many rows at once (a part another thread wrote). */
  rows(count: number): void;
  done(): void;
}

export function progress(total: number, listener: ProgressListener | undefined): Progress {
  let written = 0;
  const every = Math.max(1000, Math.ceil(total / 100));
  return {
    row() {
      written += 1;
      if (listener && written % every === 0) listener(written, total);
    },
    rows(count) {
      written += count;
      listener?.(written, total);
    },
    done() {
      listener?.(written, total);
    },
  };
}

// The store of a running workstation (`cpor serve`, Electron), which a restore replaces while the
// app runs: the services read `ctx.store` at each call, so after a replace they see the new one.
import { DomainError } from '../../shared/api/result';
import { openStore, type Store } from '../store/open';

/** Pauses what runs in the background and returns how to resume it. */
export type Pause = () => Promise<() => void>;

export interface LiveStore {
  readonly store: Store;
  /**
   * Pauses background work, closes the store, lets `swap` change its folder, opens it again and
   * resumes. The close, the swap and the reopen run without a pause, so no call sees the store
   * half-replaced.
   */
  replace<T>(swap: (dataDir: string) => T): Promise<T>;
  /** What to pause while the store is replaced (the tick timer, the pre-checks). */
  pauseWith(pause: Pause): void;
  close(): void;
}

export function openLiveStore(dataDir: string): LiveStore {
  let current = openStore(dataDir);
  let pause: Pause = () => Promise.resolve(() => undefined);
  let replacing = false;
  return {
    get store() {
      return current;
    },
    async replace(swap) {
      if (replacing) throw new DomainError('conflict', 'a restore is already under way', { key: 'restore-under-way', params: {} });
      replacing = true;
      try {
        const resume = await pause();
        try {
          current.close();
          try {
            return swap(current.dataDir);
          } finally {
            current = openStore(current.dataDir);
          }
        } finally {
          resume();
        }
      } finally {
        replacing = false;
      }
    },
    pauseWith(next) {
      pause = next;
    },
    close: () => current.close(),
  };
}

export function isLiveStore(source: Store | LiveStore): source is LiveStore {
  return 'replace' in source;
}

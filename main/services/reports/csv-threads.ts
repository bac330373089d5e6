// More threads for long CSV reports: each writes the lines of one part of the rows (from a key,
// before another), in parallel with the main thread writing the first part (csv-writer.ts). A
// thread reads the store on a connection of its own and hands back bytes, never rows: copying
// 50,000 rows between threads costs more than making their lines. The threads are started on
// the first long export and then kept (a start, a few hundred ms, overlaps the main thread's
// part), idle threads not holding the process open. If one cannot start or fails, the main
// thread writes its part itself.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CalendarConfig } from '../../../shared/domain/calendar';
import type { ReportFilters } from '../../../shared/domain/report';
import type { DecisionKey } from '../../store/decision-report';
import { builtWorkerUrl } from '../worker-url';

export const CSV_WORKER_FILE = 'csv-worker.mjs';

export interface CsvTask {
  readonly id: number;
  readonly dbFile: string;
  readonly filters: ReportFilters;
  readonly calendar: CalendarConfig;
  readonly range: CsvRange;
}

/** The rows of a part: from a key (included) to the end, or before another (excluded). */
export interface CsvRange {
  readonly from: DecisionKey;
  readonly before?: DecisionKey | undefined;
}

/** The CSV lines of the rows from a key on (no header), and how many rows they are. */
export interface CsvPart {
  readonly rows: number;
  readonly bytes: readonly Uint8Array[];
}

export type CsvReply = { readonly id: number } & ({ readonly part: CsvPart } | { readonly error: string });

interface Waiting {
  resolve(part: CsvPart): void;
  reject(err: Error): void;
  readonly worker: Worker;
}

/** What a CSV writer is handed: for how many rows it is worth it, how many parts at once, and the work. */
export interface CsvHelper {
  readonly fromRows: number;
  /** The most rows the other threads may hold (a report's rows but the main thread's part). */
  readonly upToRows: number;
  /** How many parts besides the main thread's are written at once. */
  readonly threads: number;
  part(range: CsvRange): Promise<CsvPart>;
}

/**
 * Which reports are shared: from how many rows (threads running or not), and up to how many rows
 * the other threads hold in memory.
 */
export interface SharedFrom {
  readonly warm: number;
  readonly cold: number;
  readonly upTo: number;
}

/**
 * Below 20,000 rows, the work of sharing (a message, a second read of the store) costs more than
 * it saves. A thread not yet started takes about 300 ms first, which the main thread's part
 * covers only from about 60,000 rows (10 µs a row alone, a half or less shared): a one-off
 * `cpor export` of fewer rows writes them alone.
 */
// The other threads' parts are held in memory until the main thread's part is written, then
// copied to it: about 160 MB at 250,000 rows held. A report that more threads would hold beyond
// that is written in fewer parts; one of over 500,000 rows, by the main thread alone.
const SHARED_FROM: SharedFrom = { warm: 20_000, cold: 60_000, upTo: 250_000 };

/**
 * As many threads beside the main one as the machine has cores, up to three: on two cores that is
 * one thread more than cores, which costs nothing on a quiet machine and, on a busy one, where
 * the system shares the cores between threads, gives the report a larger share of them.
 */
export const CSV_THREADS = Math.min(3, Math.max(1, availableParallelism()));

export class CsvThreads {
  private readonly workers: (Worker | undefined)[];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  /**
   * A thread that fails before its first answer (a native module it cannot load, in a runtime
   * that forbids it) is not tried again; one that fails later is replaced on the next report.
   */
  private broken = false;

  constructor(
    private readonly url: URL,
    private readonly sharedFrom: SharedFrom = SHARED_FROM,
    /** How many threads write parts at once. */
    readonly threads = 1,
  ) {
    this.workers = Array.from({ length: threads }, () => undefined);
  }

  /** From how many rows a report started now is worth sharing. */
  get fromRows(): number {
    return this.workers.every(Boolean) ? this.sharedFrom.warm : this.sharedFrom.cold;
  }

  get usable(): boolean {
    return !this.broken;
  }

  /** Starts the threads ahead of need (the reports screen is open): a start takes a few hundred ms. */
  warm(): void {
    if (this.broken) return;
    try {
      for (let slot = 0; slot < this.workers.length; slot++) this.workerAt(slot);
    } catch {
      this.broken = true;
    }
  }

  /** The helper for one report of the store at `dbFile`. */
  helper(task: Omit<CsvTask, 'id' | 'range'>): CsvHelper {
    let next = 0;
    return {
      fromRows: this.fromRows,
      upToRows: this.sharedFrom.upTo,
      threads: this.threads,
      // A report's parts go to the threads in turn, so that they are written at once.
      part: (range) => this.part({ ...task, range }, next++ % this.threads),
    };
  }

  part(task: Omit<CsvTask, 'id'>, slot = 0): Promise<CsvPart> {
    return new Promise<CsvPart>((resolve, reject) => {
      if (this.broken) throw new Error('the CSV thread failed before');
      try {
        const worker = this.workerAt(slot);
        const id = this.nextId++;
        this.waiting.set(id, { resolve, reject, worker });
        worker.ref();
        worker.postMessage({ ...task, id } satisfies CsvTask);
      } catch (err) {
        this.broken = true;
        throw err;
      }
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0, this.workers.length, ...this.workers.map(() => undefined));
    await Promise.all(workers.map((worker) => worker?.terminate()));
  }

  private workerAt(slot: number): Worker {
    const found = this.workers[slot];
    if (found) return found;
    const made = this.start(slot);
    this.workers[slot] = made;
    return made;
  }

  private start(slot: number): Worker {
    const worker = new Worker(this.url);
    let answered = false;
    worker.on('message', (reply: CsvReply) => {
      answered = true;
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (![...this.waiting.values()].some((w) => w.worker === worker)) worker.unref();
      if ('part' in reply) waiting?.resolve(reply.part);
      else waiting?.reject(new Error(reply.error));
    });
    worker.on('error', (err) => {
      if (!answered) this.broken = true;
      this.failAll(worker, err);
    });
    worker.on('exit', () => {
      if (this.workers[slot] === worker) this.workers[slot] = undefined;
      this.failAll(worker, new Error('the CSV thread stopped'));
    });
    worker.unref();
    return worker;
  }

  private failAll(worker: Worker, err: Error): void {
    for (const [id, waiting] of this.waiting) {
      if (waiting.worker !== worker) continue;
      waiting.reject(err);
      this.waiting.delete(id);
    }
  }
}

let shared: CsvThreads | null | undefined;

/** The process's CSV threads, or null when their entry is not built (code run from source unbuilt). */
export function sharedCsvThreads(): CsvThreads | null {
  if (shared === undefined) {
    const url = builtWorkerUrl(CSV_WORKER_FILE);
    shared = url ? new CsvThreads(url, SHARED_FROM, CSV_THREADS) : null;
  }
  return shared?.usable ? shared : null;
}

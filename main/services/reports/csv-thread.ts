// A second thread for long CSV reports: it writes the lines of the rows from a key on, in
// parallel with the main thread writing the ones before (csv-writer.ts). It reads the store on
// a connection of its own and hands back bytes, never rows: copying 50,000 rows between threads
// costs more than making their lines. The thread is started on the first long export and then
// kept (its start, a few hundred ms, overlaps the main thread's half), idle threads not holding
// the process open. If it cannot start or fails, the main thread writes every line itself.
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
  readonly from: DecisionKey;
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
}

/** What a CSV writer is handed: for how many rows it is worth it, and the work. */
export interface CsvHelper {
  readonly fromRows: number;
  readonly upToRows: number;
  part(from: DecisionKey): Promise<CsvPart>;
}

/** Which reports are shared with the thread: from how many rows (running or not), up to how many. */
export interface SharedFrom {
  readonly warm: number;
  readonly cold: number;
  readonly upTo: number;
}

/**
 * Below 20,000 rows, the work of sharing (a message, a second read of the store) costs more than
 * it saves. A thread not yet started takes about 300 ms first, which the main thread's half
 * covers only from about 60,000 rows (10 µs a row alone, half that shared): a one-off
 * `cpor export` of fewer rows writes them alone.
 */
// The thread's half is held in memory until the main thread's half is written, then copied to it:
// about 160 MB at 500,000 rows. A longer report is streamed by the main thread alone.
const SHARED_FROM: SharedFrom = { warm: 20_000, cold: 60_000, upTo: 500_000 };

export class CsvThread {
  private worker: Worker | undefined;
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
  ) {}

  /** From how many rows a report started now is worth sharing. */
  get fromRows(): number {
    return this.worker ? this.sharedFrom.warm : this.sharedFrom.cold;
  }

  get usable(): boolean {
    return !this.broken;
  }

  /** Starts the thread ahead of need (the reports screen is open): its start takes a few hundred ms. */
  warm(): void {
    if (this.broken) return;
    try {
      this.worker ??= this.start();
    } catch {
      this.broken = true;
    }
  }

  /** The helper for one report of the store at `dbFile`. */
  helper(task: Omit<CsvTask, 'id' | 'from'>): CsvHelper {
    return { fromRows: this.fromRows, upToRows: this.sharedFrom.upTo, part: (from) => this.part({ ...task, from }) };
  }

  part(task: Omit<CsvTask, 'id'>): Promise<CsvPart> {
    return new Promise<CsvPart>((resolve, reject) => {
      if (this.broken) throw new Error('the CSV thread failed before');
      try {
        const worker = (this.worker ??= this.start());
        const id = this.nextId++;
        this.waiting.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ ...task, id } satisfies CsvTask);
      } catch (err) {
        this.broken = true;
        throw err;
      }
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.url);
    let answered = false;
    worker.on('message', (reply: CsvReply) => {
      answered = true;
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if ('part' in reply) waiting?.resolve(reply.part);
      else waiting?.reject(new Error(reply.error));
    });
    worker.on('error', (err) => {
      if (!answered) this.broken = true;
      this.failAll(err);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('the CSV thread stopped'));
    });
    worker.unref();
    return worker;
  }

  private failAll(err: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(err);
    this.waiting.clear();
  }
}

let shared: CsvThread | null | undefined;

/** The process's CSV thread, or null when its entry is not built (code run from source unbuilt). */
export function sharedCsvThread(): CsvThread | null {
  if (shared === undefined) {
    const url = builtWorkerUrl(CSV_WORKER_FILE);
    shared = url ? new CsvThread(url) : null;
  }
  return shared?.usable ? shared : null;
}

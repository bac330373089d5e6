// Runs pre-checks on worker threads, a few at a time, each file within a time limit: a file
// that takes longer has its thread ended and comes back `ok: false`, "took longer than N s".
// A thread that dies (out of memory, a crash in pdf.js) fails only the file it was reading.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { PrecheckClaim, PrecheckResult } from '../../../shared/domain/precheck';
import { builtWorkerUrl } from '../worker-url';
import { failedResult, type CheckedFile, type PrecheckRequest } from './engine';
import type { WorkerTask } from './worker';

export const DEFAULT_TIMEOUT_MS = 20_000;
/**
 * OCR's time for one page, on top of the file's: a page is read in 1-3 s on a quiet 2-core laptop,
 * several times that on a busy one (over 30 s measured at a load of 20 on 2 cores). The file gets
 * it each time its thread starts a page; it bounds an engine that hangs, it is no speed budget.
 */
export const OCR_PAGE_TIMEOUT_MS = 60_000;
/**
 * A thread's first OCR page also starts its engines (the trained data read and WebAssembly
 * compiled: about 2 s on a quiet laptop, over 30 s measured at a load of 25 on 2 cores): that is
 * the engine's time, not the page's, and it is given once per thread.
 */
export const OCR_ENGINE_START_MS = 60_000;
/**
 * A thread's start (Node and pdf.js loaded): a few hundred ms on a quiet laptop, many seconds on a
 * loaded one. A file's own time starts when its thread is ready; this bounds a start that hangs.
 */
export const THREAD_START_MS = 60_000;
/** Heap of one worker thread: bounds what a decompression bomb can take. */
const WORKER_HEAP_MB = 1024;

export const WORKER_FILE = 'precheck-worker.mjs';

/** The built worker; tests and tools running from source may pass `workerUrl` themselves. */
export function defaultWorkerUrl(): URL {
  const url = builtWorkerUrl(WORKER_FILE);
  if (!url) throw new Error(`the pre-check worker (${WORKER_FILE}) is not built; run "npm run build"`);
  return url;
}

export interface PoolOptions {
  /** Threads at most; default: one per core, at most 4. */
  readonly size?: number;
  readonly timeoutMs?: number;
  readonly workerUrl?: URL;
}

interface Job {
  readonly request: PrecheckRequest;
  readonly timeoutMs: number;
  readonly resolve: (r: CheckedFile) => void;
  /** OCR is about to read this page of the file. */
  readonly onOcrPage?: (page: number, pages: number) => void;
}

interface Slot {
  readonly worker: Worker;
  job: Job | null;
  /** The id of the task the thread is working on. */
  taskId: number;
  timer: NodeJS.Timeout | null;
  started: number;
  /** The page OCR is reading now, if any. */
  ocrPage: number | null;
  /** Whether this thread has started OCR engines (done on its first OCR page). */
  ocrStarted: boolean;
  /** Whether the thread has loaded what it needs: until then a file's time does not run. */
  ready: boolean;
}

function unread(result: PrecheckResult): CheckedFile {
  return { result, textPrint: null };
}

export class PrecheckPool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly workerUrl: URL;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? Math.min(4, availableParallelism()));
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.workerUrl = opts.workerUrl ?? defaultWorkerUrl();
  }

  /** Threads started and not ended. */
  get threads(): number {
    return this.slots.length;
  }

  /** Starts the threads ahead of need (loading pdf.js costs a few hundred ms per thread). */
  warm(threads = this.size): void {
    while (this.slots.length < Math.min(threads, this.size)) this.spawn();
  }

  /** `timeoutMs` overrides the pool's limit for this file. */
  async run(request: PrecheckRequest, opts: { timeoutMs?: number } = {}): Promise<PrecheckResult> {
    return (await this.check(request, opts)).result;
  }

  /** The result and the print of the file's text; `onOcrPage` hears each page OCR starts (progress). */
  check(request: PrecheckRequest, opts: { timeoutMs?: number; onOcrPage?: (page: number, pages: number) => void } = {}): Promise<CheckedFile> {
    if (this.closed) return Promise.reject(new Error('the pre-check pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ request, timeoutMs: opts.timeoutMs ?? this.timeoutMs, resolve, ...(opts.onOcrPage ? { onOcrPage: opts.onOcrPage } : {}) });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    // stdout/stderr: true keeps whatever pdf.js prints off this process's own output
    // (`--json` output must stay parseable); it is read and dropped.
    const worker = new Worker(this.workerUrl, { stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, job: null, taskId: 0, timer: null, started: 0, ocrPage: null, ocrStarted: false, ready: false };
    worker.on('message', (msg: { id?: number; ready?: boolean; checked?: CheckedFile; ocrPage?: number; pages?: number }) => {
      if (msg.ready) {
        slot.ready = true;
        if (slot.job && slot.ocrPage === null) this.arm(slot, slot.job.timeoutMs);
        return;
      }
      if (!slot.job || msg.id !== slot.taskId) return;
      if (msg.ocrPage !== undefined) {
        slot.ocrPage = msg.ocrPage;
        this.arm(slot, OCR_PAGE_TIMEOUT_MS + (slot.ocrStarted ? 0 : OCR_ENGINE_START_MS));
        slot.ocrStarted = true;
        slot.job.onOcrPage?.(msg.ocrPage, msg.pages ?? msg.ocrPage);
        return;
      }
      if (!msg.checked) return;
      const result = { ...msg.checked.result, elapsedMs: Math.round(performance.now() - slot.started) };
      this.finish(slot, { result, textPrint: msg.checked.textPrint }, false);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const why = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the file needs more memory than a pre-check may use' : `the pre-check stopped on this file (${err.message})`;
      this.fail(slot, why);
    });
    worker.on('exit', () => this.fail(slot, 'the pre-check stopped on this file'));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private fail(slot: Slot, error: string): void {
    this.drop(slot);
    if (slot.job) this.finish(slot, unread(failedResult(slot.job.request.label ?? slot.job.request.path, error, performance.now() - slot.started)), true);
  }

  private drop(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  private finish(slot: Slot, result: CheckedFile, dead: boolean): void {
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    if (!dead) slot.worker.unref();
    job.resolve(result);
    this.pump();
  }

  /** The file's thread is ended if it does not answer within `ms` from now. */
  private arm(slot: Slot, ms: number): void {
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      const why = !slot.ready
        ? `the pre-check thread did not start within ${ms / 1000} s`
        : slot.ocrPage === null
          ? `took longer than ${Number((job.timeoutMs / 1000).toFixed(3))} s`
          : `OCR of page ${slot.ocrPage} took longer than ${ms / 1000} s`;
      this.drop(slot);
      void slot.worker.terminate();
      this.finish(slot, unread(failedResult(job.request.label ?? job.request.path, why, performance.now() - slot.started)), true);
    }, ms);
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => !s.job) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.started = performance.now();
      slot.ocrPage = null;
      slot.worker.ref();
      this.arm(slot, slot.ready ? job.timeoutMs : THREAD_START_MS);
      slot.taskId = this.nextId++;
      const task: WorkerTask = { id: slot.taskId, request: job.request };
      slot.worker.postMessage(task);
    }
  }
}

/** Pre-checks files against one claim, results in the order of the files. */
export async function precheckFiles(
  files: readonly { path: string; label?: string }[],
  claim: PrecheckClaim,
  today: string,
  opts: PoolOptions = {},
): Promise<PrecheckResult[]> {
  const pool = new PrecheckPool({ ...opts, size: Math.min(opts.size ?? Math.min(4, availableParallelism()), Math.max(1, files.length)) });
  try {
    return await Promise.all(files.map((f) => pool.run({ path: f.path, label: f.label, claim, today })));
  } finally {
    await pool.close();
  }
}

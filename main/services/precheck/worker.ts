// The pre-check's worker thread (built as precheck-worker.mjs beside the CLI): pdf.js and OCR
// run here, off the main thread, one file at a time; the pool ends the thread when a file takes
// too long, so a hostile file can hang or exhaust nothing but this thread.
import { parentPort } from 'node:worker_threads';
import { inspectFile, type PrecheckRequest } from './engine';
import { loadPdfJs } from './extract';

export interface WorkerTask {
  readonly id: number;
  readonly request: PrecheckRequest;
}

const port = parentPort;
if (!port) throw new Error('the pre-check worker runs only as a worker thread');
// Load pdf.js as soon as the thread starts, so a pool warmed ahead of need is ready for work; the
// pool counts a file's time from when the thread says it is ready.
void loadPdfJs()
  .catch(() => undefined)
  .then(() => port.postMessage({ ready: true }));
// Before each page OCR reads, the pool is told: it gives the file more time for it.
port.on('message', (task: WorkerTask) => {
  const onOcrPage = (page: number, pages: number) => port.postMessage({ id: task.id, ocrPage: page, pages });
  void inspectFile(task.request, onOcrPage).then((checked) => port.postMessage({ id: task.id, checked }));
});

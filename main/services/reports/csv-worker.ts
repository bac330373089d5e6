// The CSV thread (built as csv-worker.mjs beside the CLI; csv-threads.ts starts it): the lines of
// a report's rows from a key on, read from the store on this thread's own connection.
import { parentPort } from 'node:worker_threads';
import type { CsvPart, CsvReply, CsvTask } from './csv-threads';
import { Chunks, writeLines } from './csv-writer';
import { openReportSource } from './report-source';

const port = parentPort;
if (!port) throw new Error('the CSV worker runs only as a worker thread');

async function csvPart(task: CsvTask): Promise<CsvPart> {
  const source = openReportSource({ dbFile: task.dbFile }, task.filters, task.calendar, { watchCommits: false });
  try {
    const bytes: Uint8Array[] = [];
    const chunks = new Chunks((b) => {
      bytes.push(typeof b === 'string' ? Buffer.from(b) : b);
    });
    const rows = await writeLines(source.rows(task.range), chunks);
    await chunks.flush();
    return { rows, bytes };
  } finally {
    source.close();
  }
}

port.on('message', (task: CsvTask) => {
  void csvPart(task).then(
    (part) => port.postMessage({ id: task.id, part } satisfies CsvReply),
    (err: unknown) => port.postMessage({ id: task.id, error: err instanceof Error ? err.message : String(err) } satisfies CsvReply),
  );
});

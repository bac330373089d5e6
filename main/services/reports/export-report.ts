// The decision report end to end: rows from the store, one writer per format, to a file written
// atomically (`cpor export`) or to bytes (the API). Writers load on use: a CSV export never pays
// for the workbook or PDF libraries.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import type { ReportFilters, ReportFormat } from '../../../shared/domain/report';
import type { ServiceContext } from '../context';
import { writeFileAtomically } from './atomic-file';
import { sharedCsvThreads, type CsvThreads } from './csv-threads';
import { memoryStream } from './output';
import { progress, type ProgressListener } from './progress';
import { openReportSource } from './report-source';
import type { ReportInput, ReportWriter } from './report-writer';

const WRITERS: Readonly<Record<ReportFormat, () => Promise<ReportWriter>>> = {
  csv: async () => (await import('./csv-writer')).writeCsv,
  xlsx: async () => (await import('./xlsx-writer')).writeXlsx,
  pdf: async () => (await import('./pdf-writer')).writePdf,
};

export interface ReportRequest {
  readonly filters: ReportFilters;
  readonly format: ReportFormat;
  readonly onProgress?: ProgressListener | undefined;
  /** A CSV's second thread: the process's own by default, none with null. */
  readonly csvThreads?: CsvThreads | null;
}

export interface ExportResult {
  readonly file: string;
  readonly format: ReportFormat;
  readonly rows: number;
  readonly bytes: number;
  readonly elapsedMs: number;
}

async function withReport<T>(ctx: ServiceContext, req: ReportRequest, run: (writer: ReportWriter, input: ReportInput) => Promise<T>): Promise<T> {
  const writer = await WRITERS[req.format]();
  // Read once: the CSV thread must read the same store with the same calendar.
  const store = ctx.store;
  const { region, timeZone, closing } = ctx.calendar;
  const calendar = { region, timeZone, closing };
  const source = openReportSource(store, req.filters, calendar);
  try {
    const thread = req.format === 'csv' ? (req.csvThreads === undefined ? sharedCsvThreads() : req.csvThreads) : null;
    const input: ReportInput = {
      source,
      filters: req.filters,
      generatedAt: ctx.now(),
      progress: progress(source.total, req.onProgress),
      csvHelper: thread?.helper({ dbFile: store.dbFile, filters: req.filters, calendar }),
    };
    const result = await run(writer, input);
    input.progress.done();
    return result;
  } finally {
    source.close();
  }
}

export async function exportReport(ctx: ServiceContext, req: ReportRequest & { readonly out: string }): Promise<ExportResult> {
  const started = performance.now();
  return withReport(ctx, req, async (writer, input) => {
    const bytes = await writeFileAtomically(req.out, (out) => writer(input, out));
    return { file: resolve(req.out), format: req.format, rows: input.source.total, bytes, elapsedMs: Math.round(performance.now() - started) };
  });
}

export async function reportBytes(ctx: ServiceContext, req: ReportRequest): Promise<Uint8Array<ArrayBuffer>> {
  return withReport(ctx, req, async (writer, input) => {
    const sink = memoryStream();
    await Promise.all([writer(input, sink.out), finished(sink.out)]);
    return sink.bytes();
  });
}

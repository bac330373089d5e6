// What every report format is handed: the rows (a source that can be walked again), what was
// asked for, when, and where progress goes. Each writer ends the stream it writes to.
import type { Writable } from 'node:stream';
import type { ReportFilters } from '../../../shared/domain/report';
import type { CsvHelper } from './csv-threads';
import type { Progress } from './progress';
import type { ReportSource } from './report-source';

export interface ReportInput {
  readonly source: ReportSource;
  readonly filters: ReportFilters;
  readonly generatedAt: Date;
  readonly progress: Progress;
  /** Another thread that writes the CSV lines of the rows from a key on (csv-threads.ts), when there is one. */
  readonly csvHelper?: CsvHelper | undefined;
}

export type ReportWriter = (input: ReportInput, out: Writable) => Promise<void>;

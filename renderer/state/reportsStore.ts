// The Reports screen: the filters, the preview the store answers for them, and the file being made.
import { create } from 'zustand';
import type { ReportFileInput, ReportPreview } from '../../shared/api/schemas';
import type { ReportFormat } from '../../shared/domain/report';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';
import { saveBytes } from '../api/saveBytes';

export type ReportFilterValues = Omit<ReportFileInput, 'format'>;

const MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * The last 30 days, today included, as local days of the team's calendar (the zone the report
 * counts its days in; the browser's own zone until the session is known).
 */
export function defaultPeriod(timeZone?: string, now = new Date()): { from: string; to: string } {
  // en-CA writes dates as YYYY-MM-DD.
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  return { from: day(new Date(now.getTime() - 29 * 86_400_000)), to: day(now) };
}

/** decision-report_2026-10-26_2026-11-24.csv: the period in the name, so saved files sort and explain themselves. */
export function reportFileName(filters: ReportFilterValues, format: ReportFormat): string {
  const period = [filters.from ?? 'start', filters.to ?? 'today'].join('_');
  return `decision-report_${period}.${format}`;
}

interface ReportsState {
  readonly filters: ReportFilterValues;
  readonly preview: ReportPreview | null;
  readonly loading: boolean;
  readonly error: ApiError | null;
  /** The format being written now, if any. */
  readonly exporting: ReportFormat | null;
  readonly exported: { readonly format: ReportFormat; readonly name: string; readonly bytes: number } | null;
  readonly exportError: ApiError | null;
  readonly setFilters: (change: Partial<ReportFilterValues>) => void;
  /** The screen opens: the default period follows the team calendar's zone until the person picks one. */
  readonly start: (timeZone: string) => void;
  readonly load: () => Promise<void>;
  readonly exportAs: (format: ReportFormat) => Promise<void>;
}

export const useReportsStore = create<ReportsState>()((set, get) => {
  let request = 0;
  let periodChosen = false;
  return {
    filters: defaultPeriod(),
    preview: null,
    loading: false,
    error: null,
    exporting: null,
    exported: null,
    exportError: null,

    start(timeZone) {
      if (!periodChosen) set((s) => ({ filters: { ...s.filters, ...defaultPeriod(timeZone) } }));
      void get().load();
    },

    setFilters(change) {
      if (change.from !== undefined || change.to !== undefined) periodChosen = true;
      // An empty choice means "any": the key goes, so the schema's optional fields stay absent.
      const next: Record<string, unknown> = { ...get().filters, ...change };
      for (const key of Object.keys(next)) if (next[key] === '' || next[key] === undefined) delete next[key];
      set({ filters: next as ReportFilterValues, exported: null, exportError: null });
      void get().load();
    },

    async load() {
      const id = ++request;
      set({ loading: true, error: null });
      try {
        const preview = await call('report.preview', get().filters);
        if (id === request) set({ preview, loading: false });
      } catch (error) {
        if (id === request) set({ error: toApiError(error), loading: false });
      }
    },

    async exportAs(format) {
      if (get().exporting) return;
      const filters = get().filters;
      set({ exporting: format, exported: null, exportError: null });
      try {
        const bytes = await call('report.file', { ...filters, format });
        const name = reportFileName(filters, format);
        saveBytes(bytes, name, MEDIA_TYPES[format]);
        set({ exporting: null, exported: { format, name, bytes: bytes.byteLength } });
      } catch (error) {
        set({ exporting: null, exportError: toApiError(error) });
      }
    },
  };
});

// The Reports screen: the filters, the preview the store answers for them, and the file being made.
import { create } from 'zustand';
import type { ReportFileInput, ReportPreview } from '../../shared/api/schemas';
import type { ReportFormat } from '../../shared/domain/report';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';
import { saveBytes } from '../ui/saveBytes';

export type ReportFilterValues = Omit<ReportFileInput, 'format'>;

const MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The last 30 days, today included, as the period a report starts with. */
export function defaultPeriod(today = new Date()): { from: string; to: string } {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { from: day(new Date(today.getTime() - 29 * 86_400_000)), to: day(today) };
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
  readonly load: () => Promise<void>;
  readonly exportAs: (format: ReportFormat) => Promise<void>;
}

export const useReportsStore = create<ReportsState>()((set, get) => {
  let request = 0;
  return {
    filters: defaultPeriod(),
    preview: null,
    loading: false,
    error: null,
    exporting: null,
    exported: null,
    exportError: null,

    setFilters(change) {
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

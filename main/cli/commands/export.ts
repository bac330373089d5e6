// `cpor export`: the decision report to a file, without a window (scheduled jobs). The file
// appears whole or not at all; progress goes to stderr only when someone watches (a terminal, or
// --progress), never into a job's logs uninvited.
import { ReportFiltersSchema } from '../../../shared/api/schemas';
import { REPORT_FORMATS } from '../../../shared/domain/report';
import { describeIssues } from '../../services/dispatch';
import { exportReport } from '../../services/reports/export-report';
import { type Command, oneOf, str, UsageError, dayFlag } from '../command';
import { cliContext, mayDo, withStore } from '../runtime';

export const exportCommand: Command = {
  name: 'export',
  usage:
    'cpor [--data DIR] export --format csv|xlsx|pdf [--from DATE] [--to DATE] --out FILE [--reviewer NAME] [--status S] [--action A] [--family F] [--policy ID] [--json] [--progress]',
  options: {
    format: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
    reviewer: { type: 'string' },
    status: { type: 'string' },
    action: { type: 'string' },
    family: { type: 'string' },
    policy: { type: 'string' },
    json: { type: 'boolean' },
    progress: { type: 'boolean' },
    now: { type: 'string' },
  },
  run({ dataDir, values, io, now, role }) {
    const formatName = str(values, 'format');
    if (!formatName) throw new UsageError('export needs --format csv, xlsx or pdf');
    const format = oneOf(formatName, REPORT_FORMATS, 'format');
    const out = str(values, 'out');
    if (!out) throw new UsageError('export needs --out FILE');
    const parsed = ReportFiltersSchema.safeParse({
      from: dayFlag(values, 'from'),
      to: dayFlag(values, 'to'),
      reviewer: str(values, 'reviewer'),
      status: str(values, 'status'),
      action: str(values, 'action'),
      productFamily: str(values, 'family'),
      policy: str(values, 'policy'),
    });
    if (!parsed.success) throw new UsageError(`export: ${describeIssues(parsed.error.issues)} (dates are YYYY-MM-DD)`);
    const json = values.json === true;
    const watched = values.progress === true || (io.interactive === true && !json);
    // A line at every tenth of the way and at the end: enough to see it move, not a flood.
    let shown = -1;
    const onProgress = (written: number, total: number) => {
      const tenth = total ? Math.floor((written / total) * 10) : 10;
      if (tenth === shown) return;
      shown = tenth;
      io.err(`exported ${written.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} decisions`);
    };
    return withStore(dataDir, async (store) => {
      const ctx = cliContext(store, { dataDir, now, role });
      mayDo(ctx.role, 'report.file');
      const result = await exportReport(ctx, { filters: parsed.data, format, out, onProgress: watched ? onProgress : undefined });
      io.out(json ? JSON.stringify(result, null, 2) : `wrote ${result.rows} decisions to ${result.file} (${result.format}, ${result.bytes} bytes, ${result.elapsedMs} ms)`);
      return 0;
    });
  },
};

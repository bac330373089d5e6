import { QueueQuerySchema, type QueueRow } from '../../../shared/api/schemas';
import { PRODUCT_FAMILIES, SLA_STATES, STATUSES } from '../../../shared/domain/codes';
import { type Command, intOption, oneOf, str, strs } from '../command';
import { queueTable } from '../format';
import { callApi, cliContext, withStore } from '../runtime';

const PAGE = 1000;

export const queue: Command = {
  name: 'queue',
  usage:
    'cpor [--data DIR] queue [--status S]... [--sla STATE]... [--assignee NAME|--unassigned] [--family F] [--activity A] [--search TEXT] [--sort sla|age|partner] [--limit N] [--json]',
  options: {
    status: { type: 'string', multiple: true },
    sla: { type: 'string', multiple: true },
    assignee: { type: 'string' },
    unassigned: { type: 'boolean' },
    family: { type: 'string' },
    activity: { type: 'string' },
    search: { type: 'string' },
    sort: { type: 'string' },
    limit: { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
  },
  run({ dataDir, values, io, now, role }) {
    const status = strs(values, 'status').map((s) => oneOf(s, STATUSES, 'status'));
    const sla = strs(values, 'sla').map((s) => oneOf(s, SLA_STATES, 'SLA state'));
    const sort = oneOf(str(values, 'sort') ?? 'sla', ['sla', 'age', 'partner'] as const, 'sort');
    const limit = intOption(values, 'limit', 1, Number.MAX_SAFE_INTEGER) ?? Number.MAX_SAFE_INTEGER;
    const assignee = values.unassigned ? null : str(values, 'assignee');
    const family = str(values, 'family');
    const productFamily = family === undefined ? undefined : oneOf(family, PRODUCT_FAMILIES, 'product family');
    return withStore(dataDir, async (store) => {
      const ctx = cliContext(store, { dataDir, now, role });
      const rows: QueueRow[] = [];
      while (rows.length < limit) {
        const query = QueueQuerySchema.parse({
          status: status.length ? status : undefined,
          sla: sla.length ? sla : undefined,
          assignee,
          productFamily,
          activity: str(values, 'activity'),
          search: str(values, 'search'),
          sort,
          limit: Math.min(PAGE, limit - rows.length),
          offset: rows.length,
        });
        const page = await callApi(ctx, 'queue.list', query);
        rows.push(...page.rows);
        if (page.rows.length < query.limit) break;
      }
      io.out(values.json ? JSON.stringify(rows, null, 2) : rows.length ? queueTable(rows) : 'no claims match');
      return 0;
    });
  },
};

// `cpor precheck FILE...`: the pre-check of PoE files against a claim, without a store.
// Proposals only; `--json` prints the contract's array (docs/cli.md "precheck --json").
import { isoDay } from '../../../shared/domain/precheck/analyse';
import type { PrecheckClaim } from '../../../shared/domain/precheck';
import { DEFAULT_TIMEOUT_MS, precheckFiles } from '../../services/precheck/pool';
import { type Command, str, strs, UsageError } from '../command';
import { precheckText } from '../format';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function dayOption(values: Parameters<Command['run']>[0]['values'], key: string): string | undefined {
  const v = str(values, key);
  if (v === undefined) return undefined;
  const day = isoDay(v);
  if (!day) throw new UsageError(`--${key} takes an ISO-8601 date or time, e.g. 2026-03-14, got "${v}"`);
  return day;
}

export const precheck: Command = {
  name: 'precheck',
  usage:
    'cpor precheck FILE... [--products LIST] [--submitted DATE] [--customer NAME] [--tenant GUID] [--domain DOMAIN]\n' +
    '                     [--country CODE] [--public-sector] [--now DATE] [--timeout SECONDS] [--json]\n\n' +
    '  --products LIST    claimed products, comma-separated or repeated ("Dynamics 365 Sales,Power BI Pro")\n' +
    '  --submitted DATE   the claim\'s submission: dates older than 12 months before it are "old", later ones "future"\n' +
    '                     (without it, ages count from --now, default today)\n' +
    '  --customer NAME, --tenant GUID, --domain DOMAIN   the claim\'s customer, matched in the document\n' +
    '  --country CODE     the customer\'s country: 03/04/2026 is read month first in the US, day first elsewhere\n' +
    '  --public-sector    a US public-sector customer: the Public Sector Disclosure is required\n' +
    `  --timeout SECONDS  per file, default ${DEFAULT_TIMEOUT_MS / 1000}; a slower file is reported ok: false`,
  options: {
    products: { type: 'string', multiple: true },
    submitted: { type: 'string' },
    customer: { type: 'string' },
    tenant: { type: 'string' },
    domain: { type: 'string' },
    country: { type: 'string' },
    'public-sector': { type: 'boolean' },
    now: { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 10_000 },
  async run({ positionals, values, io, now }) {
    const tenant = str(values, 'tenant');
    if (tenant !== undefined && !GUID.test(tenant.trim())) throw new UsageError(`--tenant takes a tenant ID (a GUID), got "${tenant}"`);
    const country = str(values, 'country');
    if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) throw new UsageError(`--country takes a two-letter country code, got "${country}"`);
    const timeout = str(values, 'timeout');
    const seconds = timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(timeout);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) throw new UsageError(`--timeout takes seconds, more than 0 and at most 600, got "${timeout}"`);

    const claim: PrecheckClaim = {
      products: strs(values, 'products'),
      submittedAt: dayOption(values, 'submitted') ?? null,
      customer: {
        name: str(values, 'customer'),
        tenantId: tenant?.trim(),
        domain: str(values, 'domain'),
        country: country?.toUpperCase(),
        publicSector: values['public-sector'] === true,
      },
    };
    const today = dayOption(values, 'now') ?? now().toISOString().slice(0, 10);
    const results = await precheckFiles(positionals.map((path) => ({ path })), claim, today, { timeoutMs: seconds * 1000 });
    io.out(values.json ? JSON.stringify(results, null, 2) : precheckText(results, claim));
    const failed = results.filter((r) => !r.ok).length;
    if (failed > 0) {
      io.err(`cpor: ${failed} of ${results.length} ${results.length === 1 ? 'file' : 'files'} could not be pre-checked`);
      return 1;
    }
    return 0;
  },
};

// Plain-text output for people; --json output is the contract.
import type { ClaimDetail, QueueRow } from '../../shared/api/schemas';
import { STATUS_LABELS } from '../../shared/domain/codes';

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

export function queueTable(rows: readonly QueueRow[]): string {
  return table(
    ['CLAIM', 'STATUS', 'SLA', 'DUE', 'PARTNER', 'CUSTOMER', 'PRODUCTS', 'COMPETING', 'ASSIGNEE'],
    rows.map((r) => [
      r.id,
      r.status,
      r.sla ? `${r.sla.clock}/${r.sla.state}` : '-',
      r.sla ? r.sla.dueAt : '-',
      clip(r.partner.name, 28),
      clip(r.customer.name, 28),
      clip(r.products.join(', '), 40),
      r.competing ? String(r.competing) : '-',
      r.assignee ?? '-',
    ]),
  );
}

function targetText(t: ClaimDetail['reviewerTarget']): string {
  const paused = t.pausedBusinessDays ? `, ${t.pausedBusinessDays} bd waiting on the partner` : '';
  const ended = t.endedAt ? `, decided ${t.endedAt}` : '';
  return `reviewer ${t.businessDays} bd, due ${t.dueAt} (${t.state}${paused}${ended}, policy ${t.policy})`;
}

/** Rivals side by side, most recent submission first; those no longer contesting say so. */
function competingLines(c: ClaimDetail): string[] {
  if (c.competingClaims.length === 0) return ['  competing none'];
  return [
    `  competing ${c.competing} contesting, ${c.competingClaims.length} in all (most recent submission first)`,
    ...c.competingClaims.map((r) => {
      const shared = [r.products.length ? r.products.join(', ') : null, r.sameSubscription ? 'same subscription' : null].filter(Boolean).join('; ');
      const sla = r.sla ? `${r.sla.clock} ${r.sla.state}` : 'no clock';
      return `    ${r.id}  ${r.status}${r.counted ? '' : ' (not counted)'}  ${r.partner.name} (MPN ${r.partner.mpnId})  submitted ${r.submittedAt}  shares ${shared}  ${sla}`;
    }),
  ];
}

export function claimText(c: ClaimDetail): string {
  const lines = [
    `${c.id}  ${STATUS_LABELS[c.status]} (${c.status})  policy ${c.policy}  version ${c.version}`,
    `  partner   ${c.partner.name} (MPN ${c.partner.mpnId})`,
    `  customer  ${c.customer.name} (tenant ${c.customer.tenantId})`,
    `  activity  ${c.activity}; ${c.productFamily}`,
    `  products  ${c.products.join(', ')}`,
    `  submitted ${c.submittedAt}; assignee ${c.assignee ?? '-'}`,
    `  sla       ${c.sla ? `${c.sla.clock} due ${c.sla.dueAt} (${c.sla.state}, policy ${c.sla.policy})` : 'no clock running'}`,
    `  target    ${targetText(c.reviewerTarget)}`,
    `  documents ${c.documents.length ? c.documents.map((d) => `${d.name} [${d.mediaType}]`).join(', ') : 'none'}`,
    `  actions   ${c.availableActions.join(', ') || 'none'}${c.editable ? '; the partner may edit it' : ''}`,
    ...competingLines(c),
    '  history',
    ...c.history.map((h) => `    ${String(h.seq).padStart(3)}  ${h.at}  ${h.actor} (${h.side})  ${h.kind}  ${JSON.stringify(h.detail)}`),
  ];
  return lines.join('\n');
}

// Plain-text output for people; --json output is the contract.
import type { ClaimDetail, QueueRow } from '../../shared/api/schemas';
import { STATUS_LABELS } from '../../shared/domain/codes';
import type { Finding, PrecheckClaim, PrecheckResult } from '../../shared/domain/precheck';

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
    `  products  ${c.productSupport.map((p) => (p.supported === null ? p.product : `${p.product} [${p.supported ? 'supported' : 'not supported'}]`)).join(', ')}`,
    `  checklist ${c.checklist.filter((i) => i.open).map((i) => i.code).join(', ') || 'nothing ticked'}`,
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

function findingLine(f: Finding): string {
  const where = f.page ? `p${f.page}` : '';
  const said = f.text ? `"${clip(f.text, 60)}"` : '';
  let about = '';
  switch (f.kind) {
    case 'date':
      about = `${f.detail.date}, ${Math.abs(f.detail.ageDays)} days ${f.detail.ageDays >= 0 ? 'before' : 'after'} ${f.detail.referenceIs === 'submission' ? 'submission' : 'today'}`;
      break;
    case 'product':
      about = f.status === 'found' ? `${f.detail.product}, named ${f.detail.occurrences} ${f.detail.occurrences === 1 ? 'time' : 'times'}` : f.detail.product;
      break;
    case 'signature':
      about =
        f.detail.source === 'digital' || f.detail.source === 'form-field'
          ? `${f.detail.note ?? 'signature form field: present, not verified'}${f.detail.signedAt ? ` (signed ${f.detail.signedAt})` : ''}`
          : f.detail.drawn
            ? `block, signed by drawing (${f.detail.drawn === 'image' ? 'a picture' : 'handwriting strokes'})`
            : f.detail.source ?? 'no signature, signature block or ink found';
      break;
    case 'service':
      about = f.status === 'found' ? '' : 'no description of the partner\u2019s work found';
      break;
    case 'customer':
      about = f.status === 'mismatch' ? `${f.detail.field}: the claim says ${f.detail.expected}` : `${f.detail.field}: ${f.detail.expected}`;
      break;
    case 'public-sector-disclosure':
      about = f.detail.required ? 'required: US public-sector customer' : '';
      break;
  }
  return `  ${f.kind.padEnd(24)} ${f.status.padEnd(16)} ${where.padEnd(5)} ${[said, about ? `(${about})` : ''].filter(Boolean).join(' ')}`.trimEnd();
}

/** `cpor precheck` for people: per file, the proposals first, then the evidence. */
export function precheckText(results: readonly PrecheckResult[], claim: PrecheckClaim): string {
  const blocks = results.map((r) => {
    if (!r.ok) return `${r.file}: cannot be pre-checked: ${r.error ?? 'unknown error'}\n  proposed: ${r.proposed.join(', ')}`;
    return [
      `${r.file}: ${r.pages} ${r.pages === 1 ? 'page' : 'pages'}, ${r.textPages} with text (${r.elapsedMs} ms)`,
      `  proposed: ${r.proposed.length ? r.proposed.join(', ') : 'nothing'}`,
      ...r.findings.map(findingLine),
      ...r.notes.map((n) => `  note: ${n}`),
    ].join('\n');
  });
  const against = [
    claim.products.length ? `products ${claim.products.join(', ')}` : 'no products given',
    claim.submittedAt ? `submitted ${claim.submittedAt}` : 'no submission date (ages from today)',
    claim.customer?.name ? `customer ${claim.customer.name}` : '',
  ].filter(Boolean);
  return [`pre-check (proposals only) against: ${against.join('; ')}`, ...blocks].join('\n\n');
}

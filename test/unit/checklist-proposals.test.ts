// A claim's checklist proposals from its files' pre-checks (issue 17): a file nobody could read
// never cancels another file's proposal, an unrelated file proposes missing-poe and nothing else,
// and each proposal names the files it stands on.
import { describe, expect, it } from 'vitest';
import { checklistProposals } from '../../shared/domain/checklist-proposals';
import type { Deficiency } from '../../shared/domain/codes';
import type { PrecheckResult } from '../../shared/domain/precheck';

const result = (proposed: Deficiency[], textPages = 1, ok = true): PrecheckResult => ({
  file: 'f', ok, error: ok ? null : 'damaged', pages: 1, textPages, findings: [], proposed, notes: [], elapsedMs: 1,
});
const proposedOf = (docs: { documentId: string; result: PrecheckResult }[]) =>
  Object.fromEntries(checklistProposals(docs).map((p) => [p.code, p.proposed ? p.proposedBy : false]));

describe('claim-level proposals', () => {
  it('keep a PDF\u2019s proposal beside a scan without text', () => {
    const sow = { documentId: 'd_0000000000000001', result: result(['missing-or-old-dates']) };
    const scan = { documentId: 'd_0000000000000002', result: result([], 0) };
    expect(proposedOf([sow, scan])).toMatchObject({ 'missing-or-old-dates': ['d_0000000000000001'], 'missing-poe': false });
  });

  it('let one good file satisfy an item another lacks', () => {
    const unsigned = { documentId: 'd_0000000000000001', result: result(['missing-customer-acknowledgment']) };
    const signed = { documentId: 'd_0000000000000002', result: result([]) };
    expect(proposedOf([unsigned, signed])['missing-customer-acknowledgment']).toBe(false);
  });

  it('do not let an unrelated file speak for the claim\u2019s other items', () => {
    const unrelated = { documentId: 'd_0000000000000001', result: result(['missing-poe']) };
    const sow = { documentId: 'd_0000000000000002', result: result(['missing-products']) };
    expect(proposedOf([unrelated, sow])).toMatchObject({ 'missing-poe': false, 'missing-products': ['d_0000000000000002'] });
    expect(proposedOf([unrelated])).toMatchObject({ 'missing-poe': ['d_0000000000000001'], 'missing-products': false, 'missing-customer-acknowledgment': false });
  });

  it('do not propose missing-poe while a file nobody could read may be the PoE', () => {
    const unrelated = { documentId: 'd_0000000000000001', result: result(['missing-poe']) };
    const scan = { documentId: 'd_0000000000000002', result: result([], 0) };
    const damaged = { documentId: 'd_0000000000000003', result: result([], null as unknown as number, false) };
    expect(proposedOf([unrelated, scan])['missing-poe']).toBe(false);
    expect(proposedOf([unrelated, damaged])['missing-poe']).toBe(false);
  });
});

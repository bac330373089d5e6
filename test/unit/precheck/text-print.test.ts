// Text prints (MinHash over word shingles): the same wording gives the same print whatever the
// case, accents, punctuation or line breaks; a copy with names and dates changed stays close;
// two letters from one template that describe other work do not; short texts get no print.
import { describe, expect, it } from 'vitest';
import { BANDS, NEAR_IDENTICAL, isTextPrint, printBands, printSimilarity, textPrint } from '../../../shared/domain/precheck/text-print';
import { acknowledgmentLetter, otherWorkLetter } from '../../fixtures/poe-letters';

const contoso = acknowledgmentLetter({ customer: 'Contoso Ltd', signer: 'Jane Doe', date: '14 October 2026' });

describe('text prints', () => {
  it('are the same for the same wording set differently (case, accents, punctuation, line breaks)', () => {
    const reset = contoso.toUpperCase().replace(/\s+/g, '\n').replace(/[.,:;]/g, ' ');
    expect(textPrint(reset)).toBe(textPrint(contoso));
    expect(textPrint('Réunion de clôture du projet Équipe '.repeat(12))).toBe(textPrint('reunion de cloture du projet equipe '.repeat(12)));
  });

  it('keep a copy with the customer, the signer and the date changed above the near-identical line', () => {
    const copy = acknowledgmentLetter({ customer: 'Fabrikam Inc', signer: 'Luis Ortega', date: '2 November 2026' });
    const similarity = printSimilarity(textPrint(contoso)!, textPrint(copy)!);
    expect(similarity).toBeGreaterThanOrEqual(NEAR_IDENTICAL);
    expect(similarity).toBeLessThan(1);
    // Near enough to share a whole band: the index finds the pair.
    const shared = printBands(textPrint(contoso)!).filter((b) => printBands(textPrint(copy)!).includes(b));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('keep two letters on one template that describe other work below it', () => {
    const other = otherWorkLetter({ customer: 'Fabrikam Inc', signer: 'Luis Ortega', date: '2 November 2026' });
    expect(printSimilarity(textPrint(contoso)!, textPrint(other)!)).toBeLessThan(NEAR_IDENTICAL);
  });

  it('give unrelated texts a similarity near zero', () => {
    const unrelated = [
      'The quarterly newsletter lists upcoming events, staff birthdays, the cafeteria menu and parking changes for the month ahead.',
      'Our charity run raised money for the local food bank, and the garden club meets on Thursdays behind the north building.',
      'Please return borrowed umbrellas to reception, and remember that the lifts on the east side are serviced next weekend.',
    ].join(' ');
    expect(printSimilarity(textPrint(contoso)!, textPrint(unrelated)!)).toBeLessThan(0.1);
  });

  it('are not made for a text too short to judge, nor for no text', () => {
    expect(textPrint('Signed: Jane Doe, Contoso Ltd, 14 October 2026')).toBeNull();
    expect(textPrint('')).toBeNull();
    expect(textPrint('   \n\t  ')).toBeNull();
  });

  it('have one index key per band, and only a print in the expected shape is one', () => {
    const print = textPrint(contoso)!;
    expect(isTextPrint(print)).toBe(true);
    expect(new Set(printBands(print)).size).toBe(BANDS);
    for (const bad of [print.slice(1), `${print}0`, print.toUpperCase(), print.replace(/^./, 'g'), null, 42, undefined]) expect(isTextPrint(bad)).toBe(false);
  });
});

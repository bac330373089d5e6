// Which key does what at the desk, and when keys are left alone (typing, a dialog, a modifier).
import { describe, expect, it } from 'vitest';
import { commandFor, type KeyContext, isTextEntry } from '../../../renderer/keyboard/dispatch';
import { neighbourIndex, queueIndexOf, type QueueSnapshot } from '../../../renderer/keyboard/queueOrder';
import { SHORTCUTS } from '../../../renderer/keyboard/shortcuts';
import { actionForIntent, keyForAction } from '../../../renderer/keyboard/intents';
import type { QueueRow } from '../../../shared/api/schemas';

const claim: KeyContext = { view: 'claim', typing: false, dialogOpen: false };
const queue: KeyContext = { view: 'queue', typing: false, dialogOpen: false };
const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('commandFor', () => {
  it('maps the claim keys', () => {
    expect(commandFor(press('j'), claim)).toEqual({ type: 'move', delta: 1 });
    expect(commandFor(press('k'), claim)).toEqual({ type: 'move', delta: -1 });
    expect(commandFor(press('n'), claim)).toEqual({ type: 'next-claim' });
    expect(commandFor(press('s'), claim)).toEqual({ type: 'start-review' });
    expect(commandFor(press('a'), claim)).toEqual({ type: 'approve' });
    expect(commandFor(press('i'), claim)).toEqual({ type: 'request-info' });
    expect(commandFor(press('r'), claim)).toEqual({ type: 'reject' });
    expect(commandFor(press('/'), claim)).toEqual({ type: 'search' });
    expect(commandFor(press('?'), claim)).toEqual({ type: 'help' });
    expect(commandFor(press('Escape'), claim)).toEqual({ type: 'back' });
  });

  it('maps 1-5 to the five deficiencies in checklist order', () => {
    expect(['1', '2', '3', '4', '5'].map((key) => commandFor(press(key), claim))).toEqual([
      { type: 'toggle-deficiency', code: 'missing-poe' },
      { type: 'toggle-deficiency', code: 'missing-customer-acknowledgment' },
      { type: 'toggle-deficiency', code: 'missing-or-old-dates' },
      { type: 'toggle-deficiency', code: 'missing-partner-service' },
      { type: 'toggle-deficiency', code: 'missing-products' },
    ]);
    expect(commandFor(press('6'), claim)).toBeNull();
    expect(commandFor(press('0'), claim)).toBeNull();
  });

  it('leaves the queue its own keys (j, k, Enter, /) and adds only n and ?', () => {
    expect(commandFor(press('n'), queue)).toEqual({ type: 'next-claim' });
    expect(commandFor(press('?'), queue)).toEqual({ type: 'help' });
    for (const key of ['j', 'k', 'Enter', '/', '1', 'a', 'Escape']) expect(commandFor(press(key), queue)).toBeNull();
  });

  it('never fires while typing, while a dialog is open, or with a modifier', () => {
    for (const key of ['j', 'n', '1', 'a', 'i', 'r', '/', '?', 'Escape']) {
      expect(commandFor(press(key), { ...claim, typing: true })).toBeNull();
      expect(commandFor(press(key), { ...claim, dialogOpen: true })).toBeNull();
    }
    expect(commandFor(press('a', { ctrlKey: true }), claim)).toBeNull();
    expect(commandFor(press('r', { metaKey: true }), claim)).toBeNull();
    expect(commandFor(press('n', { altKey: true }), queue)).toBeNull();
    // Letters with Shift are other letters; Shift+/ is "?" and is the help.
    expect(commandFor(press('A'), claim)).toBeNull();
    expect(commandFor(press('J'), claim)).toBeNull();
  });

  it('lists in the help overlay every key it answers', () => {
    const listed = new Set(SHORTCUTS.flatMap((s) => s.keys.filter((combo) => combo.length === 1).map((combo) => combo[0])));
    const keys = [...'abcdefghijklmnopqrstuvwxyz0123456789/?+-', 'Escape', 'Enter', 'PageUp', 'PageDown'];
    for (const context of [claim, queue]) {
      for (const key of keys) {
        if (commandFor(press(key), context)) expect(listed, `key ${key}`).toContain(key === 'Escape' ? 'Esc' : key);
      }
    }
    // And the viewer's keys, which the viewer handles, are listed too.
    for (const key of ['f', '+', '−', '←', '→', 'PgUp', 'PgDn']) expect(listed).toContain(key);
  });
});

describe('isTextEntry', () => {
  it('is true for fields that take text, false for checkboxes and buttons', () => {
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTextEntry({ tagName: 'input' })).toBe(true);
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON', type: 'button' })).toBe(false);
    expect(isTextEntry({ tagName: 'DIV' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

describe('j/k in the queue order', () => {
  const row = (id: string) => ({ id }) as QueueRow;
  const snapshot: QueueSnapshot = {
    pages: { 0: [row('A'), row('B'), row('C')], 2: [row('X'), row('Y')] },
    pageSize: 3,
    total: 8,
    selectedIndex: 1,
    selectedId: 'B',
  };

  it('finds the open claim by the selection first, else in any loaded page', () => {
    expect(queueIndexOf(snapshot, 'B')).toBe(1);
    expect(queueIndexOf(snapshot, 'C')).toBe(2);
    expect(queueIndexOf(snapshot, 'Y')).toBe(7);
    expect(queueIndexOf(snapshot, 'Z')).toBeNull();
  });

  it('stops at either end of the queue', () => {
    expect(neighbourIndex(snapshot, 1, 1)).toBe(2);
    expect(neighbourIndex(snapshot, 0, -1)).toBeNull();
    expect(neighbourIndex(snapshot, 7, 1)).toBeNull();
    expect(neighbourIndex({ ...snapshot, total: null }, 7, 1)).toBe(8);
  });
});

describe('decision keys', () => {
  it('open the dialog the status allows: on a disputed claim a overturns and r upholds', () => {
    expect(actionForIntent('approve', ['approve', 'request-info', 'reject', 'withdraw'])).toBe('approve');
    expect(actionForIntent('reject', ['approve', 'request-info', 'reject', 'withdraw'])).toBe('reject');
    expect(actionForIntent('approve', ['uphold-rejection', 'overturn-rejection'])).toBe('overturn-rejection');
    expect(actionForIntent('reject', ['uphold-rejection', 'overturn-rejection'])).toBe('uphold-rejection');
    expect(actionForIntent('request-info', ['uphold-rejection', 'overturn-rejection'])).toBeNull();
    expect(actionForIntent('approve', ['start-review', 'withdraw'])).toBeNull();
    // Disassociation is never one key away: it is final.
    expect(actionForIntent('reject', ['disassociate', 'customer-decline'])).toBeNull();
  });

  it('show their key on the button', () => {
    expect(keyForAction('approve')).toBe('a');
    expect(keyForAction('overturn-rejection')).toBe('a');
    expect(keyForAction('uphold-rejection')).toBe('r');
    expect(keyForAction('start-review')).toBe('s');
    expect(keyForAction('disassociate')).toBeNull();
  });
});

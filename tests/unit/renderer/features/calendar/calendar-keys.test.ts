import { describe, expect, it } from 'vitest';
import { isCopyDrop, isDeleteKey, isDuplicateKey, isMacPlatform, isNewActivityKey, isSelectionToggle, nudgeOf } from '../../../../../src/renderer/features/calendar/calendar-keys';
import { defaultCreateSlot } from '../../../../../src/renderer/features/calendar/create-activity';

const NONE = { shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
const key = (k: string, mods: Partial<typeof NONE> = {}) => ({ ...NONE, ...mods, key: k });

describe('nudgeOf', () => {
  it('moves 15 minutes with ↑ ↓, an hour with Shift, a day with ← →', () => {
    expect(nudgeOf(key('ArrowUp'))).toEqual({ days: 0, minutes: -15 });
    expect(nudgeOf(key('ArrowDown'))).toEqual({ days: 0, minutes: 15 });
    expect(nudgeOf(key('ArrowUp', { shiftKey: true }))).toEqual({ days: 0, minutes: -60 });
    expect(nudgeOf(key('ArrowDown', { shiftKey: true }))).toEqual({ days: 0, minutes: 60 });
    expect(nudgeOf(key('ArrowLeft'))).toEqual({ days: -1, minutes: 0 });
    expect(nudgeOf(key('ArrowRight'))).toEqual({ days: 1, minutes: 0 });
  });

  it('leaves system combinations and other keys alone', () => {
    expect(nudgeOf(key('ArrowLeft', { shiftKey: true }))).toBeNull();
    expect(nudgeOf(key('ArrowUp', { ctrlKey: true }))).toBeNull();
    expect(nudgeOf(key('ArrowDown', { metaKey: true }))).toBeNull();
    expect(nudgeOf(key('ArrowRight', { altKey: true }))).toBeNull();
    expect(nudgeOf(key('PageDown'))).toBeNull();
  });
});

describe('modifiers', () => {
  it('Alt copies everywhere; Ctrl copies only off macOS', () => {
    expect(isCopyDrop({ ...NONE, altKey: true }, true)).toBe(true);
    expect(isCopyDrop({ ...NONE, altKey: true }, false)).toBe(true);
    expect(isCopyDrop({ ...NONE, ctrlKey: true }, false)).toBe(true);
    expect(isCopyDrop({ ...NONE, ctrlKey: true }, true)).toBe(false);
    expect(isCopyDrop(NONE, false)).toBe(false);
  });

  it('Shift, Ctrl and Cmd toggle the selection; N alone opens the create form', () => {
    expect(isSelectionToggle({ ...NONE, shiftKey: true })).toBe(true);
    expect(isSelectionToggle({ ...NONE, ctrlKey: true })).toBe(true);
    expect(isSelectionToggle({ ...NONE, metaKey: true })).toBe(true);
    expect(isSelectionToggle(NONE)).toBe(false);
    expect(isNewActivityKey(key('n'))).toBe(true);
    expect(isNewActivityKey(key('N', { shiftKey: true }))).toBe(true);
    expect(isNewActivityKey(key('n', { ctrlKey: true }))).toBe(false);
    expect(isNewActivityKey(key('m'))).toBe(false);
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});

describe('defaultCreateSlot', () => {
  const program = { startDate: '2026-05-04', endDate: '2026-05-10' };
  it('is 09:00-10:00 on the first day shown, kept within the program', () => {
    expect(defaultCreateSlot('2026-05-06', program)).toEqual({ start: '2026-05-06T09:00:00', end: '2026-05-06T10:00:00' });
    expect(defaultCreateSlot('2026-05-01', program)).toEqual({ start: '2026-05-04T09:00:00', end: '2026-05-04T10:00:00' });
    expect(defaultCreateSlot('2026-06-01', program)).toEqual({ start: '2026-05-10T09:00:00', end: '2026-05-10T10:00:00' });
  });
});

describe('duplicate and delete keys', () => {
  it('duplicates with Ctrl+D off a Mac and Cmd+D on one, never with other modifiers', () => {
    expect(isDuplicateKey(key('d', { ctrlKey: true }), false)).toBe(true);
    expect(isDuplicateKey(key('d', { metaKey: true }), true)).toBe(true);
    expect(isDuplicateKey(key('d', { metaKey: true }), false)).toBe(false);
    expect(isDuplicateKey(key('d', { ctrlKey: true }), true)).toBe(false);
    expect(isDuplicateKey(key('d', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isDuplicateKey(key('d'), false)).toBe(false);
  });
  it('deletes with a bare Delete or Backspace only', () => {
    expect(isDeleteKey(key('Delete'))).toBe(true);
    expect(isDeleteKey(key('Backspace'))).toBe(true);
    expect(isDeleteKey(key('Backspace', { ctrlKey: true }))).toBe(false);
    expect(isDeleteKey(key('Delete', { shiftKey: true }))).toBe(false);
    expect(isDeleteKey(key('x'))).toBe(false);
  });
});

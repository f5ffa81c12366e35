import { describe, expect, it } from 'vitest';
import { NO_SELECTION, primaryOf, pruneSelection, sameSelection, selectOnly, toggleSelected } from '../../../../src/renderer/state/selection';

describe('selection', () => {
  it('a plain click selects one; the same click again changes nothing (same array)', () => {
    const one = selectOnly(NO_SELECTION, 'a');
    expect(one).toEqual(['a']);
    expect(selectOnly(one, 'a')).toBe(one);
    expect(selectOnly(['a', 'b'], 'b')).toEqual(['b']);
    expect(selectOnly(one, null)).toBe(NO_SELECTION);
    expect(selectOnly(NO_SELECTION, null)).toBe(NO_SELECTION);
  });

  it('Shift/Ctrl-click adds as the new primary and removes when selected', () => {
    const two = toggleSelected(['a'], 'b');
    expect(two).toEqual(['a', 'b']);
    expect(primaryOf(two)).toBe('b');
    expect(toggleSelected(two, 'b')).toEqual(['a']);
    expect(primaryOf(toggleSelected(two, 'b'))).toBe('a');
    expect(primaryOf(NO_SELECTION)).toBeNull();
  });

  it('drops ids no longer in the program, keeping the array when nothing is gone', () => {
    const program = { activities: [{ id: 'a' }, { id: 'c' }] } as Parameters<typeof pruneSelection>[1];
    const kept = ['c', 'a'];
    expect(pruneSelection(kept, program)).toBe(kept);
    expect(pruneSelection(['a', 'b', 'c'], program)).toEqual(['a', 'c']);
  });

  it('compares by content and order', () => {
    expect(sameSelection(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameSelection(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameSelection(['a'], ['a', 'b'])).toBe(false);
  });
});

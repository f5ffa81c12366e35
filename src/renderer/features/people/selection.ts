/** Row selection with checkboxes: a click toggles one row, a shift-click sets the whole range from the last click. */

export interface RowSelection {
  ids: ReadonlySet<string>;
  /** The row of the last plain click: where a shift-click's range starts. */
  anchor: string | null;
}

export const NO_SELECTION: RowSelection = { ids: new Set(), anchor: null };

/**
 * The selection after clicking row `id`'s checkbox in the rows as shown (`order`). With shift and
 * an anchor still shown, every row between them takes the clicked box's new state, as in a file
 * manager; the anchor stays so the range can be adjusted.
 */
export function clickRow(selection: RowSelection, order: readonly string[], id: string, shift: boolean): RowSelection {
  const checked = !selection.ids.has(id);
  const next = new Set(selection.ids);
  const from = shift && selection.anchor !== null ? order.indexOf(selection.anchor) : -1;
  const to = order.indexOf(id);
  if (from >= 0 && to >= 0) {
    const [lo, hi] = from < to ? [from, to] : [to, from];
    for (const rowId of order.slice(lo, hi + 1)) {
      if (checked) next.add(rowId);
      else next.delete(rowId);
    }
    return { ids: next, anchor: selection.anchor };
  }
  if (checked) next.add(id);
  else next.delete(id);
  return { ids: next, anchor: id };
}

/** The header checkbox: selects every shown row, or clears them when all are already selected. */
export function toggleAll(selection: RowSelection, order: readonly string[]): RowSelection {
  const all = order.length > 0 && order.every((id) => selection.ids.has(id));
  const next = new Set(selection.ids);
  for (const id of order) {
    if (all) next.delete(id);
    else next.add(id);
  }
  return { ids: next, anchor: selection.anchor };
}

/** The selected rows that are shown, in the shown order: what actions act on (a hidden row is never touched). */
export function selectedShown(selection: RowSelection, order: readonly string[]): string[] {
  return order.filter((id) => selection.ids.has(id));
}

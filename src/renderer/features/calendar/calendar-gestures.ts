/**
 * What the planner's gestures on the calendar do to the program: a drop moves (or, with Alt,
 * copies) the dragged event and every other selected one, a drop on the Unscheduled tray
 * unschedules them, an arrow key nudges them. Each is ONE command through store.edit; the rules
 * themselves are the pure functions of calendar-edits.ts and group-edits.ts. Everything is read
 * from the store when the gesture happens, so the calendar's handlers keep their identity.
 */
import type { Command } from '../../../shared/commands/types';
import type { AppStore } from '../../state/store';
import { commandForDrop, type DroppedEvent, type EditOutcome } from './calendar-edits';
import { isCopyDrop, type Modifiers } from './calendar-keys';
import { freshActivityId } from './create-activity';
import { copySelection, deleteSelection, moveSelection, shiftOfDrop, unscheduleSelection, type Shift } from './group-edits';

export interface EventDrop {
  id: string;
  placed: DroppedEvent;
  modifiers: Modifiers;
  revert: () => void;
}

/** The ids a gesture on `id` acts on: the whole selection when `id` is part of it, else `id` alone. */
export function gestureGroup(selection: readonly string[], id: string): readonly string[] {
  return selection.length > 1 && selection.includes(id) ? selection : [id];
}

function context(store: AppStore, id: string) {
  const { program, homeTime, selection } = store.getState();
  const activity = program?.activities.find((a) => a.id === id);
  if (!program || !activity) return null;
  // With the home-time toggle on, wall times on the calendar are home time.
  return { program, activity, selection, displayZone: homeTime ? program.homeTimeZone : null };
}

/** Shows a refusal and puts the calendar back; true when the outcome was a refusal. */
function refused(store: AppStore, outcome: EditOutcome, revert: () => void): outcome is { ok: false; message: string } {
  if (outcome.ok) return false;
  revert();
  store.showError(outcome.message);
  return true;
}

/** An event dropped somewhere else on the calendar. */
export function dropEvent(store: AppStore, drop: EventDrop, isMac: boolean): void {
  const found = context(store, drop.id);
  if (!found) return drop.revert();
  const { program, activity, selection, displayZone } = found;
  const group = gestureGroup(selection, drop.id);
  if (isCopyDrop(drop.modifiers, isMac)) return copyDrop(store, drop, found, group);
  if (group.length === 1) {
    const outcome = commandForDrop(activity, drop.placed, displayZone);
    if (refused(store, outcome, drop.revert)) return;
    store.select(drop.id);
    store.edit(outcome.command, drop.revert);
    return;
  }
  const shift = shiftOfDrop(activity, drop.placed, displayZone);
  const outcome: EditOutcome = shift ? moveSelection(program, group, shift, displayZone) : { ok: false, message: `Cannot move “${activity.title}”: it has no time on the calendar` };
  if (refused(store, outcome, drop.revert)) return;
  // The dragged event's block already sits where it was dropped; a refusal from main puts it back.
  store.edit(outcome.command, drop.revert);
}

/**
 * Alt-drop: the dragged block goes back where it was (the original does not move) and copies of
 * it, and of the rest of the selection, appear at the drop. The copies become the selection, so
 * the planner can nudge them on.
 */
function copyDrop(store: AppStore, drop: EventDrop, found: NonNullable<ReturnType<typeof context>>, group: readonly string[]): void {
  const { program, activity, displayZone } = found;
  drop.revert();
  const shift = shiftOfDrop(activity, drop.placed, displayZone);
  if (!shift) return store.showError(`Cannot copy “${activity.title}”: it has no time on the calendar`);
  const outcome = copySelection(program, group, shift, freshActivityId, displayZone);
  if (!outcome.ok) return store.showError(outcome.message);
  if (store.edit(outcome.command)) store.setSelection(createdIds(outcome.command));
}

function createdIds(command: Command): string[] {
  if (command.type === 'activity/create') return [command.activity.id];
  return command.type === 'batch' ? command.commands.flatMap(createdIds) : [];
}

/** Whether a point (client coordinates) lies on the Unscheduled tray. */
export function isOverTray(x: number, y: number, root: ParentNode = document): boolean {
  const tray = root.querySelector('.unscheduled-tray');
  if (!tray) return false;
  const r = tray.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom && r.width > 0 && r.height > 0;
}

/**
 * A drag that ended on the Unscheduled tray (outside the calendar, so FullCalendar has already put
 * the block back): the dragged event, or the whole selection it belongs to, loses its time.
 */
export function dragEndedOnTray(store: AppStore, id: string, x: number, y: number): boolean {
  if (!isOverTray(x, y)) return false;
  const found = context(store, id);
  if (!found) return true;
  const outcome = unscheduleSelection(found.program, gestureGroup(found.selection, id));
  if (!outcome.ok) store.showError(outcome.message);
  else store.edit(outcome.command);
  return true;
}

/** An arrow key: moves the selection; a refusal is explained in the banner. */
export function nudgeSelection(store: AppStore, shift: Shift): boolean {
  const { program, homeTime, selection } = store.getState();
  if (!program || !selection.length) return false;
  const outcome = moveSelection(program, selection, shift, homeTime ? program.homeTimeZone : null);
  if (!outcome.ok) {
    store.showError(outcome.message);
    return false;
  }
  return store.edit(outcome.command);
}

/**
 * Ctrl/Cmd+D or Duplicate: copies of the selection at the same times, which become the selection,
 * so arrow keys move them on (the keyboard's Alt-drag). One undo step.
 */
export function duplicateSelection(store: AppStore): boolean {
  const { program, selection } = store.getState();
  if (!program || !selection.length) return false;
  const outcome = copySelection(program, selection, { days: 0, minutes: 0 }, freshActivityId);
  if (!outcome.ok) {
    store.showError(outcome.message);
    return false;
  }
  if (!store.edit(outcome.command)) return false;
  store.setSelection(createdIds(outcome.command));
  return true;
}

/** Delete or Backspace: the selection goes, as one undo step that puts each back where it was. */
export function deleteSelected(store: AppStore): boolean {
  const { program, selection } = store.getState();
  if (!program || !selection.length) return false;
  const outcome = deleteSelection(program, selection);
  if (!outcome.ok) {
    store.showError(outcome.message);
    return false;
  }
  if (!store.edit(outcome.command)) return false;
  store.select(null);
  return true;
}

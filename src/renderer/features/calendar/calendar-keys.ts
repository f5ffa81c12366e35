/**
 * What keys and modifier keys mean on the calendar, as pure functions of the event's fields, so
 * the rules are unit-tested without a DOM and the help text can never drift from them.
 *
 *   ↑ / ↓            move the selection 15 minutes (one snap of the time grid)
 *   Shift + ↑ / ↓    move it an hour
 *   ← / →            move it a day
 *   Escape           clear the selection
 *   N                new activity (the create form, with editable times)
 *   Ctrl/Cmd + D     duplicate the selection at the same times (then arrows move the copies)
 *   Delete, Backspace   delete the selection (one undo step)
 *   M                Move to…: the selection to a typed date and time
 *   Shift/Ctrl/Cmd-click or -Enter   add an event to the selection or take it out
 *   Alt-drop (also Ctrl-drop on Windows and Linux)   copy instead of move
 *
 * Alt is the copy modifier everywhere because it is Option-drag on macOS and free on the other
 * systems; what counts is the key's state when the button is released. Ctrl is accepted too off
 * macOS, where Ctrl-drag is how file managers copy, but only once the drag is under way:
 * FullCalendar does not start a drag on a Ctrl-press (on a Mac that is a right click), so a
 * Ctrl-click stays a selection toggle.
 */
import type { Shift } from './group-edits';

/** The modifier fields of a keyboard or mouse event. */
export interface Modifiers {
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export interface KeyPress extends Modifiers {
  key: string;
}

/** The snap of the time grid (snapDuration), which one arrow press moves by. */
export const NUDGE_MINUTES = 15;

/** One line for the inspector and tooltips. */
export const SHORTCUT_HELP = '↑ ↓ move 15 min · Shift+↑ ↓ 1 hour · ← → 1 day · M move to… · Esc clears · N new activity · Alt-drag or Ctrl+D copies · Delete removes';

/** How far an arrow key moves the selection, or null when the key is not a nudge. */
export function nudgeOf(key: KeyPress): Shift | null {
  // Ctrl/Cmd/Alt + arrows belong to the system (word jumps, history, switching desktops).
  if (key.ctrlKey || key.metaKey || key.altKey) return null;
  switch (key.key) {
    case 'ArrowUp':
      return { days: 0, minutes: key.shiftKey ? -60 : -NUDGE_MINUTES };
    case 'ArrowDown':
      return { days: 0, minutes: key.shiftKey ? 60 : NUDGE_MINUTES };
    case 'ArrowLeft':
      return key.shiftKey ? null : { days: -1, minutes: 0 };
    case 'ArrowRight':
      return key.shiftKey ? null : { days: 1, minutes: 0 };
    default:
      return null;
  }
}

/** Whether a drop is a copy rather than a move (see the module comment). */
export function isCopyDrop(modifiers: Modifiers, isMac: boolean): boolean {
  return modifiers.altKey || (!isMac && modifiers.ctrlKey);
}

/** Whether a click (or Enter) on an event adds it to / takes it out of the selection rather than replacing it. */
export function isSelectionToggle(modifiers: Modifiers): boolean {
  return modifiers.shiftKey || modifiers.ctrlKey || modifiers.metaKey;
}

/** The plain "N" that opens the create form (not Ctrl+N, which is New Program). */
export function isNewActivityKey(key: KeyPress): boolean {
  return (key.key === 'n' || key.key === 'N') && !key.ctrlKey && !key.metaKey && !key.altKey;
}

/** Whether the computer is a Mac (where Ctrl-click is a right click and Option is the copy key). */
export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** Ctrl+D (Cmd+D on a Mac): duplicate the selection. */
export function isDuplicateKey(key: KeyPress, isMac: boolean): boolean {
  return (key.key === 'd' || key.key === 'D') && !key.altKey && !key.shiftKey && (isMac ? key.metaKey && !key.ctrlKey : key.ctrlKey && !key.metaKey);
}

/** Delete or Backspace without modifiers: delete the selection. */
export function isDeleteKey(key: KeyPress): boolean {
  return (key.key === 'Delete' || key.key === 'Backspace') && !key.altKey && !key.ctrlKey && !key.metaKey && !key.shiftKey;
}

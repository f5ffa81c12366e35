/**
 * Undo/redo from the keyboard and from the application menu, and the test that keeps every
 * single-key shortcut (the calendar's arrows, Escape, N) out of text fields and dialogs.
 */
import { useEffect } from 'react';
import type { Api } from '../api';
import type { AppStore } from './store';

/** Whether the key press belongs to a text field (its own undo must win there). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/**
 * Whether a plain key press (an arrow, Escape, a letter) belongs to what has focus rather than to
 * the calendar: text fields, and anything inside a dialog or a widget that uses arrows itself.
 */
export function keyBelongsToFocus(target: EventTarget | null): boolean {
  if (isTextEntry(target)) return true;
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return true; // radios, ranges, checkboxes: arrows and space are theirs
  return target.closest('dialog, [role=dialog], [role=menu], [role=listbox], [role=tablist], [role=radiogroup], [role=grid], [role=treegrid]') !== null;
}

/** The history action a key press asks for, if any: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y. */
export function historyActionOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

export function useHistoryShortcuts(store: AppStore, api: Api): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      const action = historyActionOf(event);
      if (!action) return;
      event.preventDefault();
      store[action]();
    };
    window.addEventListener('keydown', onKey);
    // preventDefault above keeps Electron from also firing the menu accelerator (it only sees key
    // presses the page left unhandled), so this runs for menu clicks and unhandled presses only.
    const stopMenu = api.onMenuAction((action) => {
      if (action !== 'undo' && action !== 'redo') return;
      // With a text field focused the menu means the field's own undo, not the program's.
      if (isTextEntry(document.activeElement)) document.execCommand(action);
      else store[action]();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [store, api]);
}

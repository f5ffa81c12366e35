/** The words for a save state, as the status bar and toolbar show them. */
import type { SaveState } from '../../shared/ipc/contract';
import { assertNever } from '../../shared/assert';

export function saveStatusText(saveState: SaveState | null, readOnlyReason: string | null): string {
  if (readOnlyReason) return `Read-only: ${readOnlyReason}`;
  if (!saveState) return '';
  switch (saveState.status) {
    case 'saved':
      return 'Saved';
    // An edit waiting for the autosave debounce is, to the planner, already being saved.
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Cannot save: ${saveState.message ?? 'unknown error'}`;
    case 'conflict':
      return `Changed on disk by someone else${saveState.message ? `: ${saveState.message}` : ''}`;
    case 'read-only':
      return `Read-only: ${saveState.message ?? 'this file cannot be written'}`;
    default:
      return assertNever(saveState.status);
  }
}

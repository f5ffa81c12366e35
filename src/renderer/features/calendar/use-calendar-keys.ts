/**
 * The calendar's shortcuts (see calendar-keys.ts for the list): arrows nudge the selection,
 * Ctrl/Cmd+D duplicates it, Delete removes it, Escape clears it, N opens the create form. They act only while the calendar is on
 * screen and focus is not in a text field or dialog, which keep their own keys.
 */
import { useEffect, type RefObject } from 'react';
import { keyBelongsToFocus } from '../../state/keyboard';
import type { AppStore } from '../../state/store';
import { deleteSelected, duplicateSelection, nudgeSelection } from './calendar-gestures';
import { isDeleteKey, isDuplicateKey, isMacPlatform, isNewActivityKey, nudgeOf } from './calendar-keys';

const IS_MAC = isMacPlatform(navigator.platform);

export function useCalendarKeys(
  store: AppStore,
  container: RefObject<HTMLElement | null>,
  openCreate: () => void,
  /** Set to the event to focus again once it is drawn at its new place. */
  refocus: RefObject<string | null>,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || keyBelongsToFocus(event.target)) return;
      const root = container.current;
      // Hidden (another workspace fills the centre) or gone: the keys are not ours.
      if (!root?.isConnected || !root.getClientRects().length) return;
      const { selection, program } = store.getState();
      if (!program) return;
      if (event.key === 'Escape') {
        if (!selection.length) return;
        event.preventDefault();
        store.select(null);
        return;
      }
      if (isNewActivityKey(event)) {
        event.preventDefault();
        openCreate();
        return;
      }
      if (!selection.length) return;
      // Keys change the selection only from the calendar, the inspector showing it, or nowhere in
      // particular: pressed on a sidebar or toolbar button they must not change activities unseen.
      const active = document.activeElement;
      if (active && active !== document.body && !root.contains(active) && !active.closest('.inspector')) return;
      if (isDuplicateKey(event, IS_MAC)) {
        event.preventDefault();
        duplicateSelection(store);
        return;
      }
      // M: Move to… (a date and time typed in), the keyboard's drag; the inspector shows the form.
      if ((event.key === 'm' || event.key === 'M') && !event.ctrlKey && !event.metaKey && !event.altKey) {
        const button = document.querySelector<HTMLButtonElement>('.inspector .move-to');
        if (!button) return;
        event.preventDefault();
        button.click();
        return;
      }
      if (isDeleteKey(event)) {
        event.preventDefault();
        deleteSelected(store);
        return;
      }
      const shift = nudgeOf(event);
      if (!shift) return;
      // Arrows would otherwise scroll the grid as well.
      event.preventDefault();
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-event-id]') : null;
      if (!nudgeSelection(store, shift) || !focused?.dataset.eventId) return;
      // FullCalendar draws the moved block anew, which drops the focus: onEventDidMount puts it
      // back. Cleared after two frames so a later, unrelated redraw never steals the focus.
      refocus.current = focused.dataset.eventId;
      requestAnimationFrame(() => requestAnimationFrame(() => (refocus.current = null)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, container, openCreate, refocus]);
}

/**
 * Activities without a time yet. Drag one onto the calendar to schedule it there (FullCalendar's
 * external dragging; the calendar's `drop` turns it into a command), or select it and use
 * "Schedule at" in the inspector. Dragging an event from the calendar onto the tray unschedules
 * it (the calendar hit-tests its drag's end against this section, see calendar-gestures.ts).
 */
import { Draggable } from '@fullcalendar/react/interaction';
import { useCallback, useMemo } from 'react';
import type { Program } from '../../../shared/program/schema';
import { useAppState, useAppStore } from '../../state/store-context';

export function UnscheduledTray({ program }: { program: Program }) {
  const store = useAppStore();
  const selection = useAppState((s) => s.selection);
  const unscheduled = useMemo(() => program.activities.filter((a) => a.timing.kind === 'unscheduled'), [program.activities]);
  // A ref callback with cleanup (React 19): the list mounts and unmounts with its first and last item.
  const listRef = useCallback((list: HTMLUListElement | null) => {
    if (!list) return;
    // Hotel stays drag as all-day events, so they land in the Hotels row, spanning their nights;
    // the rest as timed ones. create: true so FullCalendar checks the drop with the calendar's
    // eventAllow (all-day and timed kept apart; without it, it checks selectAllow, which refuses
    // the Hotels row); the calendar takes its own copy back on eventReceive and the store adds
    // the real event once the command applies.
    const draggable = new Draggable(list, {
      itemSelector: '[data-tray-id]',
      eventData: (el) => {
        const minutes = Number(el.dataset.minutes) || 60;
        return el.dataset.kind === 'hotel-stay'
          ? { title: el.textContent ?? '', allDay: true, duration: { days: Math.max(1, Math.ceil(minutes / 1440)) }, create: true }
          : { title: el.textContent ?? '', duration: { minutes }, create: true };
      },
    });
    return () => draggable.destroy();
  }, []);
  return (
    <section className="unscheduled-tray" aria-label="Unscheduled activities">
      <h3 className="section-title">Unscheduled ({unscheduled.length})</h3>
      <p className="tray-drop-hint muted small">Drop here to unschedule</p>
      {unscheduled.length ? (
        <ul className="plain-list" ref={listRef}>
          {unscheduled.map((a) => (
            <li key={a.id}>
              <button type="button" className="link-button" aria-pressed={selection.includes(a.id)} data-tray-id={a.id}
                data-minutes={a.timing.kind === 'unscheduled' ? a.timing.durationMinutes : undefined}
                data-kind={a.type}
                onClick={() => store.select(a.id)}>
                {a.title}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">Every activity has a time.</p>
      )}
    </section>
  );
}

/**
 * Activities without a time yet. Drag one onto the calendar to schedule it there (FullCalendar's
 * external dragging; the calendar's `drop` turns it into a command), or select it and use
 * "Schedule at" in the inspector. Dragging an event from the calendar onto the tray unschedules
 * it (the calendar hit-tests its drag's end against this section, see calendar-gestures.ts).
 */
import { Draggable } from '@fullcalendar/react/interaction';
import { useCallback, useMemo } from 'react';
import type { Program } from '../../../shared/program/schema';
import { useAppState, useProgramStore } from '../../state/store-context';

export function UnscheduledTray({ program }: { program: Program }) {
  const store = useProgramStore();
  const selection = useAppState((s) => s.selection);
  const unscheduled = useMemo(() => program.activities.filter((a) => a.timing.kind === 'unscheduled'), [program.activities]);
  // A ref callback with cleanup (React 19): the list mounts and unmounts with its first and last item.
  const listRef = useCallback((list: HTMLUListElement | null) => {
    if (!list) return;
    // create: false: the drop only reports where; the store adds the event once the command applies.
    const draggable = new Draggable(list, {
      itemSelector: '[data-tray-id]',
      eventData: (el) => ({ title: el.textContent ?? '', duration: { minutes: Number(el.dataset.minutes) || 60 }, create: false }),
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

/**
 * The two ends of a scheduled activity as local date-times, each labelled with its own clock, zone
 * abbreviation and place ("Departs 14:05 EDT · Washington"), because the two ends of a journey are
 * local to different cities. Nothing shows for an unscheduled activity (SchedulingControls does).
 */
import type { Activity } from '../../../shared/program/schema';
import { editLocal } from '../../model/activity-edit';
import { Field, type Commit } from './fields';
import { localTimeLabel } from './venue-options';

export function TimeFields({
  activity,
  commit,
  names,
  places,
}: {
  activity: Activity;
  commit: Commit;
  /** What each end is called: "Start"/"End", "Departs"/"Arrives", "Check-in"/"Check-out". */
  names: { start: string; end: string };
  /** The city each end is local to. */
  places: { start: string; end: string };
}) {
  const timing = activity.timing;
  if (timing.kind !== 'scheduled') return null;
  // Keys carry the stored zoned strings, so an undo, a drag or a change of place (a new zone)
  // remounts the field with its new value and label.
  return (
    <>
      <Field
        key={`start:${timing.start}`}
        field="start"
        label={names.start}
        hint={localTimeLabel(timing.start, places.start)}
        type="datetime-local"
        value={editLocal(activity, 'start')}
        commit={commit}
      />
      <Field
        key={`end:${timing.end}:${timing.start}`}
        field="end"
        label={names.end}
        hint={localTimeLabel(timing.end, places.end)}
        type="datetime-local"
        value={editLocal(activity, 'end')}
        commit={commit}
      />
    </>
  );
}

/**
 * The editable fields of the selected activity: the common ones here, each type's own in
 * PlaceFields, TravelFields and HotelFields. Every commit is ONE `activity/update` command, built
 * and fully checked by the pure functions of activity-edit.ts (the shared schema and the program
 * validator's per-activity checks) before it is sent; a refused value stays beside its field with
 * the reason and nothing is sent. Main validates again. Fields remount when the stored value
 * changes (undo, a drag), because their keys carry it.
 */
import type { Activity, Program } from '../../../shared/program/schema';
import { useAppStore } from '../../state/store-context';
import { AttendeesEditor } from './AttendeesEditor';
import { applyFieldEdit, toggleMeal, type EditResult } from '../../model/activity-edit';
import { ArrangingFields } from '../arranging/ArrangingFields';
import { Field, type Commit } from './fields';
import { HotelFields } from './HotelFields';
import { PlaceFields } from './PlaceFields';
import { TranslationsEditor } from './TranslationsEditor';
import { TravelFields } from './TravelFields';
import { VenueDetails } from './VenueDetails';
import './editor.css';

export function ActivityEditor({ activity, program }: { activity: Activity; program: Program }) {
  const store = useAppStore();
  /** Sends a checked edit as one command; answers the refusal to show instead. */
  const offer = (result: EditResult): string | null => {
    if (!result.ok) return result.error;
    store.edit({ type: 'activity/update', activity: result.activity });
    return null;
  };
  const commit: Commit = (field, raw) => offer(applyFieldEdit(activity, field, raw, program));
  const venueId = activity.type === 'travel' ? null : activity.type === 'hotel-stay' ? activity.hotelVenueId : activity.venueId;
  const venue = venueId ? program.venues.find((v) => v.id === venueId) : undefined;
  return (
    <section className="activity-editor" aria-label="Edit activity">
      <h3 className="section-title">Edit</h3>
      <Field key={`title:${activity.title}`} field="title" label="Title" value={activity.title} commit={commit} />
      <ArrangingFields activity={activity} program={program} />
      {activity.type === 'travel' ? (
        <TravelFields activity={activity} program={program} commit={commit} />
      ) : activity.type === 'hotel-stay' ? (
        <HotelFields activity={activity} program={program} commit={commit} />
      ) : (
        <PlaceFields activity={activity} program={program} commit={commit} toggleMeal={(meal, on) => offer(toggleMeal(activity, meal, on, program))} />
      )}
      {venue ? <VenueDetails key={venue.id} venue={venue} /> : null}
      <AttendeesEditor activity={activity} program={program} />
      <Field key={`tn:${activity.travelerNotes}`} field="travelerNotes" label="Traveler notes" multiline value={activity.travelerNotes} commit={commit} />
      <Field key={`in:${activity.internalNotes}`} field="internalNotes" label="Internal notes (planner only)" multiline value={activity.internalNotes} commit={commit} />
      <TranslationsEditor activity={activity} program={program} />
    </section>
  );
}

/**
 * A journey's own fields: mode, carrier and number, origin and destination (venues grouped by
 * city, airports first for a flight and stations first for a train), departure local to the
 * origin, arrival local to the destination, and the pick-up point.
 */
import type { Program, TravelActivity } from '../../../shared/program/schema';
import { Choice, Field, type Commit } from './fields';
import { TimeFields } from './TimeFields';
import { cityNameOfVenue, preferredKinds, venueGroups } from './venue-options';

const MODES = [
  { value: 'flight', label: 'Flight' },
  { value: 'train', label: 'Train' },
  { value: 'ground', label: 'Ground transport' },
];

export function TravelFields({ activity, program, commit }: { activity: TravelActivity; program: Program; commit: Commit }) {
  const places = venueGroups(program, { first: preferredKinds(activity.mode) });
  const ticketed = activity.mode !== 'ground';
  return (
    <>
      <Choice key={`mode:${activity.mode}`} field="mode" label="Mode" value={activity.mode} options={MODES} commit={commit} />
      <div className="edit-pair">
        <Field key={`carrier:${activity.carrier}`} field="carrier" label={ticketed ? 'Carrier' : 'Operator'} value={activity.carrier} commit={commit} />
        <Field
          key={`number:${activity.number}`}
          field="number"
          label={activity.mode === 'flight' ? 'Flight number' : activity.mode === 'train' ? 'Train number' : 'Booking reference'}
          value={activity.number}
          commit={commit}
        />
      </div>
      <Choice key={`from:${activity.originVenueId}`} field="originVenueId" label="From" value={activity.originVenueId} options={places} commit={commit} />
      <Choice
        key={`to:${activity.destinationVenueId}`}
        field="destinationVenueId"
        label="To"
        value={activity.destinationVenueId}
        options={places}
        commit={commit}
      />
      <TimeFields
        activity={activity}
        commit={commit}
        names={{ start: 'Departs', end: 'Arrives' }}
        places={{ start: cityNameOfVenue(program, activity.originVenueId), end: cityNameOfVenue(program, activity.destinationVenueId) }}
      />
      <Field key={`pickup:${activity.pickupPoint}`} field="pickupPoint" label="Pick-up point" multiline value={activity.pickupPoint} commit={commit} />
    </>
  );
}

/** A hotel stay's own fields: the hotel (hotels only, by city), check-in and check-out local to it. */
import type { HotelStayActivity, Program } from '../../../shared/program/schema';
import { Choice, type Commit } from './fields';
import { TimeFields } from './TimeFields';
import { cityNameOfVenue, venueGroups } from './venue-options';

export function HotelFields({ activity, program, commit }: { activity: HotelStayActivity; program: Program; commit: Commit }) {
  const city = cityNameOfVenue(program, activity.hotelVenueId);
  return (
    <>
      <Choice
        key={`hotel:${activity.hotelVenueId}`}
        field="hotelVenueId"
        label="Hotel"
        value={activity.hotelVenueId}
        options={venueGroups(program, { only: ['hotel'] })}
        commit={commit}
      />
      <TimeFields activity={activity} commit={commit} names={{ start: 'Check-in', end: 'Check-out' }} places={{ start: city, end: city }} />
    </>
  );
}

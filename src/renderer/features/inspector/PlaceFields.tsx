/**
 * The fields of an activity at one place (a meeting, a meal, a site visit...): type, city and venue,
 * start and end local to the city, interpretation, meals provided, dress code and host.
 */
import { PLACE_ACTIVITY_TYPES, type PlaceActivity, type Program } from '../../../shared/program/schema';
import { TYPE_LABELS } from './activity-details';
import { MEALS, type Meal } from '../../model/activity-edit';
import { Choice, Field, Ticks, type Commit } from './fields';
import { TimeFields } from './TimeFields';

const TYPES = PLACE_ACTIVITY_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }));
const INTERPRETATION = [
  { value: 'none', label: 'None' },
  { value: 'consecutive', label: 'Consecutive (allow about twice the time)' },
  { value: 'simultaneous', label: 'Simultaneous' },
];
const MEAL_OPTIONS = MEALS.map((m) => ({ value: m, label: m[0]?.toUpperCase() + m.slice(1) }));

export function PlaceFields({
  activity,
  program,
  commit,
  toggleMeal,
}: {
  activity: PlaceActivity;
  program: Program;
  commit: Commit;
  toggleMeal: (meal: Meal, on: boolean) => string | null;
}) {
  const city = program.cities.find((c) => c.id === activity.cityId);
  const cities = program.cities.map((c) => ({ value: c.id, label: c.region ? `${c.name}, ${c.region}` : c.name }));
  const venues = [
    { value: '', label: 'No venue' },
    ...program.venues.filter((v) => v.cityId === activity.cityId).map((v) => ({ value: v.id, label: v.name })),
  ];
  const host = activity.host;
  return (
    <>
      <Choice key={`type:${activity.type}`} field="type" label="Type" value={activity.type} options={TYPES} commit={commit} />
      <Choice key={`city:${activity.cityId}`} field="cityId" label="City" value={activity.cityId} options={cities} commit={commit} />
      <Choice key={`venue:${activity.venueId}`} field="venueId" label="Venue" value={activity.venueId ?? ''} options={venues} commit={commit} />
      <TimeFields activity={activity} commit={commit} names={{ start: 'Start', end: 'End' }} places={{ start: city?.name ?? '', end: city?.name ?? '' }} />
      <Choice
        key={`interp:${activity.interpretation}`}
        field="interpretation"
        label="Interpretation"
        value={activity.interpretation}
        options={INTERPRETATION}
        commit={commit}
      />
      <Ticks name="mealsProvided" legend="Meals provided" options={MEAL_OPTIONS} chosen={activity.mealsProvided} toggle={(m, on) => toggleMeal(m as Meal, on)} />
      <Field key={`dress:${activity.dressCode}`} field="dressCode" label="Dress code" value={activity.dressCode} commit={commit} />
      <Field key={`ho:${host?.organization}`} field="host.organization" label="Host organization" value={host?.organization ?? ''} commit={commit} />
      <Field key={`hc:${host?.contactName}`} field="host.contactName" label="Host contact" value={host?.contactName ?? ''} commit={commit} />
      <Field key={`hp:${host?.phone}`} field="host.phone" label="Host phone" value={host?.phone ?? ''} commit={commit} />
      <Field key={`he:${host?.email}`} field="host.email" label="Host email" value={host?.email ?? ''} commit={commit} />
    </>
  );
}

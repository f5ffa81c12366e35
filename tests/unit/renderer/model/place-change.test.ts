/**
 * Every field of a journey, a hotel stay and a place activity, edited through the inspector's pure
 * functions: Washington (America/New_York) and Phoenix (America/Phoenix, standard time all year)
 * around the US spring-forward of Sunday 2024-03-10.
 */
import { describe, expect, it } from 'vitest';
import { emptyProgram, EVERYONE, placeActivity } from '../../../../src/shared/program/factory';
import type { HotelStayActivity, Program, TravelActivity, Venue } from '../../../../src/shared/program/schema';
import { applyFieldEdit, scheduleAt, toggleMeal } from '../../../../src/renderer/model/activity-edit';
import { changeCity, changeOrigin, sameWallTimeIn } from '../../../../src/renderer/model/place-change';
import { localTimeLabel, venueGroups } from '../../../../src/renderer/features/inspector/venue-options';

const NY = 'America/New_York';
const PHX = 'America/Phoenix';

function venue(id: string, cityId: string, kind: Venue['kind'], name: string, code = ''): Venue {
  return { id, cityId, kind, name, code, address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null };
}

const program: Program = {
  ...emptyProgram({ id: 'p', title: 'P', startDate: '2024-03-04', endDate: '2024-03-15', homeTimeZone: NY }),
  cities: [
    { id: 'washington', name: 'Washington', region: 'DC', country: 'US', timeZone: NY },
    { id: 'phoenix', name: 'Phoenix', region: 'AZ', country: 'US', timeZone: PHX },
  ],
  venues: [
    venue('v-hall', 'washington', 'venue', 'Conference Hall'),
    venue('v-hotel-dc', 'washington', 'hotel', 'Foggy Bottom Hotel'),
    venue('v-union', 'washington', 'station', 'Union Station'),
    venue('v-dca', 'washington', 'airport', 'Reagan National', 'DCA'),
    venue('v-phx', 'phoenix', 'airport', 'Sky Harbor', 'PHX'),
    venue('v-hotel-phx', 'phoenix', 'hotel', 'Camelback Inn'),
    venue('v-court', 'phoenix', 'venue', 'County Court'),
  ],
};

/** DCA 09:00 EDT (13:00Z) to PHX 11:00 MST (18:00Z) on the first day of US daylight saving time. */
const flight: TravelActivity = {
  id: 'f1',
  title: 'Washington to Phoenix',
  status: 'confirmed',
  timing: { kind: 'scheduled', start: `2024-03-10T09:00:00-04:00[${NY}]`, end: `2024-03-10T11:00:00-07:00[${PHX}]` },
  attendees: EVERYONE,
  travelerNotes: '',
  internalNotes: '',
  translations: [],
  type: 'travel',
  mode: 'flight',
  carrier: 'American Airlines',
  number: 'AA 2335',
  originVenueId: 'v-dca',
  destinationVenueId: 'v-phx',
  pickupPoint: '', rebook: false,
};

const stay: HotelStayActivity = {
  id: 'h1',
  title: 'Foggy Bottom Hotel',
  status: 'confirmed',
  timing: { kind: 'scheduled', start: `2024-03-08T15:00:00-05:00[${NY}]`, end: `2024-03-11T11:00:00-04:00[${NY}]` },
  attendees: EVERYONE,
  travelerNotes: '',
  internalNotes: '',
  translations: [],
  type: 'hotel-stay',
  hotelVenueId: 'v-hotel-dc',
  rebook: false,
};

const meeting = placeActivity({
  id: 'm1',
  title: 'Court visit',
  cityId: 'washington',
  venueId: 'v-hall',
  timing: { kind: 'scheduled', start: `2024-03-11T10:00:00-04:00[${NY}]`, end: `2024-03-11T11:30:00-04:00[${NY}]` },
});

function ok<T>(result: { ok: true; activity: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.activity;
}

describe('journeys', () => {
  it('edits the arrival in the destination zone and compares instants, not wall times', () => {
    // 08:30 in Phoenix (15:30Z) is after 09:00 in Washington (13:00Z) though its clock reads earlier.
    const earlier = ok(applyFieldEdit(flight, 'end', '2024-03-10T08:30', program));
    expect(earlier.timing).toEqual({ ...flight.timing, end: `2024-03-10T08:30:00-07:00[${PHX}]` });
    // 06:00 MST is 13:00Z, the departure's instant: refused, as is anything before it.
    expect(applyFieldEdit(flight, 'end', '2024-03-10T06:00', program)).toEqual({ ok: false, error: 'The arrival must be after the departure' });
    expect(applyFieldEdit(flight, 'start', '2024-03-10T14:00', program)).toEqual({ ok: false, error: 'The arrival must be after the departure' });
  });

  it('labels each end with its own zone abbreviation across the DST change', () => {
    expect(localTimeLabel(`2024-03-09T09:00:00-05:00[${NY}]`, 'Washington')).toBe('09:00 EST · Washington');
    expect(localTimeLabel(flight.timing.kind === 'scheduled' ? flight.timing.start : '', 'Washington')).toBe('09:00 EDT · Washington');
    expect(localTimeLabel(`2024-03-09T11:00:00-07:00[${PHX}]`, 'Phoenix')).toBe('11:00 MST · Phoenix');
    expect(localTimeLabel(`2024-03-10T11:00:00-07:00[${PHX}]`, 'Phoenix')).toBe('11:00 MST · Phoenix');
  });

  it('keeps the local departure time when the origin moves to another zone', () => {
    // Phoenix to Phoenix is a silly flight, but it shows the rule: 09:00 stays 09:00, now MST (16:00Z).
    const moved = ok(changeOrigin(flight, program, 'v-phx'));
    expect(moved.originVenueId).toBe('v-phx');
    expect(moved.timing).toEqual({ ...flight.timing, start: `2024-03-10T09:00:00-07:00[${PHX}]` });
    // Within one zone nothing but the venue changes.
    const same = ok(applyFieldEdit(flight, 'originVenueId', 'v-union', program));
    expect(same.timing).toEqual(flight.timing);
  });

  it('refuses an origin whose zone puts the departure after the arrival, or skips the wall time', () => {
    // DCA 09:00 EDT (13:00Z) to Union Station 10:30 EDT (14:30Z). From Phoenix, 09:00 MST is 16:00Z:
    // after the arrival, so the new origin is refused rather than saved out of order.
    const short: TravelActivity = {
      ...flight,
      destinationVenueId: 'v-union',
      timing: { kind: 'scheduled', start: `2024-03-10T09:00:00-04:00[${NY}]`, end: `2024-03-10T10:30:00-04:00[${NY}]` },
    };
    expect(applyFieldEdit(short, 'originVenueId', 'v-phx', program)).toEqual({
      ok: false,
      error: 'At the same local time there, the departure would be after the arrival: change the arrival first',
    });
    // 02:30 on 2024-03-10 exists in Phoenix but not in Washington, whose clocks jump 02:00 -> 03:00.
    expect(() => sameWallTimeIn(`2024-03-10T02:30:00-07:00[${PHX}]`, NY)).toThrow(/does not exist/);
    const night: TravelActivity = {
      ...flight,
      originVenueId: 'v-phx',
      destinationVenueId: 'v-dca',
      timing: { kind: 'scheduled', start: `2024-03-10T02:30:00-07:00[${PHX}]`, end: `2024-03-10T12:00:00-04:00[${NY}]` },
    };
    expect(applyFieldEdit(night, 'originVenueId', 'v-dca', program)).toEqual({
      ok: false,
      error: `2024-03-10 02:30 does not exist in ${NY} (daylight saving time skips it)`,
    });
  });

  it('edits mode, carrier, number and pick-up point, and refuses what the schema does not allow', () => {
    expect(ok(applyFieldEdit(flight, 'number', ' AA 2336 ', program))).toMatchObject({ number: 'AA 2336' });
    expect(ok(applyFieldEdit(flight, 'mode', 'train', program))).toMatchObject({ mode: 'train' });
    expect(ok(applyFieldEdit(flight, 'pickupPoint', 'Door 4', program))).toMatchObject({ pickupPoint: 'Door 4', rebook: false });
    expect(applyFieldEdit(flight, 'mode', 'boat', program).ok).toBe(false);
    expect(applyFieldEdit(flight, 'carrier', 'x'.repeat(301), program)).toEqual({ ok: false, error: 'Too long: at most 300 characters' });
    expect(applyFieldEdit(flight, 'destinationVenueId', 'v-nowhere', program)).toEqual({ ok: false, error: 'Choose a venue from the list' });
    expect(applyFieldEdit(flight, 'dressCode', 'Casual', program)).toEqual({ ok: false, error: 'Not used by this activity type' });
  });

  it('lists venues by city, airports first for a flight and stations first for a train', () => {
    const groups = venueGroups(program, { first: ['airport'] });
    expect(groups.map((g) => g.label)).toEqual(['Washington, DC', 'Phoenix, AZ']);
    expect(groups[0]?.options.map((o) => o.label)).toEqual(['DCA · Reagan National', 'Conference Hall', 'Foggy Bottom Hotel', 'Union Station']);
    expect(venueGroups(program, { first: ['station'] })[0]?.options[0]?.value).toBe('v-union');
    expect(venueGroups(program, { only: ['hotel'] }).map((g) => g.options.map((o) => o.value))).toEqual([['v-hotel-dc'], ['v-hotel-phx']]);
  });
});

describe('hotel stays', () => {
  it('edits check-out local to the hotel across the DST change, and refuses one before check-in', () => {
    expect(ok(applyFieldEdit(stay, 'end', '2024-03-12T10:00', program)).timing).toEqual({ ...stay.timing, end: `2024-03-12T10:00:00-04:00[${NY}]` });
    expect(applyFieldEdit(stay, 'end', '2024-03-08T12:00', program)).toEqual({ ok: false, error: 'The check-out must be after the check-in' });
  });

  it('moves to a hotel in another zone keeping check-in and check-out wall times, and refuses a non-hotel', () => {
    const moved = ok(applyFieldEdit(stay, 'hotelVenueId', 'v-hotel-phx', program));
    expect(moved.timing).toEqual({ kind: 'scheduled', start: `2024-03-08T15:00:00-07:00[${PHX}]`, end: `2024-03-11T11:00:00-07:00[${PHX}]` });
    expect(applyFieldEdit(stay, 'hotelVenueId', 'v-phx', program)).toEqual({ ok: false, error: 'Choose a hotel from the list' });
  });
});

describe('place activities', () => {
  it('moves to another city in one edit: times keep their wall clock, a venue left behind is cleared', () => {
    const moved = ok(changeCity(meeting, program, 'phoenix'));
    expect(moved).toMatchObject({ cityId: 'phoenix', venueId: null });
    expect(moved.timing).toEqual({ kind: 'scheduled', start: `2024-03-11T10:00:00-07:00[${PHX}]`, end: `2024-03-11T11:30:00-07:00[${PHX}]` });
    const back = ok(applyFieldEdit({ ...moved, venueId: 'v-court' }, 'cityId', 'washington', program));
    expect(back).toMatchObject({ cityId: 'washington', venueId: null, timing: meeting.timing });
    const unscheduled = { ...meeting, timing: { kind: 'unscheduled' as const, durationMinutes: 60 } };
    expect(ok(applyFieldEdit(unscheduled, 'cityId', 'phoenix', program))).toMatchObject({ cityId: 'phoenix', venueId: null, timing: unscheduled.timing });
    expect(applyFieldEdit(meeting, 'cityId', 'atlantis', program)).toEqual({ ok: false, error: 'Choose a city from the list' });
  });

  it('refuses a venue in another city', () => {
    expect(applyFieldEdit(meeting, 'venueId', 'v-court', program)).toEqual({ ok: false, error: 'venue "v-court" is in city "phoenix", not "washington"' });
  });

  it('sets interpretation and ticks meals in the order of the day', () => {
    expect(ok(applyFieldEdit(meeting, 'interpretation', 'consecutive', program))).toMatchObject({ interpretation: 'consecutive' });
    expect(applyFieldEdit(meeting, 'interpretation', 'whispered', program).ok).toBe(false);
    const dinner = ok(toggleMeal(meeting, 'dinner', true, program));
    const both = ok(toggleMeal(dinner, 'breakfast', true, program));
    expect(both).toMatchObject({ mealsProvided: ['breakfast', 'dinner'] });
    expect(ok(toggleMeal(both, 'breakfast', true, program))).toMatchObject({ mealsProvided: ['breakfast', 'dinner'] });
    expect(ok(toggleMeal(both, 'dinner', false, program))).toMatchObject({ mealsProvided: ['breakfast'] });
    expect(toggleMeal(flight, 'lunch', true, program)).toEqual({ ok: false, error: 'Not used by this activity type' });
  });
});

describe('scheduling a journey from the tray', () => {
  it('writes the departure at the origin and the arrival at the destination', () => {
    const floating: TravelActivity = { ...flight, timing: { kind: 'unscheduled', durationMinutes: 300 } };
    expect(ok(scheduleAt(floating, program, '2024-03-11T09:00')).timing).toEqual({
      kind: 'scheduled',
      start: `2024-03-11T09:00:00-04:00[${NY}]`,
      end: `2024-03-11T11:00:00-07:00[${PHX}]`,
    });
  });
});

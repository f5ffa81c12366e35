/** The calendar projection and the drop -> command conversion, at wall times of each place. */
import { describe, expect, it } from 'vitest';
import { EVERYONE, placeActivity } from '../../../../../src/shared/program/factory';
import type { Activity, HotelStayActivity, TravelActivity } from '../../../../../src/shared/program/schema';
import { zonedFromLocal } from '../../../../../src/shared/time';
import { commandForDrop, commandForResize } from '../../../../../src/renderer/features/calendar/calendar-edits';
import { buildIndex, eventsInRange, ProjectionCache } from '../../../../../src/renderer/features/calendar/event-index';
import { projectActivity, projectionContext, travelTimesText, type EventMeta } from '../../../../../src/renderer/features/calendar/projection';
import { formatLocalSpan } from '../../../../../src/renderer/model/zone-format';

const NY = 'America/New_York';
const PHX = 'America/Phoenix';
const CHI = 'America/Chicago';
const lookups = {
  groups: [{ id: 'g1', name: 'Group 1', color: '#1f6feb', participantIds: ['p1'], staffIds: [] }],
  participants: [],
  cities: [
    { id: 'dc', name: 'Washington', region: 'DC', country: 'US', timeZone: NY },
    { id: 'phx', name: 'Phoenix', region: 'AZ', country: 'US', timeZone: PHX },
  ],
  venues: [
    { id: 'dca', cityId: 'dc', kind: 'airport' as const, name: 'Reagan National', code: 'DCA', address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null },
    { id: 'phx-air', cityId: 'phx', kind: 'airport' as const, name: 'Sky Harbor', code: 'PHX', address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null },
    { id: 'hotel', cityId: 'phx', kind: 'hotel' as const, name: 'Desert Inn', code: '', address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null },
  ],
};
const context = projectionContext(lookups);
const utc = (wall: string) => new Date(`${wall}Z`);

function flight(start: string, startZone: string, end: string, endZone: string): TravelActivity {
  return {
    id: 'f1', type: 'travel', title: 'Flight', status: 'confirmed', attendees: EVERYONE, travelerNotes: '', internalNotes: '',
    translations: [],
    timing: { kind: 'scheduled', start: zonedFromLocal(start, startZone), end: zonedFromLocal(end, endZone) },
    mode: 'flight', carrier: 'AA', number: '1', originVenueId: 'dca', destinationVenueId: 'phx-air', pickupPoint: '', rebook: false,
  };
}

describe('projection', () => {
  it('places an activity at its own wall time and colors it by its group', () => {
    const meeting = placeActivity({ id: 'm', title: 'Police', cityId: 'phx', attendees: { everyone: false, groupIds: ['g1'], participantIds: [], staffIds: [] }, timing: { kind: 'scheduled', start: zonedFromLocal('2024-05-06T09:00', PHX), end: zonedFromLocal('2024-05-06T10:30', PHX) } });
    const event = projectActivity(meeting, context);
    expect(event?.input.start).toBe(Date.UTC(2024, 4, 6, 9, 0));
    expect(event?.input.end).toBe(Date.UTC(2024, 4, 6, 10, 30));
    expect(event?.input.color).toBe('#1f6feb');
  });

  it('starts a flight at local departure and ends it at local arrival, both zones in its title', () => {
    const east = projectActivity(flight('2024-05-06T08:00', NY, '2024-05-06T12:30', PHX), context);
    expect(east?.input.start).toBe(Date.UTC(2024, 4, 6, 8, 0));
    expect(east?.input.end).toBe(Date.UTC(2024, 4, 6, 12, 30));
    expect(east?.input.title).toContain('08:00 EDT → 12:30 MST');
  });

  it('sizes a flight by its exact duration when the arrival clock reads earlier than departure', () => {
    // 10:00 New York (EDT) -> 10:45 Chicago (CDT) is 1 h 45 min in the air; the block runs to the
    // arrival clock. 10:00 EDT -> 09:50 CDT (50 min) would run backwards: it gets its exact length.
    const later = projectActivity(flight('2024-05-06T10:00', NY, '2024-05-06T10:45', CHI), context);
    expect((later?.input.end as number) - (later?.input.start as number)).toBe(45 * 60_000);
    const earlier = projectActivity(flight('2024-05-06T10:00', NY, '2024-05-06T09:50', CHI), context);
    expect((earlier?.input.end as number) - (earlier?.input.start as number)).toBe(50 * 60_000);
    const ends = (earlier?.input.extendedProps as EventMeta | undefined)?.travelTimes;
    expect(ends && travelTimesText(ends, 'h23')).toBe('10:00 EDT → 09:50 CDT');
    expect(ends && travelTimesText(ends, 'h12')).toBe('10:00 AM EDT → 9:50 AM CDT');
  });

  it('puts a hotel stay in the all-day row, check-in through check-out day', () => {
    const stay: HotelStayActivity = {
      id: 'h', type: 'hotel-stay', title: 'Desert Inn', status: 'confirmed', attendees: EVERYONE, travelerNotes: '', internalNotes: '', translations: [], hotelVenueId: 'hotel', rebook: false,
      timing: { kind: 'scheduled', start: zonedFromLocal('2024-05-06T15:00', PHX), end: zonedFromLocal('2024-05-09T11:00', PHX) },
    };
    expect(projectActivity(stay, context)?.input).toMatchObject({ allDay: true, start: '2024-05-06', end: '2024-05-10' });
    const moved = commandForDrop(stay, { start: utc('2024-05-07T00:00:00'), end: null, allDay: true });
    expect(moved).toEqual({ ok: true, command: { type: 'activity/set-times', id: 'h', start: zonedFromLocal('2024-05-07T15:00', PHX), end: zonedFromLocal('2024-05-10T11:00', PHX) } });
    expect(commandForDrop(stay, { start: utc('2024-05-07T09:00:00'), end: null, allDay: false }).ok).toBe(false);
  });

  it('returns only the events overlapping a range, from an index sorted by wall start', () => {
    const activities: Activity[] = [];
    for (let day = 1; day <= 20; day++) {
      const date = `2024-05-${String(day).padStart(2, '0')}`;
      activities.push(placeActivity({ id: `m${day}`, title: `Day ${day}`, cityId: 'dc', timing: { kind: 'scheduled', start: zonedFromLocal(`${date}T09:00`, NY), end: zonedFromLocal(`${date}T10:00`, NY) } }));
    }
    const index = buildIndex({ ...lookups, activities }, new ProjectionCache());
    const week = eventsInRange(index, Date.UTC(2024, 4, 6), Date.UTC(2024, 4, 13));
    expect(week.map((e) => e.id)).toEqual(['m6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12']);
  });
});

describe('drops', () => {
  const meeting = placeActivity({ id: 'm', title: 'Briefing', cityId: 'dc', timing: { kind: 'scheduled', start: zonedFromLocal('2024-03-09T23:00', NY), end: zonedFromLocal('2024-03-10T00:00', NY) } });

  it('turns a dropped wall time into a move in the activity’s own zone', () => {
    expect(commandForDrop(meeting, { start: utc('2024-03-11T09:15:00'), end: null, allDay: false })).toEqual({
      ok: true,
      command: { type: 'activity/move', id: 'm', start: '2024-03-11T09:15:00-04:00[America/New_York]' },
    });
  });

  it('refuses a wall time that daylight saving time skips, saying so', () => {
    const outcome = commandForDrop(meeting, { start: utc('2024-03-10T02:30:00'), end: null, allDay: false });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/Cannot move “Briefing”: .*does not exist in America\/New_York/);
  });

  it('turns a resize into new start and end, and refuses to resize a flight', () => {
    expect(commandForResize(meeting, { start: utc('2024-03-09T23:00:00'), end: utc('2024-03-10T01:30:00'), allDay: false })).toMatchObject({
      ok: true,
      command: { type: 'activity/set-times', end: '2024-03-10T01:30:00-05:00[America/New_York]' },
    });
    expect(commandForResize(flight('2024-05-06T08:00', NY, '2024-05-06T12:30', PHX), { start: utc('2024-05-06T08:00:00'), end: utc('2024-05-06T13:00:00'), allDay: false }).ok).toBe(false);
  });

  it('formats local spans the way a program book does', () => {
    expect(formatLocalSpan(zonedFromLocal('2024-05-06T09:00', PHX), zonedFromLocal('2024-05-06T10:00', PHX))).toBe('Mon May 6, 09:00–10:00 MST (America/Phoenix)');
    expect(formatLocalSpan(zonedFromLocal('2024-05-06T08:00', NY), zonedFromLocal('2024-05-06T09:45', PHX))).toBe(
      'Mon May 6, 08:00 EDT (America/New_York) → Mon May 6, 09:45 MST (America/Phoenix)',
    );
  });
});

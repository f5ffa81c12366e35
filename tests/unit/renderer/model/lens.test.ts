/** Lenses, quick filters, the saved view and home-time projection and drops. */
import { beforeEach, describe, expect, it } from 'vitest';
import { EVERYONE, placeActivity } from '../../../../src/shared/program/factory';
import type { Activity, TravelActivity } from '../../../../src/shared/program/schema';
import { zonedFromLocal } from '../../../../src/shared/time';
import { commandForDrop, commandForResize } from '../../../../src/renderer/features/calendar/calendar-edits';
import { activitiesOfLens, lensIsValid, NO_FILTERS } from '../../../../src/renderer/model/lens';
import { projectActivity, projectionContext } from '../../../../src/renderer/features/calendar/projection';
import { readView, writeView } from '../../../../src/renderer/state/view-persistence';

const NY = 'America/New_York';
const PHX = 'America/Phoenix';
const venue = { address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null, code: '' };
const program = {
  groups: [
    { id: 'g1', name: 'A', color: '#1f6feb', participantIds: ['p1', 'p2'], staffIds: ['s1'] },
    { id: 'g2', name: 'B', color: '#e8590c', participantIds: ['p3'], staffIds: [] },
  ],
  participants: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
  staff: [{ id: 's1' }],
  cities: [
    { id: 'dc', name: 'Washington', region: 'DC', country: 'US', timeZone: NY },
    { id: 'phx', name: 'Phoenix', region: 'AZ', country: 'US', timeZone: PHX },
  ],
  venues: [
    { ...venue, id: 'dca', cityId: 'dc', kind: 'airport' as const, name: 'DCA' },
    { ...venue, id: 'phx-air', cityId: 'phx', kind: 'airport' as const, name: 'PHX' },
  ],
} as unknown as Parameters<typeof activitiesOfLens>[1];

const when = (local: string, zone = NY) => ({ kind: 'scheduled' as const, start: zonedFromLocal(local, zone), end: zonedFromLocal(local.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) + 1).padStart(2, '0')}`), zone) });
const who = (w: Partial<typeof EVERYONE>) => ({ ...EVERYONE, everyone: false, ...w });
const flight: TravelActivity = {
  id: 'fly', type: 'travel', title: 'Flight', status: 'confirmed', attendees: who({ groupIds: ['g1'] }), travelerNotes: '', internalNotes: '',
  translations: [],
  timing: { kind: 'scheduled', start: zonedFromLocal('2024-05-08T08:00', NY), end: zonedFromLocal('2024-05-08T10:00', PHX) },
  mode: 'flight', carrier: 'AA', number: '1', originVenueId: 'dca', destinationVenueId: 'phx-air', pickupPoint: '', rebook: false,
};
const activities: Activity[] = [
  placeActivity({ id: 'all', title: 'All', cityId: 'dc', attendees: EVERYONE, timing: when('2024-05-06T09:00') }),
  placeActivity({ id: 'g1', title: 'G1', cityId: 'dc', attendees: who({ groupIds: ['g1'] }), timing: when('2024-05-06T14:00') }),
  placeActivity({ id: 'g2', title: 'G2', cityId: 'dc', attendees: who({ groupIds: ['g2'] }), timing: when('2024-05-06T14:00') }),
  placeActivity({ id: 'p1', title: 'P1', type: 'site-visit', cityId: 'dc', attendees: who({ participantIds: ['p1'] }), timing: when('2024-05-07T10:00') }),
  placeActivity({ id: 'p2', title: 'P2', status: 'tentative', cityId: 'dc', attendees: who({ participantIds: ['p2'] }), timing: when('2024-05-07T10:00') }),
  flight,
  placeActivity({ id: 'phx', title: 'Court', cityId: 'phx', attendees: who({ groupIds: ['g1'] }), timing: when('2024-05-09T09:00', PHX) }),
];
const ids = (list: readonly Activity[]) => list.map((a) => a.id).sort();

describe('lenses', () => {
  it('shows a participant what they attend through everyone, their groups and by name', () => {
    expect(ids(activitiesOfLens(activities, program, { kind: 'participant', id: 'p1' }))).toEqual(['all', 'fly', 'g1', 'p1', 'phx']);
    expect(ids(activitiesOfLens(activities, program, { kind: 'participant', id: 'p3' }))).toEqual(['all', 'g2']);
  });

  it('shows a staff member their groups’ activities, not a member’s own appointment', () => {
    expect(ids(activitiesOfLens(activities, program, { kind: 'staff', id: 's1' }))).toEqual(['all', 'fly', 'g1', 'phx']);
  });

  it('shows a city its activities and the journeys touching it', () => {
    expect(ids(activitiesOfLens(activities, program, { kind: 'city', id: 'phx' }))).toEqual(['fly', 'phx']);
  });

  it('narrows with quick filters and keeps the same array when nothing is filtered', () => {
    expect(activitiesOfLens(activities, program, null, NO_FILTERS)).toBe(activities);
    expect(ids(activitiesOfLens(activities, program, null, { hiddenTypes: ['travel'], hiddenStatuses: ['tentative'] }))).toEqual(['all', 'g1', 'g2', 'p1', 'phx']);
  });

  it('drops a lens that names nothing in the program any more', () => {
    expect(lensIsValid({ kind: 'participant', id: 'p1' }, program)).toBe(true);
    expect(lensIsValid({ kind: 'city', id: 'gone' }, program)).toBe(false);
  });
});

describe('saved view', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    (globalThis as { localStorage?: unknown }).localStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  });

  it('round-trips per program and ignores what it cannot read', () => {
    writeView('prog', { lens: { kind: 'staff', id: 's1' }, filters: { hiddenTypes: ['meal'], hiddenStatuses: [] }, homeTime: true });
    expect(readView('prog')).toEqual({ lens: { kind: 'staff', id: 's1' }, filters: { hiddenTypes: ['meal'], hiddenStatuses: [] }, homeTime: true });
    expect(readView('other').lens).toBeNull();
    store.set('ivlp.view.bad', '{not json');
    expect(readView('bad')).toEqual({ lens: null, filters: NO_FILTERS, homeTime: false });
  });
});

describe('home time', () => {
  const meeting = activities.find((a) => a.id === 'phx') as Activity;

  it('shows a 09:00 MST Phoenix meeting at 12:00 Washington time in May, and at 09:00 locally', () => {
    const local = projectActivity(meeting, projectionContext(program));
    const home = projectActivity(meeting, projectionContext(program, NY));
    expect(new Date(local?.startMs ?? 0).toISOString()).toBe('2024-05-09T09:00:00.000Z');
    expect(new Date(home?.startMs ?? 0).toISOString()).toBe('2024-05-09T12:00:00.000Z');
  });

  it('reads a drop in Washington time and writes the same instant in the activity’s zone', () => {
    const moved = commandForDrop(meeting, { start: new Date('2024-05-10T14:00:00Z'), end: null, allDay: false }, NY);
    expect(moved).toEqual({ ok: true, command: { type: 'activity/move', id: 'phx', start: '2024-05-10T11:00:00-07:00[America/Phoenix]' } });
    const resized = commandForResize(meeting, { start: new Date('2024-05-09T12:00:00Z'), end: new Date('2024-05-09T14:00:00Z'), allDay: false }, NY);
    expect(resized.ok && resized.command).toMatchObject({ start: '2024-05-09T09:00:00-07:00[America/Phoenix]', end: '2024-05-09T11:00:00-07:00[America/Phoenix]' });
  });
});

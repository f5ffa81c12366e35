/**
 * The sample's travelers come from abroad and go home again: every participant has their own
 * international journey in and out, planned so that the app's own checks find nothing wrong with it
 * (except the one flight home the sample keeps too close to its shuttle, on purpose).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkProgram } from '../../../../src/shared/conflicts';
import { directoryOffer, importPrograms, emptyDirectory, serializeDirectory } from '../../../../src/shared/directory/index';
import { participantItinerary, type TravelEntry } from '../../../../src/shared/itinerary/index';
import type { TravelActivity } from '../../../../src/shared/program/schema';
import { buildSample } from '../../../../src/cli/sample/index';
import { epochMs } from '../../../../src/shared/time';

const { program: sample, directory } = buildSample();
const DIRECTORY_PATH = new URL('../../../../resources/samples/meridian-directory.ivlp-directory.json', import.meta.url);
const country = (venueId: string) => {
  const venue = sample.venues.find((v) => v.id === venueId);
  return sample.cities.find((c) => c.id === venue?.cityId)?.country;
};
const ownFlights = (id: string) =>
  sample.activities
    .filter((a): a is TravelActivity => a.type === 'travel' && a.mode === 'flight' && a.attendees.participantIds.includes(id) && !a.attendees.everyone && a.attendees.groupIds.length === 0)
    .sort((a, b) => epochMs(a.timing.kind === 'scheduled' ? a.timing.start : '') - epochMs(b.timing.kind === 'scheduled' ? b.timing.start : ''));

describe('every participant’s international journey', () => {
  test.each(sample.participants.map((p) => [p.id, p.country] as const))('%s (%s) flies in from home and back home', (id, home) => {
    const flights = ownFlights(id);
    const first = flights[0] as TravelActivity;
    const last = flights.at(-1) as TravelActivity;
    // Ukrainians start and end in Warsaw: no flights leave Ukraine.
    const start = home === 'Ukraine' ? 'Poland' : home;
    expect(country(first.originVenueId)).toBe(start);
    expect(country(last.destinationVenueId)).toBe(start);
    // In to Washington, out of New York.
    const inbound = flights.find((f) => ['v-iad', 'v-dca'].includes(f.destinationVenueId));
    const outbound = flights.find((f) => f.originVenueId === 'v-jfk');
    expect(inbound, 'lands in Washington').toBeDefined();
    expect(outbound, 'leaves from New York').toBeDefined();
  });

  test('nobody is double-booked, in the wrong city or somewhere before arriving; the only journey problem is the one kept on purpose', () => {
    const problems = checkProgram(sample, { dismissed: new Set(sample.dismissals.map((d) => d.problemId)) });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const journeys = new Set(sample.activities.filter((a) => a.id.startsWith('a-intl-')).map((a) => a.id));
    expect(problems.filter((p) => p.activityIds.some((id) => journeys.has(id)))).toEqual([]);
    expect(problems.filter((p) => p.ruleId === 'travel-time' && !p.dismissed).map((p) => p.personIds)).toEqual([['p-kr-kim']]);
  });

  test('itineraries say when to be at the airport: three hours before an international flight, nothing at a connection', () => {
    const entries = participantItinerary(sample, 'p-jm-campbell').days.flatMap((d) => d.entries).filter((e): e is TravelEntry => e.kind === 'travel' && e.mode === 'flight');
    const [kingston, miami] = entries;
    const home = entries.find((e) => e.from.code === 'JFK' && e.to.code === 'KIN');
    expect(kingston?.checkIn).toMatchObject({ kind: 'international', minutes: 180 });
    expect(miami?.from.code).toBe('MIA');
    expect(miami?.checkIn).toBeNull();
    expect(home?.checkIn).toMatchObject({ kind: 'international', minutes: 180, by: { time: '14:30', abbreviation: 'EDT' } });
    const phoenix = participantItinerary(sample, 'p-mx-ruiz').days.flatMap((d) => d.entries).find((e): e is TravelEntry => e.kind === 'travel' && e.title === 'Washington to Phoenix');
    expect(phoenix?.checkIn).toMatchObject({ kind: 'domestic', minutes: 90 });
  });
});

describe('arranging in the sample', () => {
  test('every appointment has an arranging record, a host on record and a status among all six', () => {
    const appointments = sample.activities.filter((a) => a.type === 'meeting' || a.type === 'site-visit' || a.type === 'meal' || a.type === 'home-hospitality');
    for (const a of appointments) {
      if (a.type === 'travel' || a.type === 'hotel-stay') continue;
      expect(a.arrangement, a.id).not.toBeNull();
      if (a.host) expect(sample.hosts.some((h) => h.id === a.hostId), a.id).toBe(true);
    }
    expect(new Set(sample.activities.map((a) => a.status))).toEqual(new Set(['idea', 'requested', 'tentative', 'confirmed', 'declined', 'cancelled']));
    const families = sample.hosts.filter((h) => h.kind === 'family');
    expect(families.length).toBeGreaterThanOrEqual(20);
    for (const f of families) expect(f.languages, f.name).toContain('English');
  });

  test('the directory is what importing the program gives, and every place and host of the program is linked to it', () => {
    expect(readFileSync(DIRECTORY_PATH, 'utf8')).toBe(serializeDirectory(directory));
    const again = importPrograms(emptyDirectory(directory.name), [sample]);
    expect(again.added).toEqual({ venues: sample.venues.length, hosts: sample.hosts.length });
    expect(sample.venues.every((v) => v.directoryId !== null) && sample.hosts.every((h) => h.directoryId !== null)).toBe(true);
    expect(directoryOffer(sample, directory)).toEqual({ items: [], command: null });
  });
});

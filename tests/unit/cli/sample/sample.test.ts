import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadProgramText, serializeProgram } from '../../../../src/shared/program/load';
import { PLACE_ACTIVITY_TYPES, type PlaceActivity, type Program } from '../../../../src/shared/program/schema';
import { buildTmssw2024Sample, CONFERENCE_TITLE } from '../../../../src/cli/sample/index';
import { localDate, Temporal } from '../../../../src/shared/time';

const SAMPLE_PATH = new URL('../../../../resources/samples/tmssw-2024.ivlp.json', import.meta.url);
const sample = buildTmssw2024Sample();

/** Every night (YYYY-MM-DD of the evening) from `first` up to the night before `departure`. */
function nights(first: string, departure: string): string[] {
  const out: string[] = [];
  for (let d = Temporal.PlainDate.from(first); Temporal.PlainDate.compare(d, Temporal.PlainDate.from(departure)) < 0; d = d.add({ days: 1 })) {
    out.push(d.toString());
  }
  return out;
}

function uncoveredNights(program: Program, groupId: string): string[] {
  const group = program.groups.find((g) => g.id === groupId);
  if (!group) throw new Error(groupId);
  const members = program.participants.filter((p) => group.participantIds.includes(p.id));
  const first = members.map((p) => p.arrival ?? program.startDate).sort()[0] ?? program.startDate;
  const last = members.map((p) => p.departure ?? program.endDate).sort().at(-1) ?? program.endDate;
  const stays = program.activities.filter(
    (a) => a.type === 'hotel-stay' && a.status !== 'cancelled' && (a.attendees.everyone || a.attendees.groupIds.includes(groupId)),
  );
  return nights(first, last).filter(
    (night) => !stays.some((s) => s.timing.kind === 'scheduled' && localDate(s.timing.start) <= night && night < localDate(s.timing.end)),
  );
}

describe('the TMSSW 2024 sample program', () => {
  test('the committed file is byte-identical to the generator output', () => {
    const committed = readFileSync(SAMPLE_PATH, 'utf8');
    // If this fails, regenerate with `npm run sample` (or `node bin/ivlp.mjs sample <file> --force`).
    expect(committed === serializeProgram(sample)).toBe(true);
  });

  test('is deterministic', () => {
    expect(serializeProgram(buildTmssw2024Sample())).toBe(serializeProgram(sample));
  });

  test('loads with zero issues and round-trips through the loader byte for byte', () => {
    const text = serializeProgram(sample);
    const loaded = loadProgramText(text);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.readOnlyReason).toBeNull();
    expect(serializeProgram(loaded.program)).toBe(text);
  });

  test('has 56 participants from 47 countries, each in exactly one of at least four groups', () => {
    expect(sample.participants).toHaveLength(56);
    expect(new Set(sample.participants.map((p) => p.country)).size).toBe(47);
    expect(sample.groups.length).toBeGreaterThanOrEqual(4);
    for (const p of sample.participants) {
      expect(sample.groups.filter((g) => g.participantIds.includes(p.id)), p.id).toHaveLength(1);
    }
  });

  test('writes names in their own scripts and with their diacritics', () => {
    const names = sample.participants.map((p) => `${p.givenName} ${p.familyName}`);
    expect(names.some((n) => /[\u0600-\u06FF]/.test(n))).toBe(true); // Arabic
    expect(names.some((n) => /[\u0400-\u04FF]/.test(n))).toBe(true); // Cyrillic
    for (const name of ['Nguyễn', 'Wróblewska', 'Kučera', 'Öztürk', 'Gonçalves Ferreira', 'Sigurðardóttir']) {
      expect(names.some((n) => n.includes(name)), name).toBe(true);
    }
  });

  test('gives every name in Arabic or Cyrillic script its passport spelling, in its own field, not in notes', () => {
    const program = buildTmssw2024Sample();
    const nonLatin = program.participants.filter((p) => /[\u0600-\u06FF\u0400-\u04FF]/.test(`${p.givenName}${p.familyName}`));
    expect(nonLatin.length).toBeGreaterThanOrEqual(3);
    for (const p of nonLatin) expect(p.passportName, p.id).toMatch(/^[A-Za-z][A-Za-z' -]+$/);
    expect(program.participants.find((p) => p.id === 'p-ua-kovalenko')?.passportName).toBe('Olena Kovalenko');
    for (const p of program.participants) expect(p.internalNotes, p.id).not.toMatch(/Kovalenko|SEITKALI/);
  });

  test('spans at least three time zones in its city visits, Arizona among them', () => {
    const phase = sample.phases.find((p) => p.id === 'ph-city-visits');
    const zones = new Set(sample.cities.filter((c) => phase?.cityIds.includes(c.id)).map((c) => c.timeZone));
    expect(zones.size).toBeGreaterThanOrEqual(3);
    expect(zones.has('America/Phoenix')).toBe(true);
  });

  test('visits the Maritime and Defense Technology Hub in St. Petersburg', () => {
    const hub = sample.venues.find((v) => v.name === 'Maritime and Defense Technology Hub');
    const city = sample.cities.find((c) => c.id === hub?.cityId);
    expect(city?.name).toBe('St. Petersburg');
    expect(sample.activities.some((a) => a.type === 'site-visit' && a.venueId === hub?.id)).toBe(true);
  });

  test('ends at the Global Cooperation Conference in New York, co-hosted by the FBI and the cyber coordinator', () => {
    const sessions = sample.activities.filter((a): a is PlaceActivity => a.type === 'conference-session' && a.cityId === 'new-york');
    const opening = sessions.find((a) => a.title.startsWith(CONFERENCE_TITLE));
    expect(opening?.host?.organization).toMatch(/FBI New York Field Office/);
    expect(opening?.host?.organization).toMatch(/Coordinator for Cyber Issues/);
    expect(sessions.length).toBeGreaterThanOrEqual(5);
  });

  test('gives every group a hotel for every night from its first arrival to its departure', () => {
    for (const group of sample.groups) expect(uncoveredNights(sample, group.id), group.id).toEqual([]);
  });

  test('the coverage check notices a missing night', () => {
    const withoutSeattle = { ...sample, activities: sample.activities.filter((a) => !(a.type === 'hotel-stay' && a.hotelVenueId === 'v-hotel-sea')) };
    expect(uncoveredNights(withoutSeattle, 'g-maritime')).toEqual(['2024-05-09', '2024-05-10', '2024-05-11', '2024-05-12']);
  });

  test('uses every activity type and status, with flights, trains and ground legs', () => {
    const types = new Set(sample.activities.map((a) => a.type));
    for (const type of [...PLACE_ACTIVITY_TYPES, 'travel', 'hotel-stay']) expect(types.has(type as never), type).toBe(true);
    expect(sample.activities.filter((a) => a.status === 'cancelled')).toHaveLength(1);
    expect(sample.activities.filter((a) => a.status === 'tentative').length).toBeGreaterThanOrEqual(3);
    const modes = new Set(sample.activities.flatMap((a) => (a.type === 'travel' ? [a.mode] : [])));
    expect([...modes].sort()).toEqual(['flight', 'ground', 'train']);
    expect(sample.activities.length).toBeGreaterThanOrEqual(350);
  });

  test('writes a flight across zones with each end in its own zone (Tampa to Seattle)', () => {
    const flight = sample.activities.find((a) => a.type === 'travel' && a.number === 'AS 725');
    expect(flight?.timing).toEqual({ kind: 'scheduled', start: '2024-05-09T09:40:00-04:00[America/New_York]', end: '2024-05-09T12:55:00-07:00[America/Los_Angeles]' });
  });

  test('seats home-hospitality guests in small groups (two to five participants)', () => {
    const dinners = sample.activities.filter((a) => a.type === 'home-hospitality');
    expect(dinners.length).toBeGreaterThanOrEqual(4);
    for (const d of dinners) {
      expect(d.attendees.everyone).toBe(false);
      expect(d.attendees.groupIds).toEqual([]);
      expect(d.attendees.participantIds.length).toBeGreaterThanOrEqual(2);
      expect(d.attendees.participantIds.length).toBeLessThanOrEqual(5);
    }
  });

  test('uses only reserved example domains and fictional 555-01xx numbers for people', () => {
    for (const person of [...sample.participants, ...sample.staff]) {
      expect(person.email).toMatch(/@example\.(com|org|net)$/);
      expect(person.phone).toMatch(/^\+1 \d{3}-555-01\d\d$/);
    }
  });
});

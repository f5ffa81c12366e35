import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import type { Command } from '../../../../src/shared/commands/types';
import { issueSnapshot } from '../../../../src/shared/issuing/index';
import { groupItinerary, participantItinerary, programBook, staffItinerary, type DayEntry, type Itinerary, type TravelEntry } from '../../../../src/shared/itinerary/index';
import type { Activity, Program } from '../../../../src/shared/program/schema';
import { epochMs } from '../../../../src/shared/time';
import { othersIndividualActivities, phoenixTraveler, sampleWithSecrets, SECRET, washingtonToPhoenix } from './fixture';

const program = sampleWithSecrets();
const entries = (it: Itinerary): DayEntry[] => it.days.flatMap((d) => d.entries);
const ids = (it: Itinerary) => new Set(entries(it).map((e) => e.id));
const onForTravelers = (a: Activity) => a.status === 'confirmed' || a.status === 'tentative';
const edit = (p: Program, ...commands: Command[]) => commands.reduce((q, c) => applyCommand(q, c).program, p);
const issue = (p: Program) => edit(p, { type: 'program/issue', issued: issueSnapshot(p, { issuedAt: '2024-04-22T12:00:00Z', note: '' }) });

describe('participant itinerary', () => {
  const pid = phoenixTraveler(program);
  const it = participantItinerary(program, pid);
  const groupIds = program.groups.filter((g) => g.participantIds.includes(pid)).map((g) => g.id);

  test('holds exactly what the participant attends: everyone, their group, their own', () => {
    const expected = program.activities
      .filter((a) => a.timing.kind === 'scheduled' && onForTravelers(a))
      .filter((a) => a.attendees.everyone || a.attendees.participantIds.includes(pid) || a.attendees.groupIds.some((g) => groupIds.includes(g)))
      .map((a) => a.id);
    expect([...ids(it)].sort()).toEqual([...new Set(expected)].sort());
    for (const a of othersIndividualActivities(program, pid)) expect(ids(it).has(a.id)).toBe(false);
  });

  test('groups entries by the local date at the place, in time order, with the zone named', () => {
    for (const day of it.days) {
      expect(day.zones.length).toBeGreaterThan(0);
      for (const e of day.entries) {
        const t = e.kind === 'activity' ? e.start : e.kind === 'travel' ? e.depart : e.at;
        expect(t.date).toBe(day.date);
        expect(t.zoned.slice(0, 10)).toBe(day.date);
      }
      const times = day.entries.map((e) => epochMs(e.kind === 'activity' ? e.start.zoned : e.kind === 'travel' ? e.depart.zoned : e.at.zoned));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    const dates = it.days.map((d) => d.date);
    expect(dates).toEqual(dates.toSorted());
  });

  test('a flight from Washington to Phoenix shows both airports and the local time at each end', () => {
    const flight = washingtonToPhoenix(program);
    const e = entries(it).find((x) => x.id === flight.id);
    if (e?.kind !== 'travel' || flight.timing.kind !== 'scheduled') throw new Error('flight missing');
    expect(e.depart.abbreviation).toBe('EDT');
    expect(e.arrive.abbreviation).toBe('MST');
    expect(e.arrive.zoneName).toBe('Mountain Standard Time');
    expect(e.depart.time).toBe(flight.timing.start.slice(11, 16));
    expect(e.arrive.time).toBe(flight.timing.end.slice(11, 16));
    expect(e.from.code).toMatch(/^(DCA|IAD|BWI)$/);
    expect(e.to.code).toBe('PHX');
    expect(e.durationMinutes).toBe((epochMs(flight.timing.end) - epochMs(flight.timing.start)) / 60_000);
    const day = it.days.find((d) => d.date === e.depart.date);
    expect(day?.zones.map((z) => z.abbreviation)).toEqual(expect.arrayContaining(['EDT', 'MST']));
  });

  test('hotels come with address, phone, check-in and check-out', () => {
    expect(it.hotels.length).toBeGreaterThan(1);
    for (const h of it.hotels) {
      expect(h.hotel.address).not.toBe('');
      expect(h.hotel.phone).not.toBe('');
      expect(epochMs(h.checkOut.zoned)).toBeGreaterThan(epochMs(h.checkIn.zoned));
      expect(h.nights).toBeGreaterThan(0);
    }
    const kinds = entries(it).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'check-in').length).toBe(kinds.filter((k) => k === 'check-out').length);
  });

  test('confirmed as they are, tentative marked; ideas, requests, declined and cancelled never received stay out', () => {
    const statuses = new Map(entries(it).map((e) => [e.id, e.status]));
    for (const a of program.activities) if (statuses.has(a.id)) expect(statuses.get(a.id)).toBe(a.status);
    expect([...statuses.values()]).toContain('tentative');
    // The sample's Mount Vernon excursion was cancelled before anyone was told: it is in no itinerary.
    const neverAnnounced = program.activities.find((a) => a.status === 'cancelled' && a.attendees.everyone) as Activity;
    expect(statuses.has(neverAnnounced.id)).toBe(false);
    const mine = program.activities.filter((a) => statuses.get(a.id) === 'confirmed' && a.type === 'meeting').slice(0, 4);
    const changed = edit(program, ...mine.map((a, i): Command => ({ type: 'activity/set-status', id: a.id, status: (['idea', 'requested', 'declined', 'cancelled'] as const)[i] as Activity['status'] })));
    const after = ids(participantItinerary(changed, pid));
    for (const a of mine) expect(after.has(a.id)).toBe(false);
  });

  test('what a traveler received and is now off stays in their documents as cancelled; a flight to rebook reads tentative', () => {
    const mine = program.activities.filter((a) => ids(it).has(a.id) && a.type === 'meeting' && a.status === 'confirmed').slice(0, 3);
    const flight = washingtonToPhoenix(program);
    const issued = issue(program);
    const changed = edit(
      issued,
      ...mine.map((a, i): Command => ({ type: 'activity/set-status', id: a.id, status: (['requested', 'declined', 'cancelled'] as const)[i] as Activity['status'] })),
      { type: 'activity/update', activity: { ...flight, rebook: true } },
    );
    const statuses = new Map(entries(participantItinerary(changed, pid)).map((e) => [e.id, e.status]));
    for (const a of mine) expect(statuses.get(a.id)).toBe('cancelled');
    expect(statuses.get(flight.id)).toBe('tentative');
    // Someone who never received one of them (another group's participant) does not get it either.
    const other = program.participants.find((p) => !program.groups.some((g) => g.participantIds.includes(p.id) && g.participantIds.includes(pid))) as Program['participants'][number];
    expect(ids(participantItinerary(changed, other.id)).has(mine[0]?.id as string)).toBe(false);
  });

  test('flights and trains say when to be at the airport or station, by kind; connections and coaches do not', () => {
    const legs = entries(it).filter((e): e is TravelEntry => e.kind === 'travel');
    const flight = legs.find((e) => e.id === washingtonToPhoenix(program).id) as TravelEntry;
    expect(flight.checkIn).toMatchObject({ kind: 'domestic', minutes: program.settings.departureBuffers.domesticMinutes });
    expect(epochMs(flight.depart.zoned) - epochMs(flight.checkIn?.by.zoned as string)).toBe(flight.checkIn!.minutes * 60_000);
    expect(flight.checkIn?.by.abbreviation).toBe(flight.depart.abbreviation);
    for (const e of legs.filter((x) => x.mode === 'ground')) expect(e.checkIn).toBeNull();
    const longer = { ...program, settings: { ...program.settings, departureBuffers: { ...program.settings.departureBuffers, domesticMinutes: 150 } } };
    const moved = entries(participantItinerary(longer, pid)).find((e) => e.id === flight.id) as TravelEntry;
    expect(moved.checkIn?.minutes).toBe(150);
  });

  test('lists the group members and traveling staff with phones, and the emergency contacts', () => {
    expect(it.groups.length).toBe(groupIds.length);
    const g = it.groups[0];
    expect(g?.members.length).toBeGreaterThan(5);
    expect(g?.staff.length).toBeGreaterThan(0);
    for (const p of [...(g?.members ?? []), ...(g?.staff ?? [])]) expect(p.phone).not.toBe('');
    expect(it.emergencyContacts.length).toBe(program.emergencyContacts.length);
  });

  test('unknown ids are refused', () => {
    expect(() => participantItinerary(program, 'p-nobody')).toThrow(/no participant/);
    expect(() => groupItinerary(program, 'g-nobody')).toThrow(/no group/);
    expect(() => staffItinerary(program, 'p-nobody')).toThrow(/no staff/);
  });
});

describe('group and staff itineraries', () => {
  const group = program.groups.find((g) => program.activities.some((a) => !a.attendees.everyone && a.attendees.groupIds.length === 0 && a.attendees.participantIds.some((id) => g.participantIds.includes(id))));
  if (!group) throw new Error('no group with split sessions');

  test("a group's itinerary has its sessions and its members' split sessions, labelled with who goes", () => {
    const it = groupItinerary(program, group.id);
    const split = entries(it).filter((e) => !e.attending);
    expect(split.length).toBeGreaterThan(0);
    for (const e of split) expect(e.who).toBeTruthy();
    for (const e of entries(it).filter((x) => x.attending)) expect(e.who).toBeNull();
    expect(it.subject.name).toBe(group.name);
  });

  test("an interpreter's itinerary has the whole group's schedule, marking what they do not attend", () => {
    const interpreter = program.staff.find((s) => s.role === 'interpreter' && group.staffIds.includes(s.id));
    if (!interpreter) throw new Error('no interpreter');
    const it = staffItinerary(program, interpreter.id);
    const groupIt = groupItinerary(program, group.id);
    for (const id of ids(groupIt)) expect(ids(it).has(id)).toBe(true);
    expect(entries(it).some((e) => !e.attending)).toBe(true);
    expect(entries(it).some((e) => e.attending)).toBe(true);
  });
});

describe('program book', () => {
  test('covers every scheduled activity that is on for travelers, the phases and the directory', () => {
    const book = programBook(program);
    const all = new Set(book.days.flatMap((d) => d.entries.map((e) => e.id)));
    for (const a of program.activities) if (a.timing.kind === 'scheduled') expect(all.has(a.id)).toBe(onForTravelers(a));
    expect(book.phases.length).toBe(program.phases.length);
    expect(book.groups.reduce((n, g) => n + g.members.length, 0)).toBe(program.participants.length);
    expect(book.counts.participants).toBe(program.participants.length);
  });
});

test('internal notes never reach any itinerary or the book', () => {
  const outputs: unknown[] = [programBook(program)];
  for (const p of program.participants) outputs.push(participantItinerary(program, p.id));
  for (const s of program.staff) outputs.push(staffItinerary(program, s.id));
  for (const g of program.groups) outputs.push(groupItinerary(program, g.id));
  for (const o of outputs) expect(JSON.stringify(o)).not.toContain('INTERNAL-ONLY');
  expect(SECRET).toContain('INTERNAL-ONLY');
});

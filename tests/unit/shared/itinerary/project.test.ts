import { describe, expect, test } from 'vitest';
import { groupItinerary, participantItinerary, programBook, staffItinerary, type DayEntry, type Itinerary } from '../../../../src/shared/itinerary/index';
import { epochMs } from '../../../../src/shared/time';
import { othersIndividualActivities, phoenixTraveler, sampleWithSecrets, SECRET, washingtonToPhoenix } from './fixture';

const program = sampleWithSecrets();
const entries = (it: Itinerary): DayEntry[] => it.days.flatMap((d) => d.entries);
const ids = (it: Itinerary) => new Set(entries(it).map((e) => e.id));

describe('participant itinerary', () => {
  const pid = phoenixTraveler(program);
  const it = participantItinerary(program, pid);
  const groupIds = program.groups.filter((g) => g.participantIds.includes(pid)).map((g) => g.id);

  test('holds exactly what the participant attends: everyone, their group, their own', () => {
    const expected = program.activities
      .filter((a) => a.timing.kind === 'scheduled')
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

  test('cancelled and tentative activities are kept and marked', () => {
    const statuses = new Map(entries(it).map((e) => [e.id, e.status]));
    for (const a of program.activities) {
      if (statuses.has(a.id)) expect(statuses.get(a.id)).toBe(a.status);
    }
    const everyoneCancelled = program.activities.find((a) => a.status === 'cancelled' && a.attendees.everyone);
    if (everyoneCancelled) expect(statuses.get(everyoneCancelled.id)).toBe('cancelled');
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
  test('covers every scheduled activity, the phases and the directory', () => {
    const book = programBook(program);
    const all = new Set(book.days.flatMap((d) => d.entries.map((e) => e.id)));
    for (const a of program.activities) if (a.timing.kind === 'scheduled') expect(all.has(a.id)).toBe(true);
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

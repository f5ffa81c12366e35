/**
 * The local partner's packet and the meal host sheet from the sample: who visits, both name forms,
 * the needs that reach no other document, and nothing a partner must not see.
 */
import { describe, expect, test } from 'vitest';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { cityPacket, mealCityIds, mealSheet, partnerCityIds } from '../../../../src/shared/itinerary/index';

const program = buildTmssw2024Sample();

describe('city packets', () => {
  test('Tucson: the visiting group, its people in both name forms, arrival, hotel, departure, days only there', () => {
    const packet = cityPacket(program, 'tucson');
    expect(packet.city.name).toBe('Tucson, AZ');
    expect(packet.groups.map((g) => g.id)).toEqual(['g-border']);
    const group = packet.groups[0];
    if (!group) throw new Error('no group');
    const members = program.groups.find((g) => g.id === 'g-border')?.participantIds ?? [];
    expect(group.participants.map((p) => p.id)).toEqual(members);
    expect(group.arrivals.length).toBeGreaterThan(0);
    expect(group.departures.length).toBeGreaterThan(0);
    expect(group.hotels.map((h) => h.hotel.city)).toEqual(['Tucson, AZ']);
    for (const day of group.days) for (const e of day.entries) if (e.kind === 'activity') expect(e.city).toBe('Tucson, AZ');
  });

  test('the cyber group’s city shows Olena Kovalenko’s passport name; dietary and accessibility notes reach the packet', () => {
    const cleveland = cityPacket(program, 'cleveland');
    const kovalenko = cleveland.groups.flatMap((g) => g.participants).find((p) => p.id === 'p-ua-kovalenko');
    expect(kovalenko).toMatchObject({ name: 'Олена Коваленко', latinName: 'Olena Kovalenko' });
    const needs = cleveland.groups.flatMap((g) => g.participants).filter((p) => p.dietaryNotes || p.accessibilityNotes);
    expect(needs.map((p) => p.id)).toEqual(expect.arrayContaining(['p-pl-wroblewska', 'p-cz-kucera']));
  });

  test('no phone, e-mail, internal note or emergency contact of anyone in any packet', () => {
    const secrets = [
      ...program.participants.flatMap((p) => [p.phone, p.email, p.internalNotes]),
      ...program.staff.flatMap((s) => [s.phone, s.email, s.internalNotes]),
      ...program.activities.map((a) => a.internalNotes),
      ...program.emergencyContacts.map((c) => c.phone),
    ].filter((s) => s.trim() !== '');
    const ids = partnerCityIds(program);
    expect(ids).toEqual(expect.arrayContaining(['washington', 'tucson', 'cleveland', 'new-york']));
    for (const id of ids) {
      const text = JSON.stringify(cityPacket(program, id));
      for (const secret of secrets) expect(text.includes(secret), `${id}: ${secret}`).toBe(false);
    }
  });

  test('an unknown city is an error that names it', () => {
    expect(() => cityPacket(program, 'atlantis')).toThrow('no city with id "atlantis"');
  });
});

describe('meal host sheets', () => {
  test('each meal and home-hospitality visit with its guests and their needs', () => {
    expect(mealCityIds(program)).toEqual(expect.arrayContaining(['washington', 'tucson']));
    const sheet = mealSheet(program, 'tucson');
    expect(sheet.meals.length).toBeGreaterThan(0);
    for (const m of sheet.meals) expect(m.guests.length + m.staff.length, m.title).toBeGreaterThan(0);
    const home = program.activities.find((a) => a.type === 'home-hospitality' && 'cityId' in a && a.cityId === 'tucson');
    const line = sheet.meals.find((m) => m.id === home?.id);
    expect(line?.guests.map((g) => g.id).sort()).toEqual([...(home?.attendees.participantIds ?? [])].sort());
    const washington = mealSheet(program, 'washington');
    const halal = washington.meals[0]?.guests.filter((g) => /halal/i.test(g.dietaryNotes)).map((g) => g.id);
    expect(halal).toEqual(expect.arrayContaining(['p-jo-alhaddad', 'p-pk-siddiqui']));
  });
});

/** The program book's schedule: by phase, and by group where the groups split up; nothing left out. */
import { describe, expect, test } from 'vitest';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { programBook } from '../../../../src/shared/itinerary/index';
import { travelerStatus } from '../../../../src/shared/itinerary/visibility';

const program = buildTmssw2024Sample();

describe('the program book', () => {
  const book = programBook(program);

  test('every scheduled activity travelers see is in some section; ideas, requests and declined ones are in none', () => {
    const shown = new Set(book.sections.flatMap((s) => s.days.flatMap((d) => d.entries.map((e) => e.id))));
    const scheduled = program.activities.filter((a) => a.timing.kind === 'scheduled');
    const on = scheduled.filter((a) => travelerStatus(a) !== null).map((a) => a.id);
    const off = scheduled.filter((a) => travelerStatus(a) === null).map((a) => a.id);
    expect(off.length).toBeGreaterThan(0); // the sample has appointments still being arranged
    expect(on.filter((id) => !shown.has(id))).toEqual([]);
    expect(off.filter((id) => shown.has(id))).toEqual([]);
  });

  test('the city visits read by group: one section per group, each with only what it attends, in its own zones', () => {
    const city = book.sections.filter((s) => s.title.startsWith('City visits: ') && s.color !== null);
    expect(city.map((s) => s.title.slice('City visits: '.length))).toEqual(program.groups.map((g) => g.name));
    const maritime = city.find((s) => s.title.endsWith('Maritime Security and IUU Fishing'));
    const zones = new Set(maritime?.days.flatMap((d) => d.zones.map((z) => z.zoneId)));
    expect(zones.has('America/Phoenix')).toBe(false); // the border group's Arizona is not in it
    expect(book.sections[0]?.title).toBe('Washington, D.C.: orientation and plenary');
  });

  test('a staff directory with every staff member and the groups they travel with', () => {
    expect(book.staffDirectory).toHaveLength(program.staff.length);
    const interpreter = book.staffDirectory.find((s) => program.groups.some((g) => g.staffIds.includes(s.id)));
    expect(interpreter?.groups.length).toBeGreaterThan(0);
  });
});

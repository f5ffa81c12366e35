import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { adoptHost, adoptVenue, directoryOffer, directorySchema, emptyDirectory, importPrograms, searchDirectory, serializeDirectory } from '../../../../src/shared/directory/index';
import { validateProgram } from '../../../../src/shared/program/load';
import type { Program } from '../../../../src/shared/program/schema';
import { buildSample } from '../../../../src/cli/sample/index';

const { program: sample, directory } = buildSample();
const unlinked: Program = { ...sample, venues: sample.venues.map((v) => ({ ...v, directoryId: null })), hosts: sample.hosts.map((h) => ({ ...h, directoryId: null })) };
const edit = (p: Program, ...commands: Parameters<typeof applyCommand>[1][]) => commands.reduce((q, c) => applyCommand(q, c).program, p);

describe('the directory file', () => {
  test('is strict: the sample directory parses, an unknown key does not', () => {
    expect(directorySchema.safeParse(JSON.parse(serializeDirectory(directory))).success).toBe(true);
    const bad = { ...directory, venues: [{ ...directory.venues[0], parking: 'lot B' }] };
    expect(directorySchema.safeParse(bad).success).toBe(false);
  });
});

describe('importing programs', () => {
  test('adds each place and host once, and leaves the entries it already has as the directory says', () => {
    const edited = { ...directory, venues: directory.venues.map((v, i) => (i === 0 ? { ...v, directions: 'The directory’s own directions.' } : v)) };
    const again = importPrograms(edited, [unlinked, unlinked]);
    expect(again.added).toEqual({ venues: 0, hosts: 0 });
    expect(again.known.venues).toBe(2 * sample.venues.length);
    expect(again.directory.venues[0]?.directions).toBe('The directory’s own directions.');
  });

  test('names entries after the place, and keeps ids unique', () => {
    const truman = directory.venues.find((v) => v.name.startsWith('U.S. Department of State, Harry S Truman'));
    expect(truman?.id).toMatch(/^dv-u-s-department-of-state-harry-s-truman/);
    expect(truman?.place).toEqual({ city: 'Washington', region: 'DC', country: 'United States', timeZone: 'America/New_York' });
    expect(new Set(directory.venues.map((v) => v.id)).size).toBe(directory.venues.length);
  });
});

describe('what the directory offers a program', () => {
  test('a venue whose directions changed in the directory is offered as one undoable update', () => {
    const entry = directory.venues.find((v) => v.name === 'Meridian International Center') as (typeof directory.venues)[number];
    const changed = { ...directory, venues: directory.venues.map((v) => (v.id === entry.id ? { ...v, directions: 'Use the side gate on 16th Street this year.', security: 'Photo ID at the gate.' } : v)) };
    const offer = directoryOffer(sample, changed);
    expect(offer.items).toEqual([{ collection: 'venues', id: 'v-meridian', name: 'Meridian International Center', directoryId: entry.id, kind: 'update', fields: ['directions', 'security'] }]);
    const applied = applyCommand(sample, offer.command as NonNullable<typeof offer.command>);
    expect(applied.program.venues.find((v) => v.id === 'v-meridian')).toMatchObject({ directions: 'Use the side gate on 16th Street this year.', security: 'Photo ID at the gate.' });
    expect(applyCommand(applied.program, applied.inverse).program).toEqual(sample);
    expect(directoryOffer(applied.program, changed).command).toBeNull();
  });

  test('copies not yet linked are offered as links to the same place or host', () => {
    const offer = directoryOffer(unlinked, directory);
    expect(offer.items.filter((i) => i.kind === 'link')).toHaveLength(sample.venues.length + sample.hosts.length);
    expect(offer.items.every((i) => i.fields.length === 0)).toBe(true);
    expect(applyCommand(unlinked, offer.command as NonNullable<typeof offer.command>).program).toEqual(sample);
  });
});

describe('taking an entry into a program', () => {
  const empty: Program = { ...sample, cities: [], venues: [], hosts: [], activities: [], phases: [], dismissals: [], issues: [] };

  test('a venue brings its city along; a second adoption reuses the copy', () => {
    const entry = directory.venues.find((v) => v.name === 'Maritime and Defense Technology Hub') as (typeof directory.venues)[number];
    const first = adoptVenue(empty, entry);
    expect(first.commands.map((c) => (c.type === 'entity/create' ? c.collection : c.type))).toEqual(['cities', 'venues']);
    const program = edit(empty, ...first.commands);
    expect(validateProgram(program).ok).toBe(true);
    expect(program.venues[0]).toMatchObject({ directoryId: entry.id, cityId: first.cityId, name: entry.name, directions: entry.directions });
    expect(program.cities[0]).toMatchObject({ name: 'St. Petersburg', region: 'FL', timeZone: 'America/New_York' });
    expect(adoptVenue(program, entry)).toEqual({ id: first.id, cityId: first.cityId, commands: [] });
  });

  test('a host family joins the program in the city it already has', () => {
    const entry = directory.hosts.find((h) => h.name === 'The Alvarez family') as (typeof directory.hosts)[number];
    const adopted = adoptHost(sample, entry);
    expect(adopted.commands).toEqual([]);
    const without = { ...sample, hosts: sample.hosts.filter((h) => h.directoryId !== entry.id), activities: sample.activities.map((a) => ('hostId' in a && a.hostId?.includes('alvarez') ? { ...a, hostId: null } : a)) };
    const added = adoptHost(without, entry);
    expect(added.commands.map((c) => (c.type === 'entity/create' ? c.collection : c.type))).toEqual(['hosts']);
    expect(added.cityId).toBe('st-petersburg');
  });
});

describe('searching', () => {
  test('matches every word, accents and case ignored, the activity’s city first', () => {
    const hits = searchDirectory(directory, 'dali museum');
    expect(hits[0]?.entry.name).toBe('The Dalí Museum');
    const coast = searchDirectory(directory, 'coast guard', { kinds: ['venue', 'host'], city: 'Seattle' });
    expect(coast[0]?.entry.place?.city).toBe('Seattle');
    expect(searchDirectory(directory, 'alvarez', { kinds: ['host'] }).map((h) => h.entry.name)).toEqual(['The Alvarez family']);
    expect(searchDirectory(directory, 'zzzz-nothing')).toEqual([]);
  });
});

test('an empty directory is valid and offers nothing', () => {
  expect(directorySchema.parse(emptyDirectory('Test'))).toEqual({ directoryVersion: 1, name: 'Test', venues: [], hosts: [] });
  expect(directoryOffer(sample, emptyDirectory('Test'))).toEqual({ items: [], command: null });
});

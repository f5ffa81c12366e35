/**
 * Every time-zone field goes through one check: the program's home zone, a city's zone and the
 * zone of a zoned time refuse the same values with the same words, and accept the same values.
 */
import { writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { serializeProgram } from '../../../src/shared/program/load';
import type { Program } from '../../../src/shared/program/schema';
import { run, sample, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-check-zones-');

/** Where a zone can be written in a program file, and the sample with `zone` put there. */
const fields: [string, (zone: string) => Program, string][] = [
  ['the home zone', (zone) => ({ ...sample, homeTimeZone: zone }), 'homeTimeZone'],
  ['a city’s zone', (zone) => ({ ...sample, cities: [...sample.cities, { id: 'c-extra', name: 'Extra', region: '', country: '', timeZone: zone }] }), `cities[${sample.cities.length}].timeZone`],
  [
    'a time’s zone',
    (zone) => ({ ...sample, issues: [], dismissals: [], activities: sample.activities.map((a, i) => (i === 0 && a.timing.kind === 'scheduled' ? { ...a, timing: { ...a.timing, start: a.timing.start.replace(/\[.*\]$/, `[${zone}]`) } } : a)) }),
    'activities[0].timing.start',
  ],
];

describe('one time-zone check for every zone field', () => {
  const refused: [string, string, RegExp][] = [
    ['a lowercase IANA name', 'america/new_york', /write the time zone as "America\/New_York", not "america\/new_york"/],
    ['a fixed offset', '+0500', /"\+0500" is a fixed UTC offset/],
    ['an unknown name', 'Mars/Olympus_Mons', /"Mars\/Olympus_Mons" is not an IANA time zone/],
  ];
  for (const [field, put, path] of fields) {
    test.each(refused)(`${field}: %s is refused (exit 2, path and reason)`, async (_what, zone, reason) => {
      await writeFile(tmp.file, serializeProgram(put(zone)));
      const result = await run('check', tmp.file);
      expect(result.code).toBe(2);
      expect(result.err).toContain(path);
      expect(result.err).toMatch(reason);
    });
  }

  test.each(['UTC', 'America/Phoenix'])('the home zone and a city’s zone both accept %s', async (zone) => {
    for (const [, put] of fields.slice(0, 2)) {
      await writeFile(tmp.file, serializeProgram(put(zone)));
      const result = await run('check', tmp.file);
      expect(result.err).toBe('');
      expect(result.code).toBeLessThan(2);
    }
  });
});

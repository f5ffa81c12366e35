import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadProgramText, serializeProgram } from '../../../../src/shared/program/load';
import { migrate, MIGRATIONS, OLDEST_SCHEMA_VERSION, type JsonObject, type Migration } from '../../../../src/shared/program/migrate';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/shared/program/schema';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/versions/${name}`, import.meta.url), 'utf8');

describe('schema versions and migrations', () => {
  test.each([1, 2, 3, 4, 5])('the version %i fixture loads and migrates to exactly the version 6 fixture', (v) => {
    const loaded = loadProgramText(fixture(`v${v}.ivlp.json`));
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.fileVersion).toBe(v);
    expect(loaded.readOnlyReason).toBeNull();
    expect(loaded.program.schemaVersion).toBe(6);
    expect(loaded.program.dismissals).toEqual([]);
    expect(loaded.program.issues).toEqual([]);
    expect(loaded.program.shared).toBeNull();
    expect(loaded.program.participants.map((p) => p.passportName)).toEqual(loaded.program.participants.map(() => ''));
    expect(loaded.program.activities.every((a) => a.translations.length === 0)).toBe(true);
    expect(serializeProgram(loaded.program)).toBe(fixture('v6.ivlp.json'));
  });

  test('migration 5 -> 6 adds what means "as before", and keeps every status', () => {
    const v5in = JSON.parse(fixture('v5.ivlp.json')) as JsonObject;
    const v6 = migrate(v5in, 5, MIGRATIONS, 6);
    expect(v6['hosts']).toEqual([]);
    expect(v6['settings']).toEqual({
      maxAppointmentsPerDay: 4,
      confirmDaysBefore: 7,
      departureBuffers: { internationalMinutes: 180, domesticMinutes: 90, trainMinutes: 30 },
      interpretation: { consecutiveFactor: 2, meetingMinutes: 45 },
      homeHospitalityGuests: { min: 2, max: 5 },
    });
    const activities = v6['activities'] as JsonObject[];
    expect(activities.map((a) => a['status'])).toEqual((v5in['activities'] as JsonObject[]).map((a) => a['status']));
    for (const a of activities) {
      if (a['type'] === 'travel' || a['type'] === 'hotel-stay') expect(a).toMatchObject({ rebook: false });
      else expect(a).toMatchObject({ hostId: null, arrangement: null });
    }
    for (const v of v6['venues'] as JsonObject[]) expect(v).toMatchObject({ directoryId: null, security: '', accessibility: '' });
    // The interpreter who listed Spanish and English interprets that pair; nobody else gets one.
    expect((v6['staff'] as JsonObject[]).map((s) => [s['role'], s['languagePairs']])).toEqual([['interpreter', [['English', 'Spanish']]]]);
    const officer = { role: 'program-officer', languages: ['English', 'French'] };
    const elo = { role: 'english-language-officer', languages: ['Arabic', 'english', 'French'] };
    const monolingual = { role: 'interpreter', languages: ['Spanish', 'Portuguese'] };
    const staff = migrate({ ...v5in, staff: [officer, elo, monolingual] }, 5, MIGRATIONS, 6)['staff'] as JsonObject[];
    expect(staff.map((s) => s['languagePairs'])).toEqual([[], [['english', 'Arabic'], ['english', 'French']], []]);
  });

  test('migration 1 -> 2 adds dismissals, 2 -> 3 adds issues and 3 -> 4 a null shared, and nothing else', () => {
    const v1 = JSON.parse(fixture('v1.ivlp.json')) as JsonObject;
    const v2 = migrate(v1, 1, MIGRATIONS, 2);
    expect(v2).toEqual(JSON.parse(fixture('v2.ivlp.json')));
    const v3 = migrate(v2, 2, MIGRATIONS, 3);
    expect(v3).toEqual({ ...v2, schemaVersion: 3, issues: [] });
    expect(v3).toEqual(JSON.parse(fixture('v3.ivlp.json')));
    expect(migrate(v3, 3, MIGRATIONS, 4)).toEqual({ ...v3, schemaVersion: 4, shared: null });
  });

  test('migration 4 -> 5 adds an empty passport name to each participant and no translations to each activity, in schema order', () => {
    const v4 = JSON.parse(fixture('v4.ivlp.json')) as JsonObject;
    const v5 = migrate(v4, 4, MIGRATIONS, 5);
    const participants = v5['participants'] as JsonObject[];
    const activities = v5['activities'] as JsonObject[];
    for (const p of participants) expect(Object.keys(p).slice(Object.keys(p).indexOf('internalNotes'), Object.keys(p).indexOf('internalNotes') + 2)).toEqual(['internalNotes', 'passportName']);
    for (const a of activities) expect(a['translations']).toEqual([]);
    expect({ ...v5, participants: undefined, activities: undefined }).toEqual({ ...v4, schemaVersion: 5, participants: undefined, activities: undefined });
    expect(v4['participants']).not.toEqual(participants); // the input is untouched
  });

  test('every version fixture up to the current one loads; the current one round-trips byte for byte', () => {
    for (let v = OLDEST_SCHEMA_VERSION; v <= CURRENT_SCHEMA_VERSION; v++) {
      const text = fixture(`v${v}.ivlp.json`);
      const loaded = loadProgramText(text);
      if (!loaded.ok) throw new Error(`v${v}: ${loaded.error.message}`);
      expect(loaded.fileVersion).toBe(v);
      if (v === CURRENT_SCHEMA_VERSION) expect(serializeProgram(loaded.program)).toBe(text);
    }
  });

  test('every version from the oldest readable one has a migration to the next', () => {
    for (let v = OLDEST_SCHEMA_VERSION; v < CURRENT_SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration ${v}`).toBeTypeOf('function');
  });

  test('migrate runs an injected chain in order and stamps each version', () => {
    const seen: number[] = [];
    const step = (n: number): Migration => (doc) => {
      seen.push(doc['schemaVersion'] as number);
      return { ...doc, [`step${n}`]: true };
    };
    const table: Record<number, Migration> = { 1: step(1), 2: step(2), 3: step(3) };
    const input: JsonObject = { schemaVersion: 1, title: 'x' };
    const out = migrate(input, 1, table, 4);
    expect(out).toEqual({ schemaVersion: 4, title: 'x', step1: true, step2: true, step3: true });
    expect(seen).toEqual([1, 2, 3]);
    expect(input).toEqual({ schemaVersion: 1, title: 'x' }); // pure: the input is untouched
  });

  test('migrate reports a missing step', () => {
    const table: Record<number, Migration> = { 1: (doc) => doc, 3: (doc) => doc };
    expect(() => migrate({ schemaVersion: 1 }, 1, table, 4)).toThrow('no migration from schema version 2 to 3');
  });

  test('migrate does nothing for a current file', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION };
    expect(migrate(doc, CURRENT_SCHEMA_VERSION)).toBe(doc);
  });

  test('a file from a newer app opens read-only, with the reason', () => {
    const text = fixture(`v${CURRENT_SCHEMA_VERSION}.ivlp.json`).replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`);
    const loaded = loadProgramText(text);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.fileVersion).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(loaded.readOnlyReason).toMatch(/newer IVLP Planner/);
  });

  test('a newer file that no longer reads as this version is FUTURE_VERSION, not silently trimmed', () => {
    const doc = JSON.parse(fixture(`v${CURRENT_SCHEMA_VERSION}.ivlp.json`)) as JsonObject;
    const loaded = loadProgramText(JSON.stringify({ ...doc, schemaVersion: CURRENT_SCHEMA_VERSION + 1, budget: { total: 1 } }));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.code).toBe('FUTURE_VERSION');
  });

  test('version 0 is UNSUPPORTED_VERSION', () => {
    const loaded = loadProgramText(fixture('v1.ivlp.json').replace('"schemaVersion": 1', '"schemaVersion": 0'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.code).toBe('UNSUPPORTED_VERSION');
  });

  test('a missing or fractional schemaVersion is NOT_A_PROGRAM', () => {
    for (const text of ['{"title": "x"}', '{"schemaVersion": 1.5}', '{"schemaVersion": "1"}']) {
      const loaded = loadProgramText(text);
      expect(loaded.ok ? null : loaded.error.code, text).toBe('NOT_A_PROGRAM');
    }
  });
});

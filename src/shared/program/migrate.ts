/**
 * Migrations turn a file of schema version n into version n + 1, as pure functions over plain JSON.
 * Each has a fixture of its old version in tests/fixtures/versions/ that must keep loading.
 * Fixtures: tests/fixtures/versions/v<n>.ivlp.json, one per version ever published.
 */
import { CURRENT_SCHEMA_VERSION } from './schema';

export type JsonObject = { [key: string]: unknown };
export type Migration = (doc: JsonObject) => JsonObject;

/** `MIGRATIONS[n]` upgrades a version-n document to version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** v2 records dismissed problems in the file so a dismissal is shared, saved and undoable. */
  1: (doc) => ({ ...doc, dismissals: [] }),
  /** v3 records issued versions of the itineraries, for change tracking and calendar SEQUENCE. */
  2: (doc) => ({ ...doc, issues: [] }),
  /** v4 records which shared program (team planning) a file is a copy of; existing files are their own. */
  3: (doc) => ({ ...doc, shared: null }),
  /**
   * v5 gives participants a passport (Latin-script) name and activities translated titles and notes;
   * both start empty, which prints exactly as before.
   */
  4: (doc) => ({
    ...doc,
    participants: mapObjects(doc['participants'], (p) => insertAfter(p, 'internalNotes', 'passportName', '')),
    activities: mapObjects(doc['activities'], (a) => insertAfter(a, 'internalNotes', 'translations', [])),
  }),
  /** v6 arranges appointments with hosts, links places to the directory, knows interpreters' language pairs. */
  5: migrateTo6,
};

/** Maps the objects of a JSON array; anything else passes through for the schema to report. */
function mapObjects(value: unknown, f: (o: JsonObject) => JsonObject): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? f(item as JsonObject) : item));
}

/** A copy with `key` set right after `after` (keys in schema order keep saved files tidy); at the end when `after` is missing. */
function insertAfter(o: JsonObject, after: string, key: string, value: unknown): JsonObject {
  if (key in o) return o;
  const out: JsonObject = {};
  let placed = false;
  for (const [k, v] of Object.entries(o)) {
    out[k] = v;
    if (k === after) {
      out[key] = value;
      placed = true;
    }
  }
  if (!placed) out[key] = value;
  return out;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * 5 -> 6. Every new field gets the value that means "as before": no directory links, no hosts, no
 * arranging records, nothing to rebook, and the settings' defaults written out (as numbers here,
 * never read from the code's current defaults, so this step means the same forever). Statuses keep
 * their values: the three of version 5 are three of the six of version 6.
 *
 * Interpreters and English Language Officers who list English get a pair of English with each of
 * their other languages: what their language list meant in version 5, where interpreters were matched
 * to participants by it. Everyone else gets none.
 */
function migrateTo6(doc: JsonObject): JsonObject {
  const settings = isObject(doc['settings']) ? doc['settings'] : {};
  return {
    ...doc,
    settings: {
      ...settings,
      confirmDaysBefore: 7,
      departureBuffers: { internationalMinutes: 180, domesticMinutes: 90, trainMinutes: 30 },
      interpretation: { consecutiveFactor: 2, meetingMinutes: 45 },
      homeHospitalityGuests: { min: 2, max: 5 },
    },
    venues: list(doc['venues']).map((v) => (isObject(v) ? { ...v, directoryId: null, security: '', accessibility: '' } : v)),
    hosts: [],
    staff: list(doc['staff']).map((s) => (isObject(s) ? { ...s, languagePairs: impliedPairs(s) } : s)),
    activities: list(doc['activities']).map((a) => {
      if (!isObject(a)) return a;
      if (a['type'] === 'travel' || a['type'] === 'hotel-stay') return { ...a, rebook: false };
      return { ...a, hostId: null, arrangement: null };
    }),
  };
}

function impliedPairs(staff: JsonObject): [string, string][] {
  if (staff['role'] !== 'interpreter' && staff['role'] !== 'english-language-officer') return [];
  const languages = list(staff['languages']).filter((l): l is string => typeof l === 'string');
  const english = languages.find((l) => l.trim().toLowerCase() === 'english');
  if (!english) return [];
  return languages.filter((l) => l.trim().toLowerCase() !== 'english' && l.trim() !== '').map((l) => [english, l]);
}

/** The oldest version this app can read. */
export const OLDEST_SCHEMA_VERSION = 1;

/** Applies the chain from `fromVersion` up to `target`; throws if a step is missing. */
export function migrate(
  doc: JsonObject,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): JsonObject {
  let current = doc;
  for (let version = fromVersion; version < target; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from schema version ${version} to ${version + 1}`);
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return current;
}

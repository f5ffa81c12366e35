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

/**
 * Merging two planners' work can leave a reference with nothing at its end: one planner deletes a
 * group while another adds it to a meeting. A file must never fail to load because of a merge, so
 * the merged program is repaired the same way on every copy (docs/team-planning.md), and each
 * repair is reported as a problem to fix:
 *
 * - an id in a membership list (attendees, group members, a phase's cities) that names nothing is
 *   left out;
 * - an optional venue or host that is gone is cleared;
 * - an entity that still cannot stand (a flight from a deleted airport, two entities with one id)
 *   is set aside: it stays in the shared program, and the problem says what to restore or delete.
 */
import { programIssues } from '../program/validate';
import type { CollectionName, Program } from '../program/schema';
import { MERGE_ORDER } from './merge-command';

export interface Repair {
  kind: 'dropped-reference' | 'cleared-venue' | 'cleared-host' | 'set-aside';
  collection: CollectionName;
  id: string;
  /** What the check said, e.g. `no group with id "g-border"`. */
  message: string;
}

const MEMBERSHIP = new Set(['groupIds', 'participantIds', 'staffIds', 'cityIds', 'dietConfirmedIds']);
/** Optional references of an activity, cleared when what they name is gone. */
const OPTIONAL = new Set(['venueId', 'hostId']);
const COLLECTIONS = new Set<string>(MERGE_ORDER);

/** The program with every dangling reference repaired, and what was done. */
export function repairProgram(program: Program): { program: Program; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let current = program;
  // Each pass fixes what the check finds; setting an entity aside can only remove references, so
  // a handful of passes always ends.
  for (let pass = 0; pass < 8; pass++) {
    const issues = programIssues(current).filter((issue) => COLLECTIONS.has(String(issue.path[0])) && typeof issue.path[1] === 'number');
    if (!issues.length) break;
    const drops = new Map<string, Set<string>>();
    const clears = new Map<string, Set<string>>();
    const asides = new Set<string>();
    for (const issue of issues) {
      const collection = issue.path[0] as CollectionName;
      const entity = (current[collection] as readonly { id: string }[])[issue.path[1] as number];
      if (!entity) continue;
      const key = `${collection}\u0000${entity.id}`;
      const field = issue.path.at(-2);
      const last = issue.path.at(-1);
      const dangling = /^no [a-z ]+ with id "(.*)"$/.exec(issue.message);
      if (dangling && typeof last === 'number' && typeof field === 'string' && MEMBERSHIP.has(field)) {
        const ids = drops.get(key) ?? new Set<string>();
        ids.add(dangling[1]!);
        drops.set(key, ids);
        repairs.push({ kind: 'dropped-reference', collection, id: entity.id, message: issue.message });
      } else if (collection === 'activities' && typeof last === 'string' && OPTIONAL.has(last)) {
        const fields = clears.get(key) ?? new Set<string>();
        fields.add(last);
        clears.set(key, fields);
        repairs.push({ kind: last === 'hostId' ? 'cleared-host' : 'cleared-venue', collection, id: entity.id, message: issue.message });
      } else if (!asides.has(key)) {
        asides.add(key);
        repairs.push({ kind: 'set-aside', collection, id: entity.id, message: issue.message });
      }
    }
    const next: Record<string, unknown> = { ...current };
    for (const collection of MERGE_ORDER) {
      const list = current[collection] as readonly Record<string, unknown>[];
      let changed = false;
      const fixed = list.flatMap((entity) => {
        const key = `${collection}\u0000${entity['id'] as string}`;
        if (asides.has(key)) {
          changed = true;
          return [];
        }
        let out = entity;
        const ids = drops.get(key);
        if (ids) out = withoutIds(out, ids);
        for (const field of clears.get(key) ?? []) out = { ...out, [field]: null };
        if (out !== entity) changed = true;
        return [out];
      });
      if (changed) next[collection] = fixed;
    }
    current = next as Program;
  }
  return { program: current, repairs };
}

/** The entity without `ids` in any of its membership lists (attendees are one level down). */
function withoutIds(entity: Record<string, unknown>, ids: ReadonlySet<string>): Record<string, unknown> {
  const strip = (value: Record<string, unknown>) => {
    const out: Record<string, unknown> = { ...value };
    for (const field of MEMBERSHIP) {
      const list = out[field];
      if (Array.isArray(list)) out[field] = list.filter((id) => !ids.has(id as string));
    }
    return out;
  };
  const out = strip(entity);
  // Attendees and an appointment's arranging record (the guests whose diets a host confirmed) are one level down.
  for (const nested of ['attendees', 'arrangement']) {
    const value = out[nested];
    if (value && typeof value === 'object') out[nested] = strip(value as Record<string, unknown>);
  }
  return out;
}

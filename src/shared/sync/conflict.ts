/**
 * A conflict: teammates set one field (or one group of fields that change together) to different
 * values at the same time. Every copy shows the same winner; the conflict keeps the others until
 * someone chooses (docs/team-planning.md). Plain data, so main can send it to the window.
 */
import { localTime, shortDayLabel } from '../itinerary/format';
import type { Program } from '../program/schema';

export interface SyncConflict {
  /** Stable while the conflict stands: document, collection, entity and stored key. */
  id: string;
  where: 'plan' | 'private' | 'hosts';
  collection: string;
  entityId: string | null;
  /** For a host: the city whose hosts document holds it. */
  cityId: string | null;
  /** The stored key ("title", "cityId+timing", "host"). */
  key: string;
  /** The program fields the values are for, in order. */
  fields: string[];
  /** The winning value first; each with who set it and the field values in `fields` order. */
  values: { opId: string; by: string; values: unknown[] }[];
}

/** What a conflict is about and its values, in words: "moved to Tue 7 May 10:00 (MST) by Ann". */
export function describeConflict(conflict: SyncConflict, program: Program): { subject: string; choices: string[] } {
  const entity = conflict.entityId ? (program[conflict.collection as 'activities'] as readonly { id: string; title?: string; name?: string; familyName?: string }[] | undefined)?.find((e) => e.id === conflict.entityId) : undefined;
  const name = entity ? (entity.title ?? entity.name ?? entity.familyName ?? entity.id) : conflict.entityId ?? 'the program';
  const timingAt = conflict.fields.indexOf('timing');
  const choices = conflict.values.map(({ by, values }) => {
    if (timingAt >= 0) {
      const timing = values[timingAt] as { kind: string; start?: string } | undefined;
      const start = timing?.kind === 'scheduled' && timing.start ? localTime(timing.start) : null;
      const when = start ? `${shortDayLabel(start.date)} ${start.time} ${start.abbreviation}` : 'unscheduled';
      const cityAt = conflict.fields.indexOf('cityId');
      const city = cityAt >= 0 ? program.cities.find((c) => c.id === values[cityAt])?.name : undefined;
      return `moved to ${when}${city ? ` in ${city}` : ''} by ${by}`;
    }
    const shown = values.map((v) => (typeof v === 'string' ? `“${v}”` : v === null ? 'nothing' : JSON.stringify(v))).join(', ');
    return `set to ${shown} by ${by}`;
  });
  const what = timingAt >= 0 ? 'when and where' : conflict.fields.join(' and ');
  return { subject: `${name}: ${what}`, choices };
}

/**
 * Which entities teammates changed in this open document, and when: an undo (or redo) of the
 * planner's own edit must not silently overwrite a teammate's later change to the same item, so
 * OpenDocument asks here before replaying history.
 */
import { AppError } from '../../shared/errors';
import type { Program } from '../../shared/program/schema';
import { entityChanges } from '../../shared/sync/merge-command';

/** A history entry as far as this check is concerned: what it changed and at which revision. */
export interface HistoryTouch {
  label: string;
  touched?: readonly string[];
  revision?: number;
}

export class TeammateEdits {
  private readonly touched = new Map<string, { revision: number; by: readonly string[] }>();

  /** Notes the entities a teammates' merge changed, at the revision it produced. */
  record(before: Program, after: Program, revision: number, by: readonly string[]): void {
    for (const key of touchedBy(before, after)) this.touched.set(key, { revision, by });
  }

  /** Throws CONFLICT when a teammate changed one of the entry's entities after it was made. */
  refuse(entry: HistoryTouch, what: 'undo' | 'redo'): void {
    const since = entry.revision ?? 0;
    for (const key of entry.touched ?? []) {
      const remote = this.touched.get(key);
      if (remote && remote.revision > since) {
        const who = remote.by.length ? remote.by.join(', ') : 'a teammate';
        const verb = what === 'undo' ? ['undone', 'undoing'] : ['redone', 'redoing'];
        throw new AppError('CONFLICT', `“${entry.label}” cannot be ${verb[0]}: ${who} changed the same item since, and ${verb[1]} would overwrite their change. Change it by hand if needed.`);
      }
    }
  }
}

/** The entities an edit changed, as "collection/id". */
export function touchedBy(before: Program, after: Program): string[] {
  return entityChanges(before, after).map((change) => `${change.collection}/${change.id}`);
}

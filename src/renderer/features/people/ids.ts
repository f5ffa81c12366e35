/** Readable, unique ids for people and groups created in the People workspace ("p-perez-ana", "g-west-coast-2"). */
import { idKey, readableId } from '../../../shared/program/ids';

/**
 * `<prefix>-<name in ASCII>`, then `-2`, `-3`... until unused, also when only letter case differs
 * (readableId, the same rule as roster import). A name with no ASCII spelling (Chinese, Japanese)
 * falls back to the kind ("p-participant-2"); the id is internal only.
 */
export function uniqueId(prefix: 'p' | 's' | 'g', name: string, taken: ReadonlySet<string>): string {
  const fallback = prefix === 'p' ? 'participant' : prefix === 's' ? 'staff' : 'group';
  const keys = new Set([...taken].map(idKey));
  return readableId(prefix, name, fallback, (id) => keys.has(idKey(id)));
}

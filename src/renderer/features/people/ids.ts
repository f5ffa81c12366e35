/** Readable, unique ids for people and groups created in the People workspace ("p-perez-ana", "g-west-coast-2"). */
import { foldForSearch } from './search-text';

function slug(text: string, fallback: string): string {
  const s = foldForSearch(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return s || fallback;
}

/**
 * `<prefix>-<slug of the name>`, then `-2`, `-3`... until unused. Names in other scripts (Cyrillic,
 * Arabic) have no Latin slug and fall back to the kind ("p-participant-2"); the id is internal only.
 */
export function uniqueId(prefix: 'p' | 's' | 'g', name: string, taken: ReadonlySet<string>): string {
  const fallback = prefix === 'p' ? 'participant' : prefix === 's' ? 'staff' : 'group';
  const base = `${prefix}-${slug(name, fallback)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

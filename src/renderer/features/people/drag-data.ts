/** What a dragged row carries to the Groups panel: the kind and ids, under a type only this app reads (no names leave the window). */
import type { PersonKind } from './people-rows';

export const PEOPLE_DRAG_TYPE = 'application/x-ivlp-people';

export interface PeopleDrag {
  kind: PersonKind;
  ids: string[];
}

export function encodePeopleDrag(drag: PeopleDrag): string {
  return JSON.stringify(drag);
}

/** The drag's people, or null for anything else dropped (text, files, a malformed payload). */
export function decodePeopleDrag(data: string): PeopleDrag | null {
  try {
    const value = JSON.parse(data) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { kind, ids } = value as Record<string, unknown>;
    if ((kind !== 'participants' && kind !== 'staff') || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
    return { kind, ids: ids as string[] };
  } catch {
    return null;
  }
}

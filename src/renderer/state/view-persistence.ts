/**
 * The calendar's view (lens, quick filters, home-time toggle) per program, in localStorage, so a
 * reload or reopening the program shows what the planner was looking at. Anything unreadable is
 * ignored: a view is a convenience, never a reason to fail opening a program.
 */
import { NO_FILTERS, type Lens, type QuickFilters } from '../model/lens';

export interface SavedView {
  lens: Lens | null;
  filters: QuickFilters;
  homeTime: boolean;
}

const DEFAULT_VIEW: SavedView = { lens: null, filters: NO_FILTERS, homeTime: false };
const KINDS = new Set(['group', 'participant', 'staff', 'city']);
const key = (programId: string) => `ivlp.view.${programId}`;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

export function readView(programId: string): SavedView {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(key(programId)) ?? 'null') as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') return DEFAULT_VIEW;
    const l = raw.lens as Record<string, unknown> | null;
    const lens = l && typeof l === 'object' && KINDS.has(l.kind as string) && typeof l.id === 'string' ? ({ kind: l.kind, id: l.id } as Lens) : null;
    const f = (raw.filters ?? {}) as Record<string, unknown>;
    const filters = { hiddenTypes: strings(f.hiddenTypes), hiddenStatuses: strings(f.hiddenStatuses) } as QuickFilters;
    return { lens, filters: filters.hiddenTypes.length || filters.hiddenStatuses.length ? filters : NO_FILTERS, homeTime: raw.homeTime === true };
  } catch {
    return DEFAULT_VIEW;
  }
}

export function writeView(programId: string, view: SavedView): void {
  try {
    globalThis.localStorage?.setItem(key(programId), JSON.stringify(view));
  } catch {
    // Storage full or disabled: the view simply is not remembered.
  }
}

/**
 * A new activity from a range selected on the calendar, with defaults from the lens: a group,
 * participant or staff lens makes them the attendees; a city lens picks that city; otherwise the
 * city the selected day's other activities happen in, or the first city. The time is written in
 * the city's zone (read in home time when the calendar shows home time).
 */
import type { Activity, Attendees, PlaceActivity, Program } from '../../../shared/program/schema';
import { EVERYONE, NOBODY, placeActivity } from '../../../shared/program/factory';
import { epochMs, inZone, localDate, zonedFromLocal } from '../../../shared/time';
import type { Lens } from '../../model/lens';

export interface CreateRequest {
  /** Wall times (YYYY-MM-DDTHH:MM:SS) as the calendar shows them. */
  start: string;
  end: string;
  type: PlaceActivity['type'];
  title: string;
  /** A place chosen for it (one taken from the directory): its city and venue, instead of the defaults. */
  place?: { cityId: string; venueId: string };
}

export type CreateOutcome = { ok: true; activity: Activity } | { ok: false; message: string };

function attendeesFor(lens: Lens | null): Attendees {
  if (!lens || lens.kind === 'needs-action') return EVERYONE;
  if (lens.kind === 'city') return NOBODY;
  if (lens.kind === 'group') return { ...NOBODY, groupIds: [lens.id] };
  if (lens.kind === 'participant') return { ...NOBODY, participantIds: [lens.id] };
  return { ...NOBODY, staffIds: [lens.id] };
}

/** The city a new activity on `date` defaults to. */
export function defaultCity(program: Program, lens: Lens | null, date: string): string | null {
  if (lens?.kind === 'city' && program.cities.some((c) => c.id === lens.id)) return lens.id;
  const counts = new Map<string, number>();
  for (const a of program.activities) {
    if (a.timing.kind !== 'scheduled' || !('cityId' in a) || localDate(a.timing.start) !== date) continue;
    counts.set(a.cityId, (counts.get(a.cityId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = id;
  return best ?? program.cities[0]?.id ?? null;
}

/** Builds the activity; `id` comes from the caller so this stays pure. */
export function activityFromSelection(
  program: Program,
  lens: Lens | null,
  request: CreateRequest,
  id: string,
  displayZone: string | null,
): CreateOutcome {
  const title = request.title.trim();
  if (!title) return { ok: false, message: 'Give the activity a title' };
  const cityId = request.place?.cityId ?? defaultCity(program, lens, request.start.slice(0, 10));
  const city = program.cities.find((c) => c.id === cityId);
  if (!city) return { ok: false, message: 'Add a city to the program first' };
  let start: string;
  let end: string;
  try {
    const read = (wall: string) => (displayZone ? inZone(zonedFromLocal(wall, displayZone), city.timeZone) : zonedFromLocal(wall, city.timeZone));
    start = read(request.start);
    end = read(request.end);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (epochMs(end) <= epochMs(start)) return { ok: false, message: 'The end must be after the start' };
  const venue = request.place ? { id: request.place.venueId } : program.venues.find((v) => v.cityId === city.id && v.kind === 'venue');
  return {
    ok: true,
    activity: placeActivity({
      id,
      title,
      cityId: city.id,
      type: request.type,
      status: 'tentative',
      timing: { kind: 'scheduled', start, end },
      attendees: attendeesFor(lens),
      venueId: venue?.id ?? null,
    }),
  };
}

/** An id not used by any activity of the program. */
export function newActivityId(program: Program): string {
  return freshActivityId(new Set(program.activities.map((a) => a.id)));
}

/** An id not in `taken` (for several new activities made in one command, such as copies). */
export function freshActivityId(taken: ReadonlySet<string>): string {
  for (;;) {
    // getRandomValues rather than randomUUID: the latter needs a secure context, which the
    // test harness's http origin is not.
    const bytes = crypto.getRandomValues(new Uint8Array(5));
    const id = `act-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Where the create form starts when no range was selected (keyboard, New activity button):
 * 09:00–10:00 on the first day the calendar shows, kept within the program's dates.
 */
export function defaultCreateSlot(firstShownDay: string, program: Pick<Program, 'startDate' | 'endDate'>): { start: string; end: string } {
  const day = firstShownDay < program.startDate ? program.startDate : firstShownDay > program.endDate ? program.endDate : firstShownDay;
  return { start: `${day}T09:00:00`, end: `${day}T10:00:00` };
}

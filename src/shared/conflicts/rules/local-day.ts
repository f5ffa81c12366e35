/** Helpers for rules that work by local calendar day rather than by instant. */
import type { Entry } from '../entry';
import { DAY_MS } from '../format';
import { firstStartingAt } from '../timeline';

// UTC offsets lie within -12:00..+14:00, so a local date's instants lie within this margin of its UTC day.
const MARGIN_MS = 15 * 3_600_000;

/** The entries of a start-sorted list whose local start date is day number `day`, in order. */
export function onLocalDay(list: readonly Entry[], day: number): Entry[] {
  const result: Entry[] = [];
  const until = (day + 1) * DAY_MS + MARGIN_MS;
  for (let i = firstStartingAt(list, day * DAY_MS - MARGIN_MS); i < list.length; i++) {
    const e = list[i] as Entry;
    if (e.startMs >= until) break;
    if (e.localStartDay === day) result.push(e);
  }
  return result;
}

/**
 * Appointments: what local partners book with hosts, what "about 4 a day" counts and what a closed
 * office cancels. Briefings (orientations, daily debriefs) are run by the program's own staff.
 */
export const APPOINTMENT_TYPES: ReadonlySet<string> = new Set(['meeting', 'site-visit']);

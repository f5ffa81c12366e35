/**
 * Next year's program from this year's (docs/clone.md). Every date moves by whole weeks, so a
 * Monday stays a Monday; every time stays the same local wall time at its place, with the offset
 * the new date has there (DST-correct: a 09:00 meeting in New York stays 09:00 whether the new date
 * is in daylight or standard time). The structure stays: phases, cities, venues, hotels, hosts,
 * staff, groups and every activity that happened. What belonged to last year goes unless asked:
 * the participants (and what only they attended), issued versions and dismissed problems.
 * Appointments start again as ideas or requests; bookings are marked to make again.
 */
import { AppError } from '../errors';
import { ARRANGED_TYPES, isCalledOff } from '../program/status';
import type { Activity, Attendees, Program } from '../program/schema';
import { formatZoned, parseZoned, Temporal, type ZonedString } from '../time';

export interface CloneOptions {
  /** First day of the new program (YYYY-MM-DD); must be the same weekday as the old first day. */
  start: string;
  /** What meetings, site visits, meals and home-hospitality visits become. */
  appointments: 'idea' | 'requested';
  /** Keep the participants (their dates shifted) and what they alone attend. */
  keepRoster?: boolean;
  /** Keep the record of issued itineraries (last year's dates, as history). */
  keepIssues?: boolean;
  /** Keep dismissed problems (their ids name last year's days, so most will not match). */
  keepDismissals?: boolean;
}

export interface CloneReport {
  /** Days every date moved (a multiple of 7). */
  shiftDays: number;
  activities: number;
  /** Appointments set to the chosen status. */
  appointments: number;
  /** Flights, trains, transfers and hotel stays marked to book again. */
  rebook: number;
  /** Cancelled or declined last year: they did not happen, so they are not copied. */
  droppedCalledOff: number;
  /** For last year's participants by name (their flights, pick-ups, individual appointments). */
  droppedPersonal: number;
  /** Wall times that do not exist on the new date (a spring-forward night), moved later by the gap. */
  movedOutOfGap: { activityId: string; from: string; to: string }[];
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A clone that cannot be made: a start on another weekday, or a date that is not a date. */
export class CloneError extends AppError<'INVALID'> {}

function plainDate(value: string, what: string): Temporal.PlainDate {
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new CloneError('INVALID', `${what} must be a date as YYYY-MM-DD, not "${value}"`);
  }
}

/** Days from the source's first day to `start`, or a CloneError naming the nearest good dates. */
export function shiftDaysTo(source: Pick<Program, 'startDate'>, start: string): number {
  const from = plainDate(source.startDate, 'the program’s start');
  const to = plainDate(start, 'the new start');
  const days = from.until(to, { largestUnit: 'days' }).days;
  if (days % 7 !== 0) {
    const weekday = WEEKDAYS[from.dayOfWeek - 1] as string;
    const before = to.subtract({ days: ((to.dayOfWeek - from.dayOfWeek) % 7 + 7) % 7 });
    const after = before.add({ days: 7 });
    throw new CloneError(
      'INVALID',
      `${start} is a ${WEEKDAYS[to.dayOfWeek - 1]}, but the program starts on a ${weekday} (${source.startDate}); so that every day keeps its weekday, start on ${weekday} ${before.toString()} or ${weekday} ${after.toString()}.`,
    );
  }
  return days;
}

/** "Towards ... 2024" -> "... 2025" when the new start is in another year; other text as it is. */
function withYear(text: string, fromYear: number, toYear: number): string {
  return fromYear === toYear ? text : text.replace(new RegExp(`\\b${fromYear}\\b`, 'g'), String(toYear));
}

/** Shifts a YYYY-MM-DD date by whole days. */
export function shiftDate(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/**
 * The same local wall time `days` later in the same zone. A wall time the new date skips (the
 * spring-forward hour) is moved later by the gap, as clocks do, and reported.
 */
export function shiftZoned(value: ZonedString, days: number): { value: ZonedString; movedFromGap: boolean } {
  const zoned = parseZoned(value);
  const wall = zoned.toPlainDateTime().add({ days });
  const next = wall.toZonedDateTime(zoned.timeZoneId, { disambiguation: 'compatible' });
  return { value: formatZoned(next), movedFromGap: !next.toPlainDateTime().equals(wall) };
}

/** Next year's program, and what the clone did. Throws CloneError for a start on another weekday. */
export function cloneProgram(source: Program, options: CloneOptions): { program: Program; report: CloneReport } {
  const days = shiftDaysTo(source, options.start);
  const fromYear = Number(source.startDate.slice(0, 4));
  const toYear = Number(options.start.slice(0, 4));
  const year = (text: string) => withYear(text, fromYear, toYear);
  const date = (d: string) => shiftDate(d, days);
  const keepRoster = options.keepRoster === true;
  const report: CloneReport = { shiftDays: days, activities: 0, appointments: 0, rebook: 0, droppedCalledOff: 0, droppedPersonal: 0, movedOutOfGap: [] };

  const activities: Activity[] = [];
  for (const original of source.activities) {
    if (isCalledOff(original.status)) {
      report.droppedCalledOff++;
      continue;
    }
    const attendees: Attendees = keepRoster ? original.attendees : { ...original.attendees, participantIds: [] };
    // What was for last year's people by name (their flights, pick-ups, individual appointments)
    // goes with them; a home-hospitality evening stays, its family waiting for next year's guests.
    const named = !keepRoster && original.attendees.participantIds.length > 0 && !attendees.everyone && attendees.groupIds.length === 0 && original.type !== 'home-hospitality';
    const nobody = !attendees.everyone && attendees.groupIds.length === 0 && attendees.participantIds.length === 0 && attendees.staffIds.length === 0;
    if (named || nobody) {
      report.droppedPersonal++;
      continue;
    }
    let activity: Activity = { ...original, attendees };
    if (activity.timing.kind === 'scheduled') {
      const start = shiftZoned(activity.timing.start, days);
      const end = shiftZoned(activity.timing.end, days);
      if (start.movedFromGap || end.movedFromGap) report.movedOutOfGap.push({ activityId: activity.id, from: activity.timing.start, to: start.value });
      activity = { ...activity, timing: { kind: 'scheduled', start: start.value, end: end.value } };
    }
    activity = { ...activity, title: year(activity.title) };
    if (activity.type === 'travel' || activity.type === 'hotel-stay') {
      activity = { ...activity, rebook: true };
      report.rebook++;
    } else if (ARRANGED_TYPES.has(activity.type)) {
      // A new arranging round: who arranges and the note stay, the dates and the diets confirmed for last year's guests do not.
      const arrangement = activity.arrangement ? { ...activity.arrangement, askedOn: null, lastContactOn: null, dietConfirmedIds: [] } : null;
      activity = { ...activity, status: options.appointments, arrangement };
      report.appointments++;
    }
    activities.push(activity);
  }
  report.activities = activities.length;

  const participants = keepRoster
    ? source.participants.map((p) => ({ ...p, arrival: p.arrival && date(p.arrival), departure: p.departure && date(p.departure) }))
    : [];
  const program: Program = {
    ...source,
    id: sameYearId(source.id, fromYear, toYear),
    title: year(source.title),
    startDate: date(source.startDate),
    endDate: date(source.endDate),
    description: year(source.description),
    phases: source.phases.map((p) => ({ ...p, name: year(p.name), startDate: date(p.startDate), endDate: date(p.endDate) })),
    participants,
    staff: source.staff.map((s) => ({ ...s, arrival: s.arrival && date(s.arrival), departure: s.departure && date(s.departure) })),
    groups: keepRoster ? source.groups : source.groups.map((g) => ({ ...g, participantIds: [] })),
    activities,
    dismissals: options.keepDismissals ? source.dismissals : [],
    issues: options.keepIssues ? source.issues : [],
    // A clone is a new program of the planner's own: it is not a copy of the shared program (if
    // any) that the source is, whose address would otherwise send its changes there.
    shared: null,
  };
  return { program, report };
}

/** The new program's id: the year in it replaced, or "-next" added, so the two never share an id. */
function sameYearId(id: string, fromYear: number, toYear: number): string {
  const replaced = withYear(id, fromYear, toYear);
  return replaced !== id ? replaced : `${id.slice(0, 59)}-next`;
}

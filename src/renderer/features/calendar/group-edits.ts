/**
 * Edits to several selected activities at once, as ONE command (a `batch` with a label such as
 * "Move 3 activities"), so one gesture is one undo step. A move is a shift in wall time: the
 * dragged event's whole days and minutes, applied to each activity at the wall-clock time the
 * calendar shows it (its own place's, or home time with the toggle on), so every block moves by
 * the same distance on screen. If any one of them cannot move, none does, and the message names
 * the activity and the reason. Pure: the ids of copies come from the caller.
 */
import { applyCommand } from '../../../shared/commands/apply';
import type { Command } from '../../../shared/commands/types';
import type { Activity, Program } from '../../../shared/program/schema';
import { inZone, localDate, zonedFromLocal, zoneOf, type ZonedString } from '../../../shared/time';
import type { DroppedEvent, EditOutcome } from './calendar-edits';
import { DAY_MS, dateMs, dateOfMs, dateStringOf, wallClock, wallMs, wallStringOf } from '../../model/wall-time';

/** A move in wall time: whole calendar days plus minutes (either may be negative). */
export interface Shift {
  days: number;
  minutes: number;
}

type Scheduled = Activity & { timing: { kind: 'scheduled'; start: ZonedString; end: ZonedString } };
type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

const isScheduled = (a: Activity): a is Scheduled => a.timing.kind === 'scheduled';
const isStay = (a: Activity) => a.type === 'hotel-stay';

/** The start as the calendar lays it out: wall-as-UTC ms in the display zone, or in its own zone. */
function shownStartMs(activity: Scheduled, displayZone: string | null): number {
  return wallMs(displayZone ? inZone(activity.timing.start, displayZone) : activity.timing.start);
}

/**
 * How far a drop moved the dragged event. Days are the change of calendar date (what a hotel stay
 * in the all-day row follows); minutes are the rest, so days + minutes is the exact wall-time change.
 */
export function shiftOfDrop(activity: Activity, dropped: DroppedEvent, displayZone: string | null = null): Shift | null {
  if (!isScheduled(activity) || !dropped.start) return null;
  if (isStay(activity)) {
    return { days: Math.round((dateMs(dateStringOf(dropped.start)) - dateMs(localDate(activity.timing.start))) / DAY_MS), minutes: 0 };
  }
  const from = shownStartMs(activity, displayZone);
  const to = dropped.start.getTime();
  const days = Math.round((dateMs(dateOfMs(to)) - dateMs(dateOfMs(from))) / DAY_MS);
  return { days, minutes: Math.round((to - from - days * DAY_MS) / 60_000) };
}

/** "Move “Orientation”" for one, "Move 3 activities" for several. */
export function groupLabel(verb: string, activities: readonly Activity[]): string {
  const [only] = activities;
  return activities.length === 1 && only ? `${verb} “${only.title}”` : `${verb} ${activities.length} activities`;
}

/** The selected activities that exist, in selection order. */
function selected(program: Program, ids: readonly string[]): Activity[] {
  const byId = new Map(program.activities.map((a) => [a.id, a]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function zoned(wall: string, zone: string, displayZone: string | null): Outcome<ZonedString> {
  try {
    return { ok: true, value: displayZone ? inZone(zonedFromLocal(wall, displayZone), zone) : zonedFromLocal(wall, zone) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Refuses a start date that leaves the program's dates. Moving back towards them is always
 * allowed, so an activity that already lies outside (an early arrival) is not stuck there.
 */
function outsideProgram(program: Program, from: string, to: string): string | null {
  if (to < program.startDate && to < from) return `it would start on ${to}, before the program begins (${program.startDate})`;
  if (to > program.endDate && to > from) return `it would start on ${to}, after the program ends (${program.endDate})`;
  return null;
}

/** The command that shifts one activity, or null when the shift leaves it where it is. */
function shiftCommand(program: Program, activity: Scheduled, shift: Shift, displayZone: string | null): Outcome<Command | null> {
  const { start, end } = activity.timing;
  if (isStay(activity)) {
    // Hotel stays live in the all-day row: whole days only, keeping check-in and check-out clock times.
    if (!shift.days) return { ok: true, value: null };
    const day = (value: ZonedString) => dateOfMs(dateMs(localDate(value)) + shift.days * DAY_MS);
    const outside = outsideProgram(program, localDate(start), day(start));
    if (outside) return { ok: false, message: outside };
    const nextStart = zoned(`${day(start)}T${wallClock(start)}`, zoneOf(start), null);
    if (!nextStart.ok) return nextStart;
    const nextEnd = zoned(`${day(end)}T${wallClock(end)}`, zoneOf(end), null);
    if (!nextEnd.ok) return nextEnd;
    return { ok: true, value: { type: 'activity/set-times', id: activity.id, start: nextStart.value, end: nextEnd.value } };
  }
  if (!shift.days && !shift.minutes) return { ok: true, value: null };
  const wall = wallStringOf(new Date(shownStartMs(activity, displayZone) + shift.days * DAY_MS + shift.minutes * 60_000));
  const next = zoned(wall, zoneOf(start), displayZone);
  if (!next.ok) return next;
  const outside = outsideProgram(program, localDate(start), localDate(next.value));
  if (outside) return { ok: false, message: outside };
  // activity/move keeps the exact duration, as a single drop does (a flight keeps its block time).
  return { ok: true, value: { type: 'activity/move', id: activity.id, start: next.value } };
}

/**
 * Applies each command in turn to a scratch copy, so a refusal of the program's own rules (a
 * missing venue, an invalid time) names the activity it is about, before anything is painted.
 */
function checked(program: Program, steps: readonly { activity: Activity; command: Command }[], verb: string): Outcome<Program> {
  let current = program;
  for (const { activity, command } of steps) {
    try {
      current = applyCommand(current, command).program;
    } catch (error) {
      return { ok: false, message: `Cannot ${verb} “${activity.title}”: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  return { ok: true, value: current };
}

function asCommand(steps: readonly { activity: Activity; command: Command }[], label: string): Command {
  const [only] = steps;
  // One activity: its own intent-level command, so the undo label reads as it always has.
  return steps.length === 1 && only ? only.command : { type: 'batch', label, commands: steps.map((s) => s.command) };
}

/** Shifts every selected activity on the calendar by the same wall-time distance: all or none. */
export function moveSelection(program: Program, ids: readonly string[], shift: Shift, displayZone: string | null = null): EditOutcome {
  const steps: { activity: Activity; command: Command }[] = [];
  const activities = selected(program, ids).filter(isScheduled);
  if (!activities.length) return { ok: false, message: 'Select an activity on the calendar first' };
  for (const activity of activities) {
    const outcome = shiftCommand(program, activity, shift, displayZone);
    if (!outcome.ok) return { ok: false, message: `Cannot move “${activity.title}”: ${outcome.message}` };
    if (outcome.value) steps.push({ activity, command: outcome.value });
  }
  if (!steps.length) {
    const why = activities.every(isStay) ? 'hotel stays move by whole days' : 'nothing would change';
    return { ok: false, message: `Cannot move ${groupLabel('', activities).trim()}: ${why}` };
  }
  const result = checked(program, steps, 'move');
  if (!result.ok) return result;
  return { ok: true, command: asCommand(steps, groupLabel('Move', steps.map((s) => s.activity))) };
}

/**
 * Copies of the selected activities, shifted like a move: fresh ids, the same title and every
 * other field. The originals stay where they are. Always a batch, so the undo label says "Copy".
 */
export function copySelection(
  program: Program,
  ids: readonly string[],
  shift: Shift,
  newId: (taken: ReadonlySet<string>) => string,
  displayZone: string | null = null,
): EditOutcome {
  const activities = selected(program, ids).filter(isScheduled);
  if (!activities.length) return { ok: false, message: 'Select an activity on the calendar first' };
  const taken = new Set(program.activities.map((a) => a.id));
  const steps: { activity: Activity; command: Command }[] = [];
  for (const activity of activities) {
    const outcome = shiftCommand(program, activity, shift, displayZone);
    if (!outcome.ok) return { ok: false, message: `Cannot copy “${activity.title}”: ${outcome.message}` };
    // Where the original would land is where the copy goes: apply the move to a scratch program.
    const placed = outcome.value ? applyCommand(program, outcome.value).program.activities.find((a) => a.id === activity.id) : activity;
    if (!placed) return { ok: false, message: `Cannot copy “${activity.title}”: it is no longer in the program` };
    const id = newId(taken);
    taken.add(id);
    steps.push({ activity, command: { type: 'activity/create', activity: { ...placed, id } } });
  }
  const result = checked(program, steps, 'copy');
  if (!result.ok) return result;
  return { ok: true, command: { type: 'batch', label: groupLabel('Copy', activities), commands: steps.map((s) => s.command) } };
}

/** Sends the selected scheduled activities to the Unscheduled tray (each keeps its duration). */
export function unscheduleSelection(program: Program, ids: readonly string[]): EditOutcome {
  const activities = selected(program, ids).filter(isScheduled);
  if (!activities.length) return { ok: false, message: 'None of the selected activities is on the calendar' };
  const steps = activities.map((activity) => ({ activity, command: { type: 'activity/unschedule', id: activity.id } as Command }));
  return { ok: true, command: asCommand(steps, groupLabel('Unschedule', activities)) };
}

/** Deletes the selected activities; undo puts each back where it was in the file. */
export function deleteSelection(program: Program, ids: readonly string[]): EditOutcome {
  const activities = selected(program, ids);
  if (!activities.length) return { ok: false, message: 'Nothing is selected' };
  const steps = activities.map((activity) => ({ activity, command: { type: 'activity/delete', id: activity.id } as Command }));
  return { ok: true, command: asCommand(steps, groupLabel('Delete', activities)) };
}

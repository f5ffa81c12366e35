/**
 * What changed for each traveler since the version they hold: pure, from the program's recorded
 * version and the program as it is now. Times are given in local time at the place, with the zone.
 */
import { personName } from '../itinerary/project';
import { localTime, shortDayLabel } from '../itinerary/format';
import type { ActivitySnapshot, IssuedVersion, Program } from '../program/schema';
import { epochMs } from '../time';
import { assertNever } from '../assert';
import { resolveVersions, type ResolvedVersion } from '../program/issued-versions';
import { currentSnapshots, currentTravelers } from './snapshot';

export type ChangeKind = 'added' | 'removed' | 'cancelled' | 'reinstated' | 'moved' | 'retimed' | 'place' | 'flight' | 'hotel' | 'renamed' | 'status' | 'details';

/** One change to one activity in a traveler's itinerary; before/after in words, local time with zone. */
export interface ActivityChange {
  kind: ChangeKind;
  activityId: string;
  /** The activity's title now (or, when removed, as issued). */
  title: string;
  before: string | null;
  after: string | null;
}

export interface TravelerChanges {
  kind: 'participant' | 'staff';
  personId: string;
  name: string;
  /** The version compared with; null when the traveler was added to the program after it (everything is new). */
  heldVersion: number | null;
  changes: ActivityChange[];
}

/** The recorded version with this number; RangeError when there is none. */
export function issuedVersion(program: Program, version: number): IssuedVersion {
  const found = program.issues.find((v) => v.version === version);
  if (!found) {
    const known = program.issues.map((v) => v.version);
    throw new RangeError(`no issued version ${version} in this program (${known.length ? `versions: ${known.join(', ')}` : 'nothing has been issued yet'})`);
  }
  return found;
}

/** "Mon, May 6, 09:00–10:30 MST", or across days or zones "Mon, May 6, 22:10 MST – Tue, May 7, 05:45 EDT". */
export function whenText(start: string, end: string): string {
  const s = localTime(start);
  const e = localTime(end);
  if (s.date === e.date && s.abbreviation === e.abbreviation) return `${shortDayLabel(s.date)}, ${s.time}–${e.time} ${s.abbreviation}`;
  return `${shortDayLabel(s.date)}, ${s.time} ${s.abbreviation} – ${shortDayLabel(e.date)}, ${e.time} ${e.abbreviation}`;
}

function travelText(s: ActivitySnapshot): string {
  const t = s.travel;
  if (!t) return '';
  const service = [t.carrier, t.number].filter((x) => x.trim() !== '').join(' ');
  return `${service ? `${service}, ` : ''}${t.origin} → ${t.destination}`;
}

function whereText(s: ActivitySnapshot): string {
  return s.travel ? travelText(s) : (s.hotel ?? s.place);
}

function when(s: ActivitySnapshot): string {
  return whenText(s.start, s.end);
}

function compare(before: ActivitySnapshot, after: ActivitySnapshot): ActivityChange[] {
  const change = (kind: ChangeKind, b: string | null, a: string | null): ActivityChange => ({ kind, activityId: after.id, title: after.title, before: b, after: a });
  if (before.status !== 'cancelled' && after.status === 'cancelled') return [change('cancelled', when(before), null)];
  if (before.status === 'cancelled' && after.status !== 'cancelled') return [change('reinstated', null, `${when(after)}${whereText(after) ? `, ${whereText(after)}` : ''}`)];
  const out: ActivityChange[] = [];
  if (before.title !== after.title) out.push(change('renamed', before.title, after.title));
  if (before.start !== after.start || before.end !== after.end) {
    const moved = localTime(before.start).date !== localTime(after.start).date;
    out.push(change(moved ? 'moved' : 'retimed', when(before), when(after)));
  }
  if (before.place !== after.place) out.push(change('place', before.place, after.place));
  if (travelText(before) !== travelText(after)) out.push(change('flight', travelText(before), travelText(after)));
  if (before.hotel !== after.hotel) out.push(change('hotel', before.hotel, after.hotel));
  if (before.status !== after.status) out.push(change('status', before.status, after.status));
  // Only a hash of notes, host and dress code is kept, so the change is named but not shown.
  if (before.details !== after.details) out.push(change('details', null, null));
  return out;
}

/**
 * Per traveler on the roster now, what changed in their itinerary since `version` (RangeError for a
 * version that was never issued). Travelers with nothing changed have an empty list. People
 * deleted since the version are not listed: there is no one to send an update to.
 */
export function changesSince(program: Program, version: number): TravelerChanges[] {
  const issued = issuedVersion(program, version);
  const resolved = resolveVersions(program.issues).find((v) => v.version === version) as ResolvedVersion;
  const oldActivities = resolved.activities;
  const oldTravelers = resolved.travelers;
  const travelers = currentTravelers(program);
  const nowActivities = new Map(currentSnapshots(program, travelers).map((a) => [a.id, a]));
  const names = new Map([...program.participants, ...program.staff].map((p) => [p.id, personName(p)]));
  return travelers.map((t) => {
    const held = oldTravelers.get(`${t.kind}:${t.personId}`);
    const before = new Set(held?.ids ?? []);
    const after = new Set(t.ids);
    const dated: { at: number; change: ActivityChange }[] = [];
    for (const id of before) {
      const old = oldActivities.get(id) as ActivitySnapshot;
      if (!after.has(id)) dated.push({ at: epochMs(old.start), change: { kind: 'removed', activityId: id, title: old.title, before: whenText(old.start, old.end), after: null } });
    }
    for (const id of after) {
      const now = nowActivities.get(id) as ActivitySnapshot;
      const old = before.has(id) ? oldActivities.get(id) : undefined;
      if (!old) {
        const where = whereText(now);
        dated.push({ at: epochMs(now.start), change: { kind: 'added', activityId: id, title: now.title, before: null, after: `${whenText(now.start, now.end)}${where ? `, ${where}` : ''}` } });
      } else {
        for (const change of compare(old, now)) dated.push({ at: epochMs(now.start), change });
      }
    }
    dated.sort((a, b) => a.at - b.at);
    return { kind: t.kind, personId: t.personId, name: names.get(t.personId) ?? t.personId, heldVersion: held ? issued.version : null, changes: dated.map((d) => d.change) };
  });
}

/** The travelers whose itinerary changed since `version`, in roster order. */
export function affectedTravelers(program: Program, version: number): TravelerChanges[] {
  return changesSince(program, version).filter((t) => t.changes.length > 0);
}

/** One change in plain words, for the "Changes since version N" page and the command line. */
export function describeChange(c: ActivityChange): string {
  switch (c.kind) {
    case 'added':
      return `Added: ${c.title}, ${c.after}`;
    case 'removed':
      return `No longer in your itinerary: ${c.title} (was ${c.before})`;
    case 'cancelled':
      return `Cancelled: ${c.title} (was ${c.before})`;
    case 'reinstated':
      return `Back on: ${c.title}, ${c.after}`;
    case 'moved':
      return `Moved to another day: ${c.title}, was ${c.before}, now ${c.after}`;
    case 'retimed':
      return `New time: ${c.title}, was ${c.before}, now ${c.after}`;
    case 'place':
      return `New place: ${c.title}, was ${c.before || 'not set'}, now ${c.after || 'not set'}`;
    case 'flight':
      return `Flight or train changed: ${c.title}, was ${c.before}, now ${c.after}`;
    case 'hotel':
      return `Hotel changed: ${c.title}, was ${c.before}, now ${c.after}`;
    case 'renamed':
      return `Renamed: “${c.before}” is now “${c.after}”`;
    case 'status':
      return `${c.title} is now ${c.after} (was ${c.before})`;
    case 'details':
      return `Details updated (notes, host, dress code or pick-up): ${c.title}`;
    default:
      return assertNever(c.kind);
  }
}

/**
 * What the issuing dialogs say and show, as pure functions of the program: the command that
 * records a version, the message after it, and the per-traveler change list for a version.
 */
import type { Command } from '../../../shared/commands/types';
import { changesSince, describeChange, issueSnapshot } from '../../../shared/issuing/index';
import type { IssuedVersion, Program } from '../../../shared/program/schema';

/** The one undoable command "Issue itineraries" applies: a snapshot of every traveler's itinerary now. */
export function issueCommand(program: Program, note: string, now: Date): Extract<Command, { type: 'program/issue' }> {
  return { type: 'program/issue', issued: issueSnapshot(program, { issuedAt: now.toISOString(), note: note.trim() }) };
}

/** "Version 2 issued to 58 travelers". */
export function issuedMessage(issued: IssuedVersion): string {
  const n = issued.travelers.length;
  return `Version ${issued.version} issued to ${n} ${n === 1 ? 'traveler' : 'travelers'}`;
}

/** "1 error" / "3 errors": open error-severity problems worth a second look before issuing. */
export function errorWarning(errors: number): string | null {
  if (errors <= 0) return null;
  return `The program has ${errors === 1 ? '1 open error' : `${errors} open errors`} (see Problems). You can issue anyway; travelers will receive the itineraries as they are.`;
}

export interface TravelerChangeList {
  key: string;
  name: string;
  kind: 'participant' | 'staff';
  /** True when the traveler joined after the version: everything in their itinerary is new. */
  joinedAfter: boolean;
  lines: { activityId: string; text: string }[];
}

export interface ChangesView {
  version: number;
  issuedAt: string;
  note: string;
  /** Only travelers with at least one change, in roster order. */
  travelers: TravelerChangeList[];
  /** Travelers on the roster now. */
  total: number;
  /** Changes over all travelers. */
  changeCount: number;
}

/** Per traveler what changed since `version` (which must have been issued). */
export function changesView(program: Program, version: number): ChangesView {
  const issued = program.issues.find((v) => v.version === version);
  if (!issued) throw new RangeError(`no issued version ${version}`);
  const all = changesSince(program, version);
  const travelers = all
    .filter((t) => t.changes.length > 0)
    .map((t) => ({
      key: `${t.kind}:${t.personId}`,
      name: t.name,
      kind: t.kind,
      joinedAfter: t.heldVersion === null,
      lines: t.changes.map((c) => ({ activityId: c.activityId, text: describeChange(c) })),
    }));
  return { version, issuedAt: issued.issuedAt, note: issued.note, travelers, total: all.length, changeCount: travelers.reduce((n, t) => n + t.lines.length, 0) };
}

/** "3 changes for 2 of 58 travelers". */
export function changesSummary(view: ChangesView): string {
  const changes = view.changeCount === 1 ? '1 change' : `${view.changeCount} changes`;
  return `${changes} for ${view.travelers.length} of ${view.total} ${view.total === 1 ? 'traveler' : 'travelers'}`;
}

/** The date and time a version was issued, in the planner's own zone. */
export function issuedAtText(issuedAt: string): string {
  const d = new Date(issuedAt);
  if (Number.isNaN(d.getTime())) return issuedAt;
  return d.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

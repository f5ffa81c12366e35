/**
 * What rules read: the program-wide facts (settings, places, names) and the per-person and
 * per-group state the checker keeps up to date between edits.
 */
import { departureBufferMinutes, departureKind, departureLookups, type DepartureKind, type DepartureLookups } from '../program/departures';
import type { Group, Participant, Program, ProgramHost, Staff } from '../program/schema';
import type { Entry } from './entry';
import type { Finding } from './findings';
import { clockMinutes } from './format';
import { Places } from './geo';
import type { Presence, PresenceRules } from './presence';
import type { Timeline } from './timeline';
import type { ConflictSettings, RuleId, Severity } from './types';

export interface PersonState {
  readonly id: string;
  person: Participant | Staff;
  /** Bumped when the person object changes (names in messages). */
  rev: number;
  name: string;
  /** Groups the person belongs to. */
  readonly groups: Set<string>;
  /** When they are in the program (presence.ts); kept in step with `tl` by Indexes.rebuildTimeline. */
  presence: Presence;
  tl: Timeline;
  /** Findings of person-day rules, by bucket day number. */
  readonly units: Map<number, Finding[]>;
  nights: Finding[];
}

export interface GroupState {
  readonly id: string;
  group: Group;
  rev: number;
  readonly members: Set<string>;
  /** Activities the group attends as a group (listed by id, or everyone). */
  tl: Timeline;
  readonly units: Map<number, Finding[]>;
}

export interface CheckContext {
  readonly program: Program;
  readonly settings: ConflictSettings;
  readonly places: Places;
  /** Which cities are the program's, for presence and the rules that use it. */
  readonly presenceRules: PresenceRules;
  readonly issuedThrough: string | null;
  /** The planner's date, or null (then no rule about "how soon" runs). */
  readonly today: string | null;
  readonly persons: ReadonlyMap<string, PersonState>;
  readonly groups: ReadonlyMap<string, GroupState>;
  /** Lunch window in wall minutes. */
  readonly lunchStart: number;
  readonly lunchEnd: number;
  readonly maxAppointmentsPerDay: number;
  /** Consecutively interpreted appointments shorter than this are flagged. */
  readonly minInterpretedMeetingMinutes: number;
  readonly hosts: ReadonlyMap<string, ProgramHost>;
  /** The time to be at the airport or station before a departure, or null for ground transport. */
  checkIn(entry: Entry): { kind: DepartureKind; minutes: number } | null;
  /** Ids of the activities some issued version recorded (what travelers hold). */
  issuedActivityIds(): ReadonlySet<string>;
  /** Whether a rule is switched off (its findings are skipped entirely). */
  isOff(ruleId: RuleId): boolean;
  severity(ruleId: RuleId): Severity | 'off';
}

/** The context for one program and settings, reading people and groups from the live indexes. */
export function createContext(
  program: Program,
  settings: ConflictSettings,
  dates: { issuedThrough: string | null; today: string | null },
  indexes: { persons: ReadonlyMap<string, PersonState>; groups: ReadonlyMap<string, GroupState>; presenceRules: PresenceRules },
  severity: (ruleId: RuleId) => Severity | 'off',
): CheckContext {
  const departures: DepartureLookups = departureLookups(program);
  const interpretation = program.settings.interpretation;
  let issued: Set<string> | null = null;
  return {
    program,
    settings,
    places: new Places(program, settings),
    presenceRules: indexes.presenceRules,
    issuedThrough: dates.issuedThrough,
    today: dates.today,
    persons: indexes.persons,
    groups: indexes.groups,
    lunchStart: clockMinutes(settings.lunchStart),
    lunchEnd: clockMinutes(settings.lunchEnd),
    maxAppointmentsPerDay: settings.maxAppointmentsPerDay ?? program.settings.maxAppointmentsPerDay,
    minInterpretedMeetingMinutes: settings.minInterpretedMeetingMinutes ?? Math.round(interpretation.consecutiveFactor * interpretation.meetingMinutes),
    hosts: new Map(program.hosts.map((h) => [h.id, h])),
    checkIn: (entry) => {
      if (entry.kind !== 'travel' || entry.activity.type !== 'travel') return null;
      const kind = departureKind(departures, entry.activity);
      if (kind === null) return null;
      return { kind, minutes: settings.flightCheckInMinutes ?? departureBufferMinutes(program.settings, kind) };
    },
    issuedActivityIds: () => (issued ??= new Set(program.issues.flatMap((v) => v.activities.map((a) => a.id)))),
    isOff: (id) => severity(id) === 'off',
    severity,
  };
}

/** Whether a group attends an activity as a whole group (by id, or because everyone does). */
export function groupAttends(entry: Entry, groupId: string): boolean {
  const a = entry.activity.attendees;
  return a.everyone || a.groupIds.includes(groupId);
}

/** A person's display name. */
export function displayName(person: Participant | Staff): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

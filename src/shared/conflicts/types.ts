/**
 * The vocabulary of the conflict engine: what a problem is, which rules exist, and the inputs a
 * check takes besides the program (settings that are not in the program file yet, dismissals, the
 * date through which itineraries were issued).
 */
import type { Program } from '../program/schema';

export type Severity = 'error' | 'warning' | 'info';

/** Every rule the engine knows, in the order the problems panel lists them. */
export const RULE_IDS = [
  'person-double-booked',
  'group-double-booked',
  'person-wrong-city',
  'travel-time',
  'missing-hotel-night',
  'outside-program-dates',
  'outside-arrival-departure',
  'too-many-appointments',
  'no-meal-break',
  'interpreter-coverage',
  'short-interpreted-meeting',
  'home-hospitality-guests',
  'home-hospitality-diet',
  'home-hospitality-language',
  'appointment-not-confirmed',
  'to-rebook',
  'holiday-or-weekend',
  'tentative-in-issued',
  'cancelled-in-issued',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One thing a careful program officer would want to fix or at least know about. */
export interface Problem {
  /** Stable across re-checks: rule, local day, sorted activity ids, sorted group/person ids. */
  readonly id: string;
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** Names people and activities, with local times and zone abbreviations. */
  readonly message: string;
  /** The local date (YYYY-MM-DD) the problem is about, also part of the id. */
  readonly day: string;
  /** In the order the message names them (chronological where it matters). */
  readonly activityIds: readonly string[];
  readonly personIds: readonly string[];
  readonly groupIds: readonly string[];
  /** The planner decided this one is fine; it is still reported so the panel can show it greyed. */
  readonly dismissed: boolean;
}

/**
 * Tunable limits. The ones a planner sets live in the program's settings (schema 4) and are null
 * here by default, meaning "the program's"; a number overrides the program (tests, benchmarks).
 * The rest are the engine's own, each with a conservative default.
 */
export interface ConflictSettings {
  /** Appointments (meetings, site visits, briefings) per group per local day; default: the program's setting. */
  maxAppointmentsPerDay: number | null;
  /** Door-to-door urban speed for estimating travel between venues. */
  groundSpeedKmh: number;
  /** Added to every estimated ground trip (loading a group, parking, walking in). */
  groundFixedMinutes: number;
  /** Planner-set minutes between two venues, overriding the estimate; key `venueA|venueB`, either order. */
  venuePairMinutes: Readonly<Record<string, number>>;
  /** After a flight lands and before the next activity: deplaning, baggage and transfer. */
  flightArrivalBufferMinutes: number;
  /** After a flight lands and before a transfer leaving from that airport: deplaning and baggage. */
  flightDeplaneMinutes: number;
  /** Between a flight landing and the next flight leaving from the same airport. */
  flightConnectionMinutes: number;
  /** At the airport or station before a departure; default: the program's buffer for its kind (international, domestic, train). */
  flightCheckInMinutes: number | null;
  /** Two different cities whose venues' centroids are this close count as one area (Tampa and St. Petersburg). */
  sameAreaKm: number;
  /** Lunch window, local wall time HH:MM. */
  lunchStart: string;
  lunchEnd: string;
  /** The shortest free gap in the lunch window that counts as a meal break. */
  minMealBreakMinutes: number;
  /** Consecutively interpreted meetings shorter than this leave too little time; default: the program's factor x meeting length. */
  minInterpretedMeetingMinutes: number | null;
  /** Per-rule severity override, or 'off' to silence a rule. */
  rules: Readonly<Partial<Record<RuleId, Severity | 'off'>>>;
}

export const DEFAULT_SETTINGS: ConflictSettings = {
  maxAppointmentsPerDay: null,
  groundSpeedKmh: 25,
  groundFixedMinutes: 15,
  venuePairMinutes: {},
  flightArrivalBufferMinutes: 60,
  flightDeplaneMinutes: 30,
  flightConnectionMinutes: 45,
  flightCheckInMinutes: null,
  sameAreaKm: 80,
  lunchStart: '11:30',
  lunchEnd: '14:30',
  minMealBreakMinutes: 45,
  minInterpretedMeetingMinutes: null,
  rules: {},
};

/** Defaults overlaid with the options' settings. */
export function resolveSettings(options: ConflictOptions): ConflictSettings {
  return { ...DEFAULT_SETTINGS, ...options.settings };
}

/** How the last check ran and how much it did. */
export interface CheckStats {
  mode: 'full' | 'incremental' | 'unchanged' | 'dismissals';
  /** Units whose rules ran. */
  personDays: number;
  groupDays: number;
  activities: number;
}

/** A checker kept in step with a program as it is edited. */
/** Problems gone and new after an update, by object: unchanged problems keep their identity. */
export type ProblemChanges = { reset: true } | { reset: false; removed: readonly Problem[]; added: readonly Problem[] };

export interface ConflictChecker {
  /** The current problems (order: stable for unchanged problems, otherwise unspecified; see compareProblems). */
  problems(): readonly Problem[];
  /** Re-checks after an edit; pass options only when they changed. Returns the new problems. */
  update(next: Program, options?: ConflictOptions): readonly Problem[];
  /**
   * The same re-check, answering what changed instead of building the whole list (which is O(all
   * problems)); `reset` when everything was re-checked and the list should be read again.
   */
  updateChanges(next: Program, options?: ConflictOptions): ProblemChanges;
  /** The program the problems are for. */
  readonly program: Program;
  stats(): CheckStats;
}

/** Everything a check takes besides the program. */
export interface ConflictOptions {
  settings?: Partial<ConflictSettings>;
  /** Ids of problems the planner dismissed; they come back flagged `dismissed: true`. */
  dismissed?: ReadonlySet<string>;
  /** Itineraries have been issued for every day up to and including this date (YYYY-MM-DD). */
  issuedThrough?: string | null;
  /** The planner's date (YYYY-MM-DD): appointments still unconfirmed close to it are flagged. Without it that rule does not run. */
  today?: string | null;
}

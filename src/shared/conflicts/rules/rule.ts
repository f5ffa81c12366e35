/**
 * The shapes a rule can take. A rule says what unit it works on, because that is what lets the
 * checker redo only the units an edit touched:
 * - person-day: findings anchored on one bucket day of one person's timeline;
 * - person: findings about one person as a whole (hotel nights);
 * - group-day: findings anchored on one bucket day of a group's timeline;
 * - activity: findings about one activity alone.
 * A day-scoped rule must return exactly the findings whose anchor falls on that bucket, where the
 * anchor is the UTC day of some entry's start or the local start day of that entry (never more
 * than a day apart); the checker relies on this to know which buckets an edit can change.
 */
import type { Activity } from '../../program/schema';
import type { CheckContext, GroupState, PersonState } from '../context';
import type { Entry } from '../entry';
import { findingKey, type Finding } from '../findings';
import type { RuleId, Severity } from '../types';

interface RuleInfo {
  readonly id: RuleId;
  readonly severity: Severity;
  /** One line for the panel's rule heading and the docs. */
  readonly title: string;
}

export interface PersonDayRule extends RuleInfo {
  readonly scope: 'person-day';
  check(ctx: CheckContext, person: PersonState, day: number, out: Finding[]): void;
}

export interface PersonRule extends RuleInfo {
  readonly scope: 'person';
  check(ctx: CheckContext, person: PersonState, out: Finding[]): void;
}

export interface GroupDayRule extends RuleInfo {
  readonly scope: 'group-day';
  check(ctx: CheckContext, group: GroupState, day: number, out: Finding[]): void;
}

/** One activity as activity rules see it. */
export interface ActivityRecord {
  readonly activity: Activity;
  /** Null for unscheduled and cancelled activities. */
  readonly entry: Entry | null;
  /** Unique per activity object. */
  readonly rev: number;
  /** Everyone who attends, with groups resolved to their members. */
  readonly personIds: readonly string[];
  readonly groupIds: readonly string[];
}

export interface ActivityRule extends RuleInfo {
  readonly scope: 'activity';
  check(ctx: CheckContext, record: ActivityRecord, out: Finding[]): void;
}

export type Rule = PersonDayRule | PersonRule | GroupDayRule | ActivityRule;

/**
 * The finding of an activity rule about one activity on its local start day. Every activity rule
 * reports this same shape; the rule supplies only the day and the message.
 */
export function activityFinding(ruleId: RuleId, record: ActivityRecord, day: string, render: () => string): Finding {
  const id = record.activity.id;
  return {
    ruleId,
    key: findingKey(ruleId, day, [id]),
    day,
    activityIds: [id],
    personIds: record.personIds,
    groupIds: record.groupIds,
    personScoped: false,
    sig: String(record.rev),
    render,
  };
}

/**
 * The conflict and feasibility engine: pure, incremental. Create a checker for a program, then
 * call `update(next)` after every edit; see checker.ts. Rules and their exact definitions live in
 * rules/, one module each.
 */
export { createConflictChecker, checkProgram } from './checker';
export { RULES } from './rules/index';
export {
  DEFAULT_SETTINGS,
  RULE_IDS,
  type CheckStats,
  type ConflictChecker,
  type ConflictOptions,
  type ConflictSettings,
  type Problem,
  type ProblemChanges,
  type RuleId,
  type Severity,
} from './types';
import type { Program } from '../program/schema';
import type { Problem } from './types';
export { federalHoliday, federalHolidays } from './holidays';
export { haversineKm } from './geo';

/**
 * The options a program's own record gives the checker: its dismissals, and, once itineraries
 * have been issued (schema 3), the issued period. A version is issued for the whole program, so
 * every day through the last is in travelers' hands; the tentative- and cancelled-in-issued rules
 * then run (cancelled-in-issued reads which activities were given out from the record). `today`,
 * the planner's date, lets appointments still unconfirmed close to their day be flagged.
 */
export function optionsOfProgram(
  program: Pick<Program, 'dismissals' | 'issues' | 'endDate'>,
  today: string | null = null,
): { dismissed: ReadonlySet<string>; issuedThrough: string | null; today: string | null } {
  return { dismissed: new Set(program.dismissals.map((d) => d.problemId)), issuedThrough: program.issues.length ? program.endDate : null, today };
}

/** Orders problems for display and comparison: severity, then day, then id. */
export function compareProblems(a: Problem, b: Problem): number {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return rank[a.severity] - rank[b.severity] || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

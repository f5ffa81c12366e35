/**
 * The renderer's view of the conflict engine. One checker per open document, kept in step with the
 * painted program: the engine is incremental, so after a drop only what the edit touched is
 * re-checked (G8, docs/performance.md). Everything the panel, the status bar and the event badges
 * read is derived here once per change of the problem list, never per render.
 */
import { compareProblems, createConflictChecker, optionsOfProgram, RULES, type ConflictChecker, type Problem, type ProblemChanges, type RuleId, type Severity } from '../../shared/conflicts';
import { partitionPoint } from '../../shared/sorted';
import type { Dismissal, Program } from '../../shared/program/schema';
import { Temporal } from '../../shared/time';

/** The planner's date on this computer (YYYY-MM-DD): appointments unconfirmed close to it are flagged. */
export const localToday = (): string => Temporal.Now.plainDateISO().toString();

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What a badge on one calendar event shows: its worst open problem and how many there are. */
export interface ActivityProblems {
  severity: Severity;
  count: number;
  /** The accessible label, e.g. "2 problems: 1 error, 1 warning". */
  label: string;
}

export interface RuleSection {
  ruleId: RuleId;
  title: string;
  problems: readonly Problem[];
}

export interface SeveritySection {
  severity: Severity;
  rules: readonly RuleSection[];
  count: number;
}

export interface ProblemsView {
  /** Open problems by severity, then by rule in the engine's order, then by day. */
  sections: readonly SeveritySection[];
  counts: Readonly<Record<Severity, number>>;
  /** Dismissed problems that still occur, each with the planner's dismissal. */
  dismissed: readonly { problem: Problem; dismissal: Dismissal }[];
  /** Dismissals whose problem no longer occurs (the situation changed): kept in the file until restored. */
  stale: readonly Dismissal[];
  /** Open problems per activity id. Unchanged entries keep their identity, so badges do not re-render. */
  byActivity: ReadonlyMap<string, ActivityProblems>;
  byId: ReadonlyMap<string, Problem>;
  /** How long the last check took (ms). */
  checkMs: number;
}


export class ProblemsModel {
  private checker: ConflictChecker | null = null;
  private program: Program | null = null;
  private dismissals: readonly Dismissal[] | null = null;
  private issues: Program['issues'] | null = null;
  private today: string | null = null;
  private view: ProblemsView | null = null;
  private builder = new ViewBuilder();

  constructor(private readonly clock: () => string = localToday) {}

  /** The problems of `program`; the same view object while nothing about the problems changed. */
  sync(program: Program): ProblemsView {
    const today = this.clock();
    if (program === this.program && this.view && today === this.today) return this.view;
    const started = performance.now();
    const dismissalsChanged = program.dismissals !== this.dismissals;
    // Options only when the file's dismissals or issued versions (or the date) changed: new options
    // make the checker re-flag dismissals (or, for a new issued period or day, check everything again).
    const options = dismissalsChanged || program.issues !== this.issues || today !== this.today ? optionsOfProgram(program, today) : undefined;
    let changes: ProblemChanges;
    if (!this.checker) {
      this.checker = createConflictChecker(program, options ?? optionsOfProgram(program, today));
      changes = { reset: true };
    } else changes = this.checker.updateChanges(program, options);
    const checkMs = performance.now() - started;
    this.program = program;
    this.dismissals = program.dismissals;
    this.issues = program.issues;
    this.today = today;
    if (changes.reset || !this.view) this.view = this.builder.rebuild(this.checker.problems(), program.dismissals, checkMs);
    else if (changes.removed.length || changes.added.length || dismissalsChanged) this.view = this.builder.apply(changes, program.dismissals, checkMs);
    else this.view = { ...this.view, checkMs };
    return this.view;
  }

  /** Whether a checker exists: the next sync is incremental rather than a full check. */
  get started(): boolean {
    return this.checker !== null;
  }

  /** Forgets the document (another one was opened). */
  reset(): void {
    this.checker = null;
    this.program = null;
    this.dismissals = null;
    this.issues = null;
    this.today = null;
    this.view = null;
    this.builder = new ViewBuilder();
  }
}

/**
 * Builds views from the engine's problems and then follows its changes. The engine keeps an
 * unchanged problem the same object and says which ones an edit removed and added, so a view of
 * 120,000 problems (20,000 generated activities) follows a drop by the few it changed: each is
 * removed from or inserted into its rule's sorted list, and only its activities' badges are
 * recomputed. Re-sorting and re-badging everything per drop took 150-300 ms there, on the drop's
 * own task (G3, docs/performance.md).
 *
 * The maps are updated in place: a view is read only until the next one replaces it in the store.
 */
export class ViewBuilder {
  /** Open problems per severity and rule ("error/group-double-booked"), sorted by compareProblems. */
  private byRule = new Map<string, Problem[]>();
  /** The section objects of the last view, reused while their rule's list is the same array. */
  private ruleSections = new Map<string, RuleSection>();
  private byId = new Map<string, Problem>();
  /** Open problems per activity id. */
  private perActivity = new Map<string, Set<Problem>>();
  private byActivity = new Map<string, ActivityProblems>();
  private counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  rebuild(problems: readonly Problem[], dismissals: readonly Dismissal[], checkMs: number): ProblemsView {
    const previousBadges = this.byActivity;
    this.byRule = new Map();
    this.byId = new Map();
    this.perActivity = new Map();
    this.byActivity = new Map();
    this.counts = { error: 0, warning: 0, info: 0 };
    for (const p of problems) {
      this.byId.set(p.id, p);
      if (p.dismissed) continue;
      this.counts[p.severity]++;
      const key = ruleKey(p);
      const list = this.byRule.get(key);
      if (list) list.push(p);
      else this.byRule.set(key, [p]);
      this.link(p);
    }
    for (const list of this.byRule.values()) list.sort(compareProblems);
    for (const [id, open] of this.perActivity) this.byActivity.set(id, keep(previousBadges.get(id), badgeOf(open)));
    return this.view(dismissals, checkMs);
  }

  apply(changes: { removed: readonly Problem[]; added: readonly Problem[] }, dismissals: readonly Dismissal[], checkMs: number): ProblemsView {
    const touchedRules = new Set<string>();
    const touchedActivities = new Set<string>();
    // Copy-on-write per rule: a rule's list is a new array only when it changed, so the panel's
    // untouched rule sections keep their identity.
    const listOf = (key: string): Problem[] => {
      const current = this.byRule.get(key) ?? [];
      if (touchedRules.has(key)) return current;
      touchedRules.add(key);
      const copy = current.slice();
      this.byRule.set(key, copy);
      return copy;
    };
    for (const p of changes.removed) {
      if (this.byId.get(p.id) === p) this.byId.delete(p.id);
      if (p.dismissed) continue;
      this.counts[p.severity]--;
      const list = listOf(ruleKey(p));
      const at = lowerBound(list, p);
      if (list[at] === p) list.splice(at, 1);
      for (const id of p.activityIds) {
        this.perActivity.get(id)?.delete(p);
        touchedActivities.add(id);
      }
    }
    for (const p of changes.added) {
      this.byId.set(p.id, p);
      if (p.dismissed) continue;
      this.counts[p.severity]++;
      const list = listOf(ruleKey(p));
      list.splice(lowerBound(list, p), 0, p);
      this.link(p);
      for (const id of p.activityIds) touchedActivities.add(id);
    }
    for (const key of touchedRules) if (this.byRule.get(key)?.length === 0) this.byRule.delete(key);
    for (const id of touchedActivities) {
      const open = this.perActivity.get(id);
      if (open?.size) this.byActivity.set(id, keep(this.byActivity.get(id), badgeOf(open)));
      else {
        this.perActivity.delete(id);
        this.byActivity.delete(id);
      }
    }
    return this.view(dismissals, checkMs);
  }

  private link(p: Problem): void {
    for (const id of p.activityIds) {
      let open = this.perActivity.get(id);
      if (!open) this.perActivity.set(id, (open = new Set()));
      open.add(p);
    }
  }

  private view(dismissals: readonly Dismissal[], checkMs: number): ProblemsView {
    const sections: SeveritySection[] = [];
    const ruleSections = new Map<string, RuleSection>();
    for (const severity of SEVERITIES) {
      const rules: RuleSection[] = [];
      let count = 0;
      for (const rule of RULES) {
        const key = `${severity}/${rule.id}`;
        const problems = this.byRule.get(key);
        if (!problems?.length) continue;
        const old = this.ruleSections.get(key);
        const section = old?.problems === problems ? old : { ruleId: rule.id, title: rule.title, problems };
        ruleSections.set(key, section);
        rules.push(section);
        count += problems.length;
      }
      if (rules.length) sections.push({ severity, rules, count });
    }
    this.ruleSections = ruleSections;
    const dismissed: { problem: Problem; dismissal: Dismissal }[] = [];
    const stale: Dismissal[] = [];
    for (const d of dismissals) {
      const problem = this.byId.get(d.problemId);
      if (problem) dismissed.push({ problem, dismissal: d });
      else stale.push(d);
    }
    return { sections, counts: { ...this.counts }, dismissed, stale, byActivity: this.byActivity, byId: this.byId, checkMs };
  }
}

function ruleKey(p: Problem): string {
  return `${p.severity}/${p.ruleId}`;
}

/** The first index in `list` (sorted by compareProblems) whose problem does not sort before `p`. */
function lowerBound(list: readonly Problem[], p: Problem): number {
  return partitionPoint(list, (q) => compareProblems(q, p) < 0);
}

/** The old badge when it says the same, so its event does not re-render. */
function keep(old: ActivityProblems | undefined, next: ActivityProblems): ActivityProblems {
  return old && old.label === next.label && old.severity === next.severity ? old : next;
}

function badgeOf(problems: Iterable<Problem>): ActivityProblems {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  const severity = SEVERITIES.find((s) => counts[s] > 0) ?? 'info';
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => countLabel(counts[s], s));
  const count = counts.error + counts.warning + counts.info;
  return { severity, count, label: `${count === 1 ? '1 problem' : `${count} problems`}: ${parts.join(', ')}` };
}

/** "1 error", "2 warnings", "3 info". */
export function countLabel(n: number, severity: Severity): string {
  if (severity === 'info') return `${n} info`;
  return `${n} ${severity}${n === 1 ? '' : 's'}`;
}

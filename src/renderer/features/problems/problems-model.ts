/**
 * The renderer's view of the conflict engine. One checker per open document, kept in step with the
 * painted program: the engine is incremental, so after a drop only what the edit touched is
 * re-checked (G8). Everything the panel, the status bar and the event badges read is derived here
 * once per change of the problem list, never per render.
 */
import { compareProblems, createConflictChecker, RULES, type ConflictChecker, type Problem, type RuleId, type Severity } from '../../../shared/conflicts';
import type { Dismissal, Program } from '../../../shared/program/schema';

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

const RULE_ORDER = new Map<RuleId, number>(RULES.map((r, i) => [r.id, i]));
const RULE_TITLE = new Map<RuleId, string>(RULES.map((r) => [r.id, r.title]));

export class ProblemsModel {
  private checker: ConflictChecker | null = null;
  private program: Program | null = null;
  private dismissals: readonly Dismissal[] | null = null;
  private list: readonly Problem[] | null = null;
  private view: ProblemsView | null = null;

  /** The problems of `program`; the same view object while nothing about the problems changed. */
  sync(program: Program): ProblemsView {
    if (program === this.program && this.view) return this.view;
    const started = performance.now();
    let problems: readonly Problem[];
    const dismissed = program.dismissals !== this.dismissals ? { dismissed: new Set(program.dismissals.map((d) => d.problemId)) } : undefined;
    if (!this.checker) problems = (this.checker = createConflictChecker(program, dismissed ?? {})).problems();
    else problems = this.checker.update(program, dismissed);
    const checkMs = performance.now() - started;
    this.program = program;
    const dismissalsChanged = program.dismissals !== this.dismissals;
    this.dismissals = program.dismissals;
    if (problems !== this.list || dismissalsChanged || !this.view) {
      this.list = problems;
      this.view = buildView(problems, program.dismissals, this.view, checkMs);
    } else this.view = { ...this.view, checkMs };
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
    this.list = null;
    this.view = null;
  }
}

function buildView(problems: readonly Problem[], dismissals: readonly Dismissal[], previous: ProblemsView | null, checkMs: number): ProblemsView {
  const sorted = [...problems].sort((a, b) => severityRank(a) - severityRank(b) || (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0) || compareProblems(a, b));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const sections: SeveritySection[] = [];
  const perActivity = new Map<string, Problem[]>();
  const byId = new Map<string, Problem>();
  for (const p of sorted) {
    byId.set(p.id, p);
    if (p.dismissed) continue;
    counts[p.severity]++;
    let section = sections.at(-1);
    if (section?.severity !== p.severity) sections.push((section = { severity: p.severity, rules: [], count: 0 }));
    section.count++;
    const rules = section.rules as RuleSection[];
    let rule = rules.at(-1);
    if (rule?.ruleId !== p.ruleId) rules.push((rule = { ruleId: p.ruleId, title: RULE_TITLE.get(p.ruleId) ?? p.ruleId, problems: [] }));
    (rule.problems as Problem[]).push(p);
    for (const id of new Set(p.activityIds)) {
      const list = perActivity.get(id);
      if (list) list.push(p);
      else perActivity.set(id, [p]);
    }
  }
  const byActivity = new Map<string, ActivityProblems>();
  for (const [id, list] of perActivity) {
    const next = badgeOf(list);
    const old = previous?.byActivity.get(id);
    byActivity.set(id, old && old.label === next.label && old.severity === next.severity ? old : next);
  }
  const dismissed: { problem: Problem; dismissal: Dismissal }[] = [];
  const stale: Dismissal[] = [];
  for (const d of dismissals) {
    const problem = byId.get(d.problemId);
    if (problem) dismissed.push({ problem, dismissal: d });
    else stale.push(d);
  }
  return { sections, counts, dismissed, stale, byActivity, byId, checkMs };
}

function severityRank(p: Problem): number {
  return SEVERITIES.indexOf(p.severity);
}

function badgeOf(problems: readonly Problem[]): ActivityProblems {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  const severity = SEVERITIES.find((s) => counts[s] > 0) ?? 'info';
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => countLabel(counts[s], s));
  const count = problems.length;
  return { severity, count, label: `${count === 1 ? '1 problem' : `${count} problems`}: ${parts.join(', ')}` };
}

/** "1 error", "2 warnings", "3 info". */
export function countLabel(n: number, severity: Severity): string {
  if (severity === 'info') return `${n} info`;
  return `${n} ${severity}${n === 1 ? '' : 's'}`;
}

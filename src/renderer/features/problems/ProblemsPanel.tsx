/**
 * The problems panel, docked under the calendar: open problems by severity, then by rule, and the
 * dismissed ones (with their reasons) in a collapsed section. Dismiss and Restore are ordinary
 * commands, so they save to the file and undo like any edit.
 */
import { TeamProblems } from '../team/TeamProblems';
import { useCallback, useState } from 'react';
import type { Problem } from '../../../shared/conflicts';
import type { Dismissal } from '../../../shared/program/schema';
import { useAppState, useAppStore } from '../../state/store-context';
import { ProblemRow, SEVERITY_WORD } from './ProblemRow';
import { countLabel, SEVERITIES, type RuleSection } from '../../model/problems-model';
import './problems.css';

/** Rows shown per rule before "Show all": a 5,000-activity program can have thousands of one kind. */
const ROWS_PER_RULE = 50;

export function ProblemsPanel() {
  const store = useAppStore();
  const view = useAppState((s) => s.problems);

  const reveal = useCallback((problem: Problem) => store.revealProblem(problem), [store]);
  const dismiss = useCallback(
    (problem: Problem, reason: string) => store.edit({ type: 'problem/dismiss', dismissal: { problemId: problem.id, reason, dismissedAt: new Date().toISOString() } }),
    [store],
  );
  const restore = useCallback((problemId: string) => store.edit({ type: 'problem/undismiss', problemId }), [store]);

  if (!view) return null;
  const open = SEVERITIES.reduce((n, s) => n + view.counts[s], 0);
  const dismissedCount = view.dismissed.length + view.stale.length;
  return (
    <section id="problems-panel" className="problems-panel" aria-label="Problems" data-testid="problems-panel">
      <header className="problems-head">
        <h2>Problems</h2>
        <span className="muted">{open ? SEVERITIES.filter((s) => view.counts[s]).map((s) => countLabel(view.counts[s], s)).join(' · ') : 'None open'}</span>
        <button type="button" className="icon-button" aria-label="Close the problems panel" onClick={() => store.toggleProblems(false)}>
          ×
        </button>
      </header>
      <div className="problems-body">
        <TeamProblems />
        {open === 0 ? <p className="problems-empty">No open problems: every check passes{dismissedCount ? ' or was dismissed' : ''}.</p> : null}
        {view.sections.map((section) => (
          <section key={section.severity} className="severity-section" aria-label={`${SEVERITY_WORD[section.severity]}s`} data-severity={section.severity}>
            <h3 className="severity-title">
              <span className={`severity-icon severity-${section.severity}`} aria-hidden="true" />
              {countLabel(section.count, section.severity)}
            </h3>
            {section.rules.map((rule) => (
              <RuleGroup key={rule.ruleId} rule={rule} onReveal={reveal} onDismiss={dismiss} />
            ))}
          </section>
        ))}
        {dismissedCount ? (
          <details className="dismissed-section" data-testid="dismissed-section">
            <summary>Dismissed ({dismissedCount})</summary>
            <ul className="dismissed-list">
              {view.dismissed.map(({ problem, dismissal }) => (
                <DismissedRow key={dismissal.problemId} dismissal={dismissal} message={problem.message} onReveal={() => reveal(problem)} onRestore={restore} />
              ))}
              {view.stale.map((dismissal) => (
                <DismissedRow key={dismissal.problemId} dismissal={dismissal} message={null} onRestore={restore} />
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </section>
  );
}

function RuleGroup({ rule, onReveal, onDismiss }: { rule: RuleSection; onReveal: (p: Problem) => void; onDismiss: (p: Problem, reason: string) => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? rule.problems : rule.problems.slice(0, ROWS_PER_RULE);
  return (
    <div className="rule-group" data-rule-id={rule.ruleId}>
      <h4 className="rule-title">
        {rule.title} <span className="muted">({rule.problems.length})</span>
      </h4>
      <ul className="problem-list">
        {shown.map((p) => (
          <ProblemRow key={p.id} problem={p} onReveal={onReveal} onDismiss={onDismiss} />
        ))}
      </ul>
      {shown.length < rule.problems.length ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show all {rule.problems.length}
        </button>
      ) : null}
    </div>
  );
}

interface DismissedRowProps {
  dismissal: Dismissal;
  /** Null when the problem no longer occurs. */
  message: string | null;
  onReveal?: () => void;
  onRestore: (problemId: string) => void;
}

function DismissedRow({ dismissal, message, onReveal, onRestore }: DismissedRowProps) {
  const when = new Date(dismissal.dismissedAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return (
    <li className="dismissed-row" data-problem-id={dismissal.problemId}>
      <div className="dismissed-text">
        {message ? (
          <button type="button" className="problem-main" onClick={onReveal} title="Show on the calendar">
            <span className="problem-message">{message}</span>
          </button>
        ) : (
          <span className="muted">No longer occurs ({dismissal.problemId.split('/')[0]}).</span>
        )}
        <div className="dismissed-reason">
          <span className="muted">Reason:</span> {dismissal.reason} <span className="muted">· {when}</span>
        </div>
      </div>
      <button type="button" className="problem-action" onClick={() => onRestore(dismissal.problemId)}>
        {message ? 'Restore' : 'Remove'}
      </button>
    </li>
  );
}

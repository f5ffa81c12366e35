/**
 * One open problem: the message (a click shows it on the calendar) and "Dismiss…", which asks for
 * the reason inline. The reason is required: a dismissal without one is a note nobody can judge
 * later, and the file format refuses it too.
 */
import { memo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Problem, Severity } from '../../../shared/conflicts';

export const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

interface RowProps {
  problem: Problem;
  onReveal: (problem: Problem) => void;
  onDismiss: (problem: Problem, reason: string) => void;
}

export const ProblemRow = memo(function ProblemRow({ problem, onReveal, onDismiss }: RowProps) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [refused, setRefused] = useState(false);

  const cancel = () => {
    setAsking(false);
    setReason('');
    setRefused(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) return setRefused(true);
    onDismiss(problem, trimmed);
    cancel();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
  };

  const reasonId = `dismiss-reason-${problem.id}`;
  return (
    <li className={`problem-row severity-row-${problem.severity}`} data-problem-id={problem.id} data-rule-id={problem.ruleId}>
      <div className="problem-line">
        <button type="button" className="problem-main" onClick={() => onReveal(problem)} title="Show on the calendar">
          <span className={`severity-icon severity-${problem.severity}`} aria-hidden="true" />
          <span className="visually-hidden">{SEVERITY_WORD[problem.severity]}: </span>
          <span className="problem-message">{problem.message}</span>
        </button>
        {asking ? null : (
          <button type="button" className="problem-action" onClick={() => setAsking(true)}>
            Dismiss…
          </button>
        )}
      </div>
      {asking ? (
        <form className="dismiss-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label="Dismiss this problem">
          <label htmlFor={reasonId}>Why is this fine?</label>
          <input
            id={reasonId}
            // The planner just asked to dismiss: the reason is what they type next.
            // oxlint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            value={reason}
            maxLength={2000}
            placeholder="e.g. the host confirmed the room is free"
            aria-invalid={refused}
            aria-describedby={refused ? `${reasonId}-error` : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              if (refused) setRefused(false);
            }}
          />
          <button type="submit" className="primary">
            Dismiss
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          {refused ? (
            <span id={`${reasonId}-error`} className="dismiss-error" role="alert">
              Say why this is fine before dismissing it.
            </span>
          ) : null}
        </form>
      ) : null}
    </li>
  );
});

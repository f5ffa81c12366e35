/**
 * Per group, the languages its participants need interpreted and who of its travelling staff
 * covers each (one interpreter, one language at a time: the interpreter-coverage rule's count);
 * and, under the groups, the language pairs each interpreter and English Language Officer works
 * in, editable (one undoable edit each).
 */
import { useId, useState } from 'react';
import { STAFF_ROLE_LABELS, personName } from '../../../shared/program/labels';
import type { Group, Program, Staff } from '../../../shared/program/schema';
import { groupCoverage, pairsText, parsePairs } from '../../model/coverage';
import { useAppStore } from '../../state/store-context';

export function LanguageCoverage({ program, group }: { program: Program; group: Group }) {
  const needs = groupCoverage(program, group);
  if (needs.length === 0) return <span className="muted small coverage">No interpretation needed</span>;
  return (
    <ul className="coverage plain-list" aria-label={`Languages ${group.name} needs`} data-testid="coverage">
      {needs.map((n) => (
        <li key={n.language} className={n.interpreter ? 'covered' : 'uncovered'} data-language={n.language} title={n.people.join(', ')}>
          <b>{n.language}</b> <span className="muted">×{n.people.length}</span> {n.interpreter ? <span>· {n.interpreter}</span> : <span className="coverage-missing">· no interpreter</span>}
        </li>
      ))}
    </ul>
  );
}

function PairsField({ staff }: { staff: Staff }) {
  const store = useAppStore();
  const [draft, setDraft] = useState(pairsText(staff.languagePairs));
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const save = () => {
    if (draft === pairsText(staff.languagePairs)) return setError(null);
    const parsed = parsePairs(draft);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    store.edit({ type: 'entity/update', collection: 'staff', entity: { ...staff, languagePairs: parsed.pairs } });
  };
  return (
    <div className="pairs-field">
      <label htmlFor={id}>
        {personName(staff)} <span className="muted small">{STAFF_ROLE_LABELS[staff.role]}</span>
      </label>
      <input
        id={id}
        value={draft}
        placeholder="English–French, English–Arabic"
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') save();
        }}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The language pairs of everyone who interprets (interpreters, English Language Officers, anyone with pairs). */
export function InterpreterPairs({ program }: { program: Program }) {
  const staff = program.staff.filter((s) => s.role === 'interpreter' || s.role === 'english-language-officer' || s.languagePairs.length > 0);
  if (staff.length === 0) return null;
  return (
    <details className="interpreter-pairs">
      <summary>Interpreters’ language pairs ({staff.length})</summary>
      {staff.map((s) => (
        <PairsField key={`${s.id}:${pairsText(s.languagePairs)}`} staff={s} />
      ))}
    </details>
  );
}

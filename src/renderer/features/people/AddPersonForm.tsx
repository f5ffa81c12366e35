/**
 * Adding a participant or staff member with any of their fields at once (every column of the
 * table but groups, which the Groups panel and the Groups cell set). Each field is read as its cell
 * editor reads it: dates typed in any common form, languages separated by commas.
 */
import { useId, useState, type FormEvent } from 'react';
import { columnsOf, STAFF_ROLE_LABELS, type Person, type PersonKind } from './people-columns';
import { personFromFields } from './person-edit';

export function AddPersonForm({ kind, year, add, onClose }: { kind: PersonKind; year: number; add: (make: (id: string) => Person) => string | null; onClose: () => void }) {
  const columns = columnsOf(kind).filter((c) => c.editor !== 'groups');
  const empty = () => Object.fromEntries(columns.map((c) => [c.key, c.editor === 'role' ? 'interpreter' : '']));
  const [fields, setFields] = useState<Record<string, string>>(empty);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const noun = kind === 'participants' ? 'participant' : 'staff member';
  const set = (key: string, value: string) => setFields((f) => ({ ...f, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = personFromFields(kind, 'p-new', fields, year);
    if (!checked.ok) return setError(checked.error);
    const problem = add((personId) => ({ ...checked.person, id: personId }));
    setError(problem);
    if (!problem) setFields(empty());
  };
  return (
    <form className="add-person" aria-label={`Add ${noun}`} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="add-person-fields">
        {columns.map((column, i) => {
          const fieldId = `${id}-${column.key}`;
          const common = { id: fieldId, value: fields[column.key] ?? '', autoFocus: i === 0, 'aria-invalid': error && column.required ? true : undefined };
          return (
            <div key={column.key} className={`add-person-field${column.editor === 'notes' ? ' is-wide' : ''}`}>
              <label htmlFor={fieldId}>
                {column.label}
                {column.required ? <span aria-hidden="true"> *</span> : null}
              </label>
              {column.editor === 'role' ? (
                <select {...common} onChange={(e) => set(column.key, e.target.value)}>
                  {Object.entries(STAFF_ROLE_LABELS).map(([value, text]) => (
                    <option key={value} value={value}>
                      {text}
                    </option>
                  ))}
                </select>
              ) : column.editor === 'notes' ? (
                <textarea {...common} rows={2} onChange={(e) => set(column.key, e.target.value)} />
              ) : (
                <input {...common} placeholder={column.hint} aria-required={column.required ? true : undefined} onChange={(e) => set(column.key, e.target.value)} />
              )}
            </div>
          );
        })}
      </div>
      <div className="add-person-actions">
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="primary">
          Add {noun}
        </button>
      </div>
    </form>
  );
}

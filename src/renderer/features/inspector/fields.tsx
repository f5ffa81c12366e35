/**
 * The inspector's field controls. A text or time field commits on blur or Enter, a select on
 * change, a tick on click; each commit is one command. `commit` answers null when the edit was sent,
 * or the reason it was refused, which stays beside the control (announced, and linked with
 * aria-describedby) while the refused draft stays in a text field for the planner to correct.
 */
import { useState, type KeyboardEvent } from 'react';
import type { EditField } from '../../model/activity-edit';
import type { Option, OptionGroup } from './venue-options';

export type Commit = (field: EditField, raw: string) => string | null;

export function fieldId(field: string): string {
  return `edit-${field.replace('.', '-')}`;
}

function FieldError({ id, error }: { id: string; error: string | null }) {
  if (!error) return null;
  return (
    <p className="field-error" role="alert" id={`${id}-error`} data-testid={`${id}-error`}>
      {error}
    </p>
  );
}

export function Field<F extends string = EditField>({
  field,
  label,
  value,
  commit,
  multiline = false,
  type = 'text',
  hint,
}: {
  field: F;
  label: string;
  value: string;
  /** Null when the edit was sent, else the reason it was refused. */
  commit: (field: F, raw: string) => string | null;
  multiline?: boolean;
  type?: 'text' | 'datetime-local';
  hint?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const id = fieldId(field);
  const save = () => {
    if (draft === value) return setError(null);
    setError(commit(field, draft));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !multiline) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      setDraft(value);
      setError(null);
    }
  };
  const common = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: save,
    onKeyDown,
  };
  return (
    <div className="edit-field">
      <label htmlFor={id}>
        {label} {hint ? <span className="field-hint">{hint}</span> : null}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} type={type} step={type === 'datetime-local' ? 300 : undefined} onChange={(e) => setDraft(e.target.value)} />
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A select; options may be grouped (venues by city). Its value is always the stored one. */
export function Choice({
  field,
  label,
  value,
  options,
  commit,
}: {
  field: EditField;
  label: string;
  value: string;
  options: readonly (Option | OptionGroup)[];
  commit: Commit;
}) {
  const [error, setError] = useState<string | null>(null);
  const id = fieldId(field);
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setError(commit(field, e.target.value))}
      >
        {options.map((o) =>
          'options' in o ? (
            <optgroup key={o.label} label={o.label}>
              {o.options.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ),
        )}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A set of checkboxes, one command per tick (`toggle` answers like `commit`). */
export function Ticks({
  name,
  legend,
  options,
  chosen,
  toggle,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  chosen: readonly string[];
  toggle: (value: string, on: boolean) => string | null;
}) {
  const [error, setError] = useState<string | null>(null);
  const id = `edit-${name}`;
  return (
    <fieldset className="edit-ticks" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check-row">
          <input type="checkbox" checked={chosen.includes(o.value)} onChange={(e) => setError(toggle(o.value, e.target.checked))} />
          {o.label}
        </label>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

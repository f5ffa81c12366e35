/**
 * The editable fields of the selected activity. Each field commits on blur or Enter (selects on
 * change) as ONE `activity/update` command; an invalid value stays in the field with the reason
 * beside it and is never sent. Fields remount when the stored value changes (undo, a drag).
 */
import { useState, type KeyboardEvent } from 'react';
import { PLACE_ACTIVITY_TYPES, type Activity, type Program } from '../../../shared/program/schema';
import { useProgramStore } from '../../state/store-context';
import { AttendeesEditor } from './AttendeesEditor';
import { applyFieldEdit, editLocal, editZone, type EditField } from './activity-edit';

type Commit = (field: EditField, raw: string) => string | null;

function Field({
  field,
  label,
  value,
  commit,
  multiline = false,
  type = 'text',
  hint,
}: {
  field: EditField;
  label: string;
  value: string;
  commit: Commit;
  multiline?: boolean;
  type?: 'text' | 'datetime-local';
  hint?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const id = `edit-${field.replace('.', '-')}`;
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
        {label} {hint ? <span className="muted small">({hint})</span> : null}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} type={type} step={type === 'datetime-local' ? 300 : undefined} onChange={(e) => setDraft(e.target.value)} />
      )}
      {error ? (
        <p className="field-error" role="alert" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Choice({
  field,
  label,
  value,
  options,
  commit,
}: {
  field: EditField;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  commit: Commit;
}) {
  const [error, setError] = useState<string | null>(null);
  const id = `edit-${field.replace('.', '-')}`;
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => setError(commit(field, e.target.value))}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const STATUSES = ['tentative', 'confirmed', 'cancelled'].map((s) => ({ value: s, label: s }));
const TYPES = PLACE_ACTIVITY_TYPES.map((t) => ({ value: t, label: t.replace('-', ' ') }));

export function ActivityEditor({ activity, program }: { activity: Activity; program: Program }) {
  const store = useProgramStore();
  const commit: Commit = (field, raw) => {
    const result = applyFieldEdit(activity, field, raw);
    if (!result.ok) return result.error;
    store.edit({ type: 'activity/update', activity: result.activity });
    return null;
  };
  const startZone = editZone(activity, 'start');
  const endZone = editZone(activity, 'end');
  const start = editLocal(activity, 'start');
  const end = editLocal(activity, 'end');
  const place = activity.type !== 'travel' && activity.type !== 'hotel-stay' ? activity : null;
  const venues = place
    ? [{ value: '', label: 'No venue' }, ...program.venues.filter((v) => v.cityId === place.cityId).map((v) => ({ value: v.id, label: v.name }))]
    : [];
  // Keys carry the stored value so an undo or a drag remounts the field with the new value.
  return (
    <section className="activity-editor" aria-label="Edit activity">
      <h3 className="section-title">Edit</h3>
      <Field key={`title:${activity.title}`} field="title" label="Title" value={activity.title} commit={commit} />
      <Choice field="status" label="Status" value={activity.status} options={STATUSES} commit={commit} />
      {place ? <Choice field="type" label="Type" value={place.type} options={TYPES} commit={commit} /> : null}
      {startZone ? (
        <>
          <Field key={`start:${start}`} field="start" label="Start" hint={startZone} type="datetime-local" value={start} commit={commit} />
          <Field key={`end:${end}:${start}`} field="end" label="End" hint={endZone ?? ''} type="datetime-local" value={end} commit={commit} />
        </>
      ) : null}
      {place ? (
        <>
          <Choice field="venueId" label="Venue" value={place.venueId ?? ''} options={venues} commit={commit} />
          <Field key={`dress:${place.dressCode}`} field="dressCode" label="Dress code" value={place.dressCode} commit={commit} />
          <Field key={`ho:${place.host?.organization}`} field="host.organization" label="Host organization" value={place.host?.organization ?? ''} commit={commit} />
          <Field key={`hc:${place.host?.contactName}`} field="host.contactName" label="Host contact" value={place.host?.contactName ?? ''} commit={commit} />
          <Field key={`hp:${place.host?.phone}`} field="host.phone" label="Host phone" value={place.host?.phone ?? ''} commit={commit} />
          <Field key={`he:${place.host?.email}`} field="host.email" label="Host email" value={place.host?.email ?? ''} commit={commit} />
        </>
      ) : null}
      <AttendeesEditor activity={activity} program={program} />
      <Field key={`tn:${activity.travelerNotes}`} field="travelerNotes" label="Traveler notes" multiline value={activity.travelerNotes} commit={commit} />
      <Field key={`in:${activity.internalNotes}`} field="internalNotes" label="Internal notes (planner only)" multiline value={activity.internalNotes} commit={commit} />
    </section>
  );
}

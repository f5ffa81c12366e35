/** The few fields a new participant or staff member needs; the rest are edited in the table afterwards. */
import { useId, useState, type FormEvent } from 'react';
import type { Staff } from '../../../shared/program/schema';
import { STAFF_ROLE_LABELS, type Person, type PersonKind } from './people-rows';
import { newParticipant, newPersonProblem, newStaff } from './person-edit';

export function AddPersonForm({ kind, add, onClose }: { kind: PersonKind; add: (make: (id: string) => Person) => string | null; onClose: () => void }) {
  const [familyName, setFamilyName] = useState('');
  const [givenName, setGivenName] = useState('');
  const [country, setCountry] = useState('');
  const [role, setRole] = useState<Staff['role']>('interpreter');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const noun = kind === 'participants' ? 'participant' : 'staff member';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const make = (personId: string): Person =>
      kind === 'participants' ? newParticipant(personId, { familyName, givenName, country }) : newStaff(personId, { familyName, givenName, role });
    const problem = newPersonProblem(kind, make('p-new')) ?? add(make);
    setError(problem);
    if (!problem) {
      setFamilyName('');
      setGivenName('');
      setCountry('');
    }
  };
  return (
    <form className="add-person" aria-label={`Add ${noun}`} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <label htmlFor={`${id}-family`}>Family name</label>
      <input id={`${id}-family`} value={familyName} autoFocus onChange={(e) => setFamilyName(e.target.value)} aria-invalid={error ? true : undefined} />
      <label htmlFor={`${id}-given`}>Given name</label>
      <input id={`${id}-given`} value={givenName} onChange={(e) => setGivenName(e.target.value)} />
      {kind === 'participants' ? (
        <>
          <label htmlFor={`${id}-country`}>Country</label>
          <input id={`${id}-country`} value={country} onChange={(e) => setCountry(e.target.value)} />
        </>
      ) : (
        <>
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Staff['role'])}>
            {Object.entries(STAFF_ROLE_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" className="primary">
        Add {noun}
      </button>
      <button type="button" onClick={onClose}>
        Close
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

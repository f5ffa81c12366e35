/** The column mapping: each header of the roster with a field select (prefilled by the planner's guess). */
import type { ColumnMapping as Mapping, RosterField } from '../../../shared/roster/index';
import { ROSTER_FIELDS } from '../../../shared/roster/index';
import { columnLabel, FIELD_LABELS, IGNORE, sampleValues } from './roster-import-model';

interface Props {
  rows: readonly (readonly string[])[];
  mapping: Mapping;
  onChange: (index: number, field: RosterField | typeof IGNORE) => void;
}

export function ColumnMapping({ rows, mapping, onChange }: Props) {
  const header = rows[0] ?? [];
  const width = Math.max(0, ...rows.slice(0, 50).map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  return (
    <fieldset className="roster-mapping">
      <legend>Columns</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Example values</th>
            <th scope="col">Imports as</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((index) => {
            const label = columnLabel(header, index);
            const field = mapping.get(index);
            return (
              <tr key={index} className={field ? undefined : 'roster-ignored'}>
                <th scope="row">{label}</th>
                <td className="roster-samples">{sampleValues(rows, index).join(' · ') || <span className="muted">empty</span>}</td>
                <td>
                  <select
                    aria-label={`Field for column “${label}”`}
                    value={field ?? IGNORE}
                    onChange={(e) => onChange(index, e.target.value === IGNORE ? IGNORE : (e.target.value as RosterField))}
                  >
                    <option value={IGNORE}>Ignore this column</option>
                    {ROSTER_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {FIELD_LABELS[f]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

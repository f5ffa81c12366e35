/**
 * Arranging an activity in the inspector: its status (idea to confirmed, or declined, cancelled),
 * who arranges it with the host and when they were asked and last contacted, a note, the host on
 * record (one of the program's hosts, or one taken from the organization directory), the guests'
 * diets a host family confirmed, and for bookings the mark "to book again". Each change is one
 * command with an exact inverse (undo, sync, history).
 */
import { useId, useState } from 'react';
import type { Command } from '../../../shared/commands/types';
import { adoptHost } from '../../../shared/directory/index';
import { ARRANGED_BY_LABELS, STATUS_LABELS } from '../../../shared/program/labels';
import { STATUSES, type Activity, type PlaceActivity, type Program } from '../../../shared/program/schema';
import { ARRANGED_TYPES } from '../../../shared/program/status';
import { arrangementCommand, dietCommand, hostCommand, rebookCommand, statusCommand, type ArrangementField } from '../../model/arranging';
import { useAppStore } from '../../state/store-context';
import { DirectorySearch } from '../directory/DirectorySearch';
import './arranging.css';

export function ArrangingFields({ activity, program }: { activity: Activity; program: Program }) {
  const store = useAppStore();
  const send = (command: Command | null) => command && store.edit(command);
  const statusId = useId();
  return (
    <fieldset className="arranging" aria-label="Arranging">
      <legend>Arranging</legend>
      <div className="edit-field">
        <label htmlFor={statusId}>Status</label>
        <select id={statusId} data-testid="status-select" value={activity.status} onChange={(e) => send(statusCommand(activity, e.target.value as Activity['status']))}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {activity.type === 'travel' || activity.type === 'hotel-stay' ? (
        <label className="check-row">
          <input type="checkbox" checked={activity.rebook} onChange={(e) => send(rebookCommand(activity, e.target.checked))} />
          To book again (travelers see it as tentative until the mark is cleared)
        </label>
      ) : (
        <PlaceArranging activity={activity} program={program} send={send} />
      )}
    </fieldset>
  );
}

function PlaceArranging({ activity, program, send }: { activity: PlaceActivity; program: Program; send: (command: Command | null) => unknown }) {
  const [error, setError] = useState<string | null>(null);
  const a = activity.arrangement;
  const set = (field: ArrangementField, raw: string) => {
    const outcome = arrangementCommand(activity, field, raw);
    setError(outcome.ok ? null : outcome.error);
    if (outcome.ok) send(outcome.command);
  };
  const ids = { by: useId(), asked: useId(), contact: useId(), note: useId(), host: useId() };
  const city = program.cities.find((c) => c.id === activity.cityId);
  const hosts = [...program.hosts].sort((x, y) => Number(y.cityId === activity.cityId) - Number(x.cityId === activity.cityId) || x.name.localeCompare(y.name));
  const guests = program.participants.filter((p) => activity.attendees.participantIds.includes(p.id) && p.dietaryNotes.trim() !== '');
  return (
    <>
      {ARRANGED_TYPES.has(activity.type) || a ? (
        <>
          <div className="edit-field">
            <label htmlFor={ids.by}>Arranged by</label>
            <select id={ids.by} value={a?.arrangedBy ?? ''} onChange={(e) => set('arrangedBy', e.target.value)}>
              {a ? null : <option value="">Not started</option>}
              {(['local-partner', 'program-officer'] as const).map((v) => (
                <option key={v} value={v}>
                  {ARRANGED_BY_LABELS[v]}
                  {v === 'local-partner' && city ? ` (${city.name})` : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="arranging-dates">
            <div className="edit-field">
              <label htmlFor={ids.asked}>Asked on</label>
              <input id={ids.asked} type="date" value={a?.askedOn ?? ''} onChange={(e) => set('askedOn', e.target.value)} />
            </div>
            <div className="edit-field">
              <label htmlFor={ids.contact}>Last contact</label>
              <input id={ids.contact} type="date" value={a?.lastContactOn ?? ''} onChange={(e) => set('lastContactOn', e.target.value)} />
            </div>
          </div>
          <div className="edit-field">
            <label htmlFor={ids.note}>Arranging note</label>
            <textarea key={`note:${a?.note ?? ''}`} id={ids.note} rows={2} defaultValue={a?.note ?? ''} onBlur={(e) => e.target.value !== (a?.note ?? '') && set('note', e.target.value)} />
          </div>
        </>
      ) : null}
      <div className="edit-field">
        <label htmlFor={ids.host}>Host on record</label>
        <select id={ids.host} value={activity.hostId ?? ''} onChange={(e) => send(hostCommand(activity, program, e.target.value || null))}>
          <option value="">None</option>
          {hosts.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
              {h.cityId !== activity.cityId ? ` (${program.cities.find((c) => c.id === h.cityId)?.name ?? 'elsewhere'})` : ''}
            </option>
          ))}
        </select>
      </div>
      <DirectorySearch
        kinds={['host']}
        city={city?.name ?? null}
        label="Take a host from the directory"
        onChoose={(hit) => {
          if (hit.kind !== 'host') return;
          const adopted = adoptHost(program, hit.entry);
          const contact = hit.entry.contacts[0];
          const host = { organization: hit.entry.name, contactName: contact?.name ?? '', phone: contact?.phone ?? '', email: contact?.email ?? '' };
          send({ type: 'batch', label: `Host “${activity.title}”: ${hit.entry.name}`, commands: [...adopted.commands, { type: 'activity/update', activity: { ...activity, hostId: adopted.id, host } }] });
        }}
      />
      {activity.type === 'home-hospitality' || activity.type === 'meal' ? (
        guests.length ? (
          <fieldset className="edit-ticks" aria-label="Diets the host confirmed">
            <legend>Diets the host confirmed</legend>
            {guests.map((g) => (
              <label key={g.id} className="check-row">
                <input type="checkbox" checked={a?.dietConfirmedIds.includes(g.id) ?? false} onChange={(e) => send(dietCommand(activity, g.id, e.target.checked))} />
                {`${g.givenName} ${g.familyName}`.trim()}: {g.dietaryNotes}
              </label>
            ))}
          </fieldset>
        ) : null
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

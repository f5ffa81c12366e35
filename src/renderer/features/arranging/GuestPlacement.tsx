/**
 * Home hospitality: the evening's host families (one dinner each) with their guests; move a guest
 * to another family or seat an unplaced one, add a family from the program's hosts or the
 * organization directory. Each move is one undo step; the warnings are the problems panel's own
 * (home-hospitality-guests, -diet, -language), shown beside the family they concern.
 */
import { useId } from 'react';
import { adoptHost } from '../../../shared/directory/index';
import type { PlaceActivity, Program } from '../../../shared/program/schema';
import { addFamilyCommands, evening, moveGuest } from '../../model/hospitality';
import { useAppState, useAppStore } from '../../state/store-context';
import { DirectorySearch } from '../directory/DirectorySearch';
import './arranging.css';

export function GuestPlacement({ activity, program }: { activity: PlaceActivity; program: Program }) {
  const store = useAppStore();
  const problems = useAppState((s) => s.problems);
  const { families, unplaced } = evening(program, activity);
  const { min, max } = program.settings.homeHospitalityGuests;
  const addId = useId();
  const city = program.cities.find((c) => c.id === activity.cityId);
  const familyHosts = program.hosts.filter((h) => h.kind === 'family' && h.cityId === activity.cityId && !families.some((f) => f.activity.hostId === h.id));
  const warningsOf = (id: string) =>
    (problems?.sections ?? []).flatMap((s) => s.rules.filter((r) => r.ruleId.startsWith('home-hospitality')).flatMap((r) => r.problems.filter((p) => p.activityIds.includes(id))));
  const move = (guestId: string, from: string | null, to: string) => {
    const command = moveGuest(program, guestId, from, to === '' ? null : to);
    if (command) store.edit(command);
  };
  return (
    <section className="guest-placement" aria-label="Guests and host families" data-testid="guest-placement">
      <h3 className="section-title">
        Guests and host families <span className="muted small">({min === max ? min : `${min}–${max}`} guests a family)</span>
      </h3>
      <div className="families">
        {families.map((f) => (
          <div key={f.activity.id} className="family" data-family-activity={f.activity.id}>
            <h4>
              <span>{f.name}</span>
              <span className="muted small">{f.guests.length === 1 ? '1 guest' : `${f.guests.length} guests`}</span>
            </h4>
            <ul>
              {f.guests.map((g) => (
                <li key={g.id}>
                  <span>{g.name}</span>
                  <select aria-label={`Move ${g.name}`} value={f.activity.id} onChange={(e) => move(g.id, f.activity.id, e.target.value)}>
                    {families.map((to) => (
                      <option key={to.activity.id} value={to.activity.id}>
                        {to.activity.id === f.activity.id ? 'Stays here' : `To ${to.name}`}
                      </option>
                    ))}
                    <option value="">Not this evening</option>
                  </select>
                </li>
              ))}
            </ul>
            {warningsOf(f.activity.id).map((p) => (
              <p key={p.id} className="family-warning" data-rule={p.ruleId}>
                {p.message}
              </p>
            ))}
          </div>
        ))}
      </div>
      {unplaced.length ? (
        <div className="family" data-testid="unplaced">
          <h4>
            <span>Not placed yet</span>
            <span className="muted small">{unplaced.length}</span>
          </h4>
          <ul>
            {unplaced.map((g) => (
              <li key={g.id}>
                <span>{g.name}</span>
                <select aria-label={`Place ${g.name}`} value="" onChange={(e) => move(g.id, null, e.target.value)}>
                  <option value="">Place with…</option>
                  {families.map((to) => (
                    <option key={to.activity.id} value={to.activity.id}>
                      {to.name}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {familyHosts.length ? (
        <div className="edit-field">
          <label htmlFor={addId}>Add a host family</label>
          <select
            id={addId}
            value=""
            onChange={(e) => {
              const host = program.hosts.find((h) => h.id === e.target.value);
              if (host) store.edit(addFamilyCommands(program, activity, host, []));
            }}
          >
            <option value="">Choose a family of this program…</option>
            {familyHosts.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <DirectorySearch
        kinds={['host']}
        city={city?.name ?? null}
        label="Add a host family from the directory"
        onChoose={(hit) => {
          if (hit.kind !== 'host') return;
          const adopted = adoptHost(program, hit.entry);
          const host = program.hosts.find((h) => h.id === adopted.id) ?? { id: adopted.id, directoryId: hit.entry.id, kind: hit.entry.kind, name: hit.entry.name, cityId: adopted.cityId, address: hit.entry.address, contacts: hit.entry.contacts, languages: hit.entry.languages, notes: hit.entry.notes };
          store.edit(addFamilyCommands(program, activity, host, adopted.commands));
        }}
      />
    </section>
  );
}

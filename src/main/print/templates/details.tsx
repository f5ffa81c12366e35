/**
 * The details after the glance pages, each fact once: per day, only what the one-line entry could
 * not say (host, dress code and interpretation where they differ from most, meals, pick-up points,
 * notes); a note several entries share is printed once under a letter; then the venue directory
 * (address, phone, directions), the hosts and their contacts, and the group directory.
 */
import { shortDayLabel } from '../../../shared/itinerary/format';
import type { DayEntry, GroupDirectory, HostInfo, Itinerary, PersonLine } from '../../../shared/itinerary/types';
import type { Labels, LabelKey } from '../i18n/labels';
import { DateLabel, L, Other, translated } from './bilingual';
import { hostKey, type Compact } from './compact';
import { Name, Notes } from './parts';

/**
 * A host's activities listed under their contact: enough to recognize them by (the schedule says
 * when each is). A conference host of thirteen sessions would otherwise take a column of its own.
 */
const HOST_TITLES = 2;

/** One detail: a label, a text, or labelled values that have labels of their own (meals). */
type Line = { key: LabelKey | null; text: string; values?: readonly LabelKey[] };

/** What an entry's details say beyond its glance line; empty when nothing. */
function detailLines(e: DayEntry, c: Compact): Line[] {
  const lines: Line[] = [];
  if (e.kind === 'activity') {
    if (e.host && (e.host.organization || e.host.contactName)) {
      // The contact once: here, or in the hosts list when they host several activities.
      const listed = c.hosts.some((h) => hostKey(h.host) === hostKey(e.host as HostInfo));
      const contact = listed ? [] : [e.host.contactName, e.host.phone, e.host.email];
      lines.push({ key: 'host', text: [e.host.organization, ...contact].filter((x) => x.trim() !== '').join(', ') });
    }
    if (e.dressCode.trim() && e.dressCode.trim() !== c.dress) lines.push({ key: 'dressCode', text: e.dressCode });
    if (e.interpretation !== 'none') lines.push({ key: e.interpretation, text: '' });
    if (e.mealsProvided.length) lines.push({ key: 'mealProvided', text: '', values: e.mealsProvided });
  }
  if (e.kind === 'travel' && e.mode === 'ground') lines.push({ key: null, text: `${e.from.name} to ${e.to.name}` });
  if (e.kind === 'travel' && e.pickupPoint) lines.push({ key: 'pickup', text: e.pickupPoint });
  return lines;
}

function hasDetails(e: DayEntry, c: Compact): boolean {
  return e.kind !== 'check-out' && (detailLines(e, c).length > 0 || e.notes.trim() !== '');
}

function EntryDetails({ l, e, c }: { l: Labels; e: DayEntry; c: Compact }) {
  const note = e.notes.trim();
  const letter = c.noteLetters.get(note);
  const time = e.kind === 'activity' ? e.start : e.kind === 'travel' ? e.depart : e.at;
  const title = e.kind === 'check-in' || e.kind === 'check-out' ? e.hotel.name : e.title;
  return (
    <div className="det">
      <div className="det-head">
        <b>
          {time.time} {time.abbreviation}
        </b>{' '}
        {title}
        <Other l={l} text={translated(l, e, 'title')} />
      </div>
      <div className="det-body">
        {detailLines(e, c).map((line, i) => (
          <span key={i} className="det-item">
            {line.key ? <L l={l} k={line.key} /> : null}
            {line.text ? `${line.key ? ': ' : ''}${line.text}` : ''}
            {line.values?.map((v, j) => (
              <span key={v}>
                {j === 0 ? ': ' : ', '}
                <L l={l} k={v} />
              </span>
            ))}
          </span>
        ))}
        {letter ? (
          <span className="det-item">
            <L l={l} k="note" values={{ letter }} />
          </span>
        ) : null}
      </div>
      {!letter && note ? (
        <>
          <Notes text={note} />
          <Other l={l} text={translated(l, e, 'notes')} block />
        </>
      ) : null}
    </div>
  );
}

/**
 * People as a two-column list, one line each: name (passport name), country or role, organization
 * (participants) or languages (traveling staff: what a traveler asks them for), phone.
 */
function PeopleList({ people, languages = false }: { people: readonly PersonLine[]; languages?: boolean }) {
  return (
    <div className="cols people">
      {people.map((p) => (
        <div key={p.id} className="person">
          <b>
            <Name>{p.name}</Name>
          </b>
          {p.latinName ? (
            <>
              {' '}
              (<Name>{p.latinName}</Name>)
            </>
          ) : null}
          <span className="meta"> · {[p.detail, languages ? p.languages.join(', ') : p.organization, p.phone].filter((x) => x.trim() !== '').join(' · ')}</span>
        </div>
      ))}
    </div>
  );
}

function GroupSection({ l, g }: { l: Labels; g: GroupDirectory }) {
  return (
    <section className="box">
      <h2>
        <span className="group-swatch" style={{ background: g.color }} />
        <Name>{g.name}</Name>
      </h2>
      <h3 className="label">
        <L l={l} k="participants" />
      </h3>
      <PeopleList people={g.members} />
      {g.staff.length ? (
        <>
          <h3 className="label" style={{ marginTop: '2.5mm' }}>
            <L l={l} k="travelingStaff" />
          </h3>
          <PeopleList people={g.staff} languages />
        </>
      ) : null}
    </section>
  );
}

export function Details({ it, l, c }: { it: Itinerary; l: Labels; c: Compact }) {
  const days = it.days.map((d) => ({ day: d, entries: d.entries.filter((e) => hasDetails(e, c)) })).filter((d) => d.entries.length > 0);
  const shared = [...c.noteLetters];
  return (
    <section className="details">
      {days.length ? (
        <>
          <h2 className="section-title">
            <L l={l} k="details" />
          </h2>
          <div className="cols">
            {days.map(({ day, entries }) => (
              <section key={day.date} className="det-day">
                <h3 className="gday-head">
                  <DateLabel l={l} date={day.date} en={shortDayLabel(day.date)} form="short" />
                </h3>
                {entries.map((e) => (
                  <EntryDetails key={`${e.kind}:${e.id}`} l={l} e={e} c={c} />
                ))}
              </section>
            ))}
          </div>
        </>
      ) : null}
      {shared.length ? (
        <div className="box">
          <h2>
            <L l={l} k="sharedNotes" />
          </h2>
          {shared.map(([note, letter]) => {
            const e = it.days.flatMap((d) => d.entries).find((x) => x.notes.trim() === note);
            return (
              <div key={letter} className="shared-note">
                <b>
                  <L l={l} k="note" values={{ letter }} />
                </b>
                <Notes text={note} />
                {e ? <Other l={l} text={translated(l, e, 'notes')} block /> : null}
              </div>
            );
          })}
        </div>
      ) : null}
      {c.venues.length ? (
        <div className="box">
          <h2>
            <L l={l} k="venues" />
          </h2>
          <div className="cols">
            {c.venues.map((v) => (
              <div key={`${v.place.name}|${v.place.address}`} className="venue">
                <b>{v.place.name}</b>
                {v.place.address ? <span className="wrap">, {v.place.address}</span> : null}
                {v.place.phone ? (
                  <div className="meta">
                    <L l={l} k="phone" />: {v.place.phone}
                  </div>
                ) : null}
                {v.place.directions ? (
                  <div className="meta wrap">
                    <L l={l} k="directions" />: {v.place.directions}
                  </div>
                ) : null}
              </div>
            ))}
          </div>
        </div>
      ) : null}
      {c.hosts.length ? (
        <div className="box">
          <h2>
            <L l={l} k="hosts" />
          </h2>
          <div className="cols">
            {c.hosts.map((h, i) => (
              <div key={i} className="venue">
                <b>{h.host.organization}</b>
                <div className="wrap">{[h.host.contactName, h.host.phone, h.host.email].filter((s) => s.trim() !== '').join(' · ')}</div>
                <div className="meta wrap">
                  {h.titles.slice(0, HOST_TITLES).join('; ')}
                  {h.titles.length > HOST_TITLES ? (
                    <>
                      {' '}
                      <L l={l} k="moreActivities" values={{ count: h.titles.length - HOST_TITLES }} />
                    </>
                  ) : null}
                </div>
              </div>
            ))}
          </div>
        </div>
      ) : null}
      {it.groups.map((g) => (
        <GroupSection key={g.id} l={l} g={g} />
      ))}
    </section>
  );
}

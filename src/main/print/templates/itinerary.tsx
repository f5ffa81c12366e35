/**
 * One itinerary (a participant's, a group's or a staff member's) as a print section: a cover with
 * what a traveler needs first (dates, group, hotels, emergency numbers, the time zones), then the
 * day-by-day schedule, then the group directory. The cover's kicker links to the split marker
 * (see ../markers.ts): the batch finds each itinerary's first page by it.
 */
import { issuedDateLabel, shortDayLabel } from '../../../shared/itinerary/format';
import type { HotelStay, Itinerary } from '../../../shared/itinerary/types';
import { splitMarker } from '../markers';
import { DayBlock, EmergencyBox, Fact, Name, PeopleTable, ZoneLegend } from './parts';

/** The "Changes since version N" page: what changed for this traveler, in plain words. */
export interface ChangesPage {
  since: number;
  /** One sentence per change (describeChange), in time order; empty when nothing changed. */
  lines: string[];
}

function ChangesSection({ itinerary, changes }: { itinerary: Itinerary; changes: ChangesPage }) {
  return (
    <section className="changes">
      <a className="kicker marker" href={splitMarker(itinerary.kind, itinerary.subject.id)}>
        {KIND_TITLE[itinerary.kind]}: update
      </a>
      <h2 className="section-title">Changes since version {changes.since}</h2>
      <p className="intro">
        For <Name>{itinerary.subject.name}</Name>. What changed in your itinerary since the version {changes.since} you received. Times are
        local, with the time zone.
      </p>
      {changes.lines.length === 0 ? (
        <p>Nothing in your itinerary has changed.</p>
      ) : (
        <ul className="change-list">
          {changes.lines.map((line, i) => (
            <li key={i} className="wrap" dir="auto">
              {line}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the issue stamp says: "Issued 22 April 2024, version 3". */
export interface IssueInfo {
  /** YYYY-MM-DD. */
  issuedOn: string;
  version: number;
}

export const KIND_TITLE: Readonly<Record<Itinerary['kind'], string>> = {
  participant: 'Personal itinerary',
  group: 'Group itinerary',
  staff: 'Staff itinerary',
};

function HotelsBox({ hotels }: { hotels: readonly HotelStay[] }) {
  const live = hotels.filter((h) => h.status !== 'cancelled');
  if (live.length === 0) return null;
  return (
    <div className="box">
      <h2>Hotels</h2>
      <table>
        <thead>
          <tr>
            <th>Dates</th>
            <th>Hotel</th>
            <th>Phone</th>
          </tr>
        </thead>
        <tbody>
          {live.map((h) => (
            <tr key={h.id}>
              <td className="nowrap">
                {shortDayLabel(h.checkIn.date)} – {shortDayLabel(h.checkOut.date)}
                <div className="meta">
                  In {h.checkIn.time} · out {h.checkOut.time} {h.checkOut.abbreviation}
                </div>
              </td>
              <td>
                <b>{h.hotel.name}</b>
                {h.status === 'tentative' ? <span className="badge tentative">Tentative</span> : null}
                <div className="wrap">{h.hotel.address}</div>
                {h.who ? <div className="who wrap">For: {h.who}</div> : null}
              </td>
              <td className="nowrap">{h.hotel.phone}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An itinerary; with `changes`, a "Changes since version N" page comes first (and carries the split marker). */
export function ItineraryDocument({ itinerary, issue, changes }: { itinerary: Itinerary; issue: IssueInfo; changes?: ChangesPage | undefined }) {
  const it = itinerary;
  const groupLabel = it.subject.groups.join(', ');
  return (
    <article className="doc" data-subject={it.subject.id}>
      {changes ? <ChangesSection itinerary={it} changes={changes} /> : null}
      <div className={changes ? 'band new-page' : 'band'}>
        {changes ? (
          <span className="kicker">{KIND_TITLE[it.kind]}</span>
        ) : (
          <a className="kicker marker" href={splitMarker(it.kind, it.subject.id)}>
            {KIND_TITLE[it.kind]}
          </a>
        )}
        <h1>
          <Name>{it.subject.name}</Name>
        </h1>
        {it.subject.lines.map((line, i) => (
          <div className="sub wrap" key={i} dir="auto">
            {line}
          </div>
        ))}
        <div className="program wrap">{it.program.title}</div>
      </div>
      <div className="facts">
        <Fact label="Dates">{it.period.label}</Fact>
        <Fact label={it.kind === 'group' ? 'Participants' : 'Group'}>{it.kind === 'group' ? String(it.groups[0]?.members.length ?? 0) : groupLabel || '—'}</Fact>
        <Fact label="Days">{String(it.days.length)}</Fact>
        <Fact label="Issued">
          {issuedDateLabel(issue.issuedOn)}, version {issue.version}
        </Fact>
      </div>
      <EmergencyBox contacts={it.emergencyContacts} />
      <div className="box">
        <h2>Times in this itinerary</h2>
        <p className="intro">
          Every time is the local time where it happens, followed by the time zone. Flights show departure in the zone of
          departure and arrival in the zone of arrival.
        </p>
        <ZoneLegend days={it.days} />
      </div>
      <HotelsBox hotels={it.hotels} />

      <h2 className="section-title new-page">Daily schedule</h2>
      {it.days.length === 0 ? <p className="intro">No scheduled activities yet.</p> : null}
      {it.days.map((d) => (
        <DayBlock key={d.date} day={d} />
      ))}

      {it.groups.map((g) => (
        <section key={g.id} className="new-page">
          <h2 className="section-title">
            <span className="group-swatch" style={{ background: g.color }} />
            <Name>{g.name}</Name>
          </h2>
          <h3 className="label">Participants</h3>
          <PeopleTable people={g.members} detail="Country" extra="organization" />
          {g.staff.length ? (
            <>
              <h3 className="label" style={{ marginTop: '4mm' }}>
                Traveling staff
              </h3>
              <PeopleTable people={g.staff} detail="Role" extra="languages" />
            </>
          ) : null}
        </section>
      ))}
    </article>
  );
}

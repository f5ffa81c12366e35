/**
 * The documents for a city's people: the local partner's packet (the visiting groups' days in that
 * city, who they are, their hotel, arrivals and departures, meal needs) and the meal host sheet
 * (each meal and home-hospitality dinner, its guests and their dietary and accessibility needs).
 * English only: partners and hosts are U.S. organizations. No phone, e-mail or passport of anyone.
 */
import { shortDayLabel } from '../../../shared/itinerary/format';
import type { CityPacket, GuestLine, MealLine, MealSheet, PartnerGroup, StaffGuestLine } from '../../../shared/itinerary/index';
import type { HotelStay, TravelEntry } from '../../../shared/itinerary/types';
import { Labels } from '../i18n/labels';
import { splitMarker } from '../markers';
import { GlanceDay, IssueText, type IssueInfo } from './glance';
import { BothNames, Name } from './parts';

const EN = new Labels(null);

function Needs({ g }: { g: GuestLine }) {
  return (
    <>
      {g.dietaryNotes ? <div className="wrap">Dietary: {g.dietaryNotes}</div> : null}
      {g.accessibilityNotes ? <div className="wrap">Accessibility: {g.accessibilityNotes}</div> : null}
    </>
  );
}

function Legs({ title, legs }: { title: string; legs: readonly TravelEntry[] }) {
  if (legs.length === 0) return null;
  return (
    <div className="box">
      <h3 className="sub-title">{title}</h3>
      <table className="compact">
        <tbody>
          {legs.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">
                <b>{[e.carrier, e.number].filter(Boolean).join(' ') || e.title}</b>
              </td>
              <td>
                {shortDayLabel(e.depart.date)} {e.depart.time} {e.depart.abbreviation} {e.from.code || e.from.name} to {e.to.code || e.to.name} {e.arrive.time} {e.arrive.abbreviation}
                {e.arrive.date !== e.depart.date ? ` (${shortDayLabel(e.arrive.date)})` : ''}
              </td>
              <td className="meta">{e.who ? `For: ${e.who}` : 'Whole group'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Hotels({ hotels }: { hotels: readonly HotelStay[] }) {
  if (hotels.length === 0) return null;
  return (
    <div className="box">
      <h3 className="sub-title">Hotel</h3>
      {hotels.map((h) => (
        <div key={h.id} className="venue">
          <b>{h.hotel.name}</b>, {h.hotel.address} · {shortDayLabel(h.checkIn.date)} {h.checkIn.time} {h.checkIn.abbreviation} to {shortDayLabel(h.checkOut.date)} {h.checkOut.time}{' '}
          {h.checkOut.abbreviation} ({h.nights} {h.nights === 1 ? 'night' : 'nights'}){h.who ? ` · For: ${h.who}` : ''}
        </div>
      ))}
    </div>
  );
}

function Participants({ people }: { people: readonly GuestLine[] }) {
  return (
    <table className="compact">
      <thead>
        <tr>
          <th>Name (passport name)</th>
          <th>Country</th>
          <th>Position, organization</th>
          <th>Languages</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <td>
              <BothNames person={p} />
            </td>
            <td>{p.country}</td>
            <td className="wrap">{[p.position, p.organization].filter(Boolean).join(', ')}</td>
            <td>
              {p.languages.join(', ')}
              {p.interpretation ? <div className="meta">Interpretation into {p.interpretation}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StaffList({ staff }: { staff: readonly StaffGuestLine[] }) {
  if (staff.length === 0) return null;
  return (
    <div className="cols people">
      {staff.map((s) => (
        <div key={s.id} className="person">
          <b>
            <Name>{s.name}</Name>
          </b>
          <span className="meta"> · {[s.role, s.languages.join(', ')].filter(Boolean).join(' · ')}</span>
        </div>
      ))}
    </div>
  );
}

function MealNeeds({ people }: { people: readonly GuestLine[] }) {
  const needs = people.filter((p) => p.dietaryNotes || p.accessibilityNotes);
  return (
    <div className="box">
      <h3 className="sub-title">Meal and access needs</h3>
      {needs.length === 0 ? <p className="meta">None noted.</p> : null}
      {needs.map((p) => (
        <div key={p.id} className="venue">
          <BothNames person={p} />
          <Needs g={p} />
        </div>
      ))}
    </div>
  );
}

function GroupPart({ g }: { g: PartnerGroup }) {
  return (
    <section className="partner-group">
      <h2 className="section-title">
        <span className="group-swatch" style={{ background: g.color }} />
        <Name>{g.name}</Name>
        <span className="meta"> · {g.participants.length} participants, {g.staff.length} traveling staff</span>
      </h2>
      <Legs title="Arrivals" legs={g.arrivals} />
      <Legs title="Departures" legs={g.departures} />
      <Hotels hotels={g.hotels} />
      <div className="box">
        <h3 className="sub-title">Participants</h3>
        <Participants people={g.participants} />
        <h3 className="sub-title" style={{ marginTop: '2mm' }}>
          Traveling staff
        </h3>
        <StaffList staff={g.staff} />
      </div>
      <MealNeeds people={g.participants} />
      <h3 className="section-title small">Days in the city</h3>
      <div className="gdays">
        {g.days.map((d) => (
          <GlanceDay key={d.date} l={EN} day={d} />
        ))}
      </div>
    </section>
  );
}

function MealBlock({ m }: { m: MealLine }) {
  const needs = m.guests.filter((g) => g.dietaryNotes || g.accessibilityNotes);
  return (
    <section className="meal">
      <h3 className="gday-head">
        {shortDayLabel(m.start.date)} · {m.start.time}–{m.end.time} {m.start.abbreviation} · {m.title}
        {m.status !== 'confirmed' ? ` (${m.status})` : ''}
      </h3>
      <div className="meta wrap">
        {[m.typeLabel, m.place ? `${m.place.name}, ${m.place.address}` : m.city, m.host ? `Host: ${m.host}` : ''].filter(Boolean).join(' · ')}
      </div>
      <div>
        <b>
          {m.guests.length} {m.guests.length === 1 ? 'guest' : 'guests'}
          {m.staff.length ? `, ${m.staff.length} staff` : ''}
        </b>
        {needs.length ? ` · ${needs.length} with dietary or access needs` : ' · no dietary or access needs noted'}
      </div>
      {needs.length ? (
        <table className="compact">
          <tbody>
            {needs.map((g) => (
              <tr key={g.id}>
                <td>
                  <BothNames person={g} />
                </td>
                <td>
                  <Needs g={g} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="meta wrap">
        Guests: {m.guests.map((g) => (g.latinName ? `${g.name} (${g.latinName})` : g.name)).join(', ')}
        {m.staff.length ? `. Staff: ${m.staff.map((s) => `${s.name} (${s.role})`).join(', ')}` : ''}.
      </div>
    </section>
  );
}

function Cover({ kicker, marker, title, lines, issue }: { kicker: string; marker: string; title: string; lines: string[]; issue: IssueInfo | null }) {
  return (
    <div className="band">
      <a className="kicker marker" href={marker}>
        {kicker}
      </a>
      <h1>{title}</h1>
      {lines.map((line, i) => (
        <div key={i} className="sub wrap">
          {line}
        </div>
      ))}
      <div className="sub">
        <IssueText l={EN} issue={issue} />
      </div>
      {issue === null ? <div className="draft-mark">DRAFT</div> : null}
    </div>
  );
}

/** The local partner's packet for one city. */
export function PartnerDocument({ packet, issue }: { packet: CityPacket; issue: IssueInfo | null }) {
  return (
    <article className="doc partner">
      <Cover
        kicker="City packet for the local partner"
        marker={splitMarker('partner', packet.city.id)}
        title={packet.city.name}
        lines={[packet.program.title, `${packet.period.label} · ${packet.groups.map((g) => g.name).join(', ')}`]}
        issue={issue}
      />
      <p className="intro" style={{ marginTop: '3mm' }}>
        Times are local, followed by the time zone. Names are as written at home and, in parentheses, as in the passport (airlines, drivers and
        hotels use that form).
      </p>
      {packet.groups.map((g) => (
        <GroupPart key={g.id} g={g} />
      ))}
      {packet.meals.length ? (
        <section className="new-page">
          <h2 className="section-title">Meals and home hospitality in {packet.city.name}</h2>
          {packet.meals.map((m) => (
            <MealBlock key={m.id} m={m} />
          ))}
        </section>
      ) : null}
    </article>
  );
}

/** The meal host sheet of one city. */
export function MealSheetDocument({ sheet, issue }: { sheet: MealSheet; issue: IssueInfo | null }) {
  return (
    <article className="doc meals">
      <Cover kicker="Meal host sheet" marker={splitMarker('meals', sheet.city.id)} title={sheet.city.name} lines={[sheet.program.title]} issue={issue} />
      <p className="intro" style={{ marginTop: '3mm' }}>
        For each meal and home-hospitality visit: when and where, how many guests, and each guest’s dietary and accessibility needs.
      </p>
      {sheet.meals.map((m) => (
        <MealBlock key={m.id} m={m} />
      ))}
    </article>
  );
}

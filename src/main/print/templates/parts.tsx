/**
 * Building blocks shared by the itinerary and the program book. Every piece of program data goes in
 * as React text (escaped by renderToStaticMarkup); names are isolated with <bdi> so right-to-left
 * names and stray direction marks cannot reorder the text around them.
 */
import type { ReactNode } from 'react';
import { durationLabel, shortDayLabel } from '../../../shared/itinerary/format';
import type { ActivityEntry, ContactLine, DayEntry, HotelEntry, ItineraryDay, LocalTime, PersonLine, PlaceInfo, TravelEntry } from '../../../shared/itinerary/types';

const INTERPRETATION: Readonly<Record<ActivityEntry['interpretation'], string>> = {
  none: '',
  consecutive: 'Consecutive interpretation',
  simultaneous: 'Simultaneous interpretation',
};

const MODE_LABEL: Readonly<Record<TravelEntry['mode'], string>> = { flight: 'Flight', train: 'Train', ground: 'Ground transport' };
const CHECK_IN_WHAT: Readonly<Record<NonNullable<TravelEntry['checkIn']>['kind'], string>> = { international: 'an international flight', domestic: 'a domestic flight', train: 'the train' };

/** A person's or group's name, isolated for bidirectional text. */
export function Name({ children }: { children: string }) {
  return <bdi>{children}</bdi>;
}

/** Free text as written by the planner: kept line breaks, its own direction. */
/** A name in bold and, when it is in another script, the passport (Latin) name after it. */
export function BothNames({ person }: { person: { name: string; latinName?: string } }) {
  return (
    <>
      <b>
        <Name>{person.name}</Name>
      </b>
      {person.latinName ? (
        <span className="meta">
          {' '}
          (<Name>{person.latinName}</Name>)
        </span>
      ) : null}
    </>
  );
}

export function Notes({ text }: { text: string }) {
  if (text.trim() === '') return null;
  return (
    <p className="notes" dir="auto">
      {text}
    </p>
  );
}

function Badges({ e }: { e: DayEntry }) {
  return (
    <>
      {e.status === 'cancelled' ? <span className="badge cancelled">Cancelled</span> : null}
      {e.status === 'tentative' ? <span className="badge tentative">Tentative</span> : null}
      {!e.attending ? <span className="badge away">Not attending</span> : null}
    </>
  );
}

function join(parts: readonly string[], sep = ' · '): string {
  return parts.filter((p) => p.trim() !== '').join(sep);
}

function PlaceLine({ place, prefix }: { place: PlaceInfo; prefix?: string }) {
  const name = place.code ? `${place.code} · ${place.name}` : place.name;
  return (
    <div className="detail wrap">
      {prefix ? <b>{prefix} </b> : null}
      <b>{name}</b>
      {place.address ? <>, {place.address}</> : null}
      {place.phone ? <span className="meta"> · Tel. {place.phone}</span> : null}
    </div>
  );
}

function timeText(t: LocalTime): string {
  return `${t.time} ${t.abbreviation}`;
}

function ActivityView({ e }: { e: ActivityEntry }) {
  const sameZone = e.start.abbreviation === e.end.abbreviation && e.start.date === e.end.date;
  const host = e.host ? join([e.host.organization, e.host.contactName, e.host.phone ? `Tel. ${e.host.phone}` : '', e.host.email], ', ') : '';
  const extras = join([
    e.dressCode ? `Dress code: ${e.dressCode}` : '',
    INTERPRETATION[e.interpretation],
    e.mealsProvided.length ? `Meal provided: ${e.mealsProvided.join(', ')}` : '',
  ]);
  return (
    <div className={`entry${e.status === 'cancelled' ? ' cancelled' : ''}${e.attending ? '' : ' away'}`}>
      <div className="when">
        {e.start.time}–{sameZone ? e.end.time : timeText(e.end)}
        <span className="abbr">{e.start.abbreviation}</span>
      </div>
      <div>
        <div className="head">
          <div className="title wrap">
            {e.title}
            <Badges e={e} />
          </div>
          <div className="meta">{join([e.typeLabel, e.place ? '' : e.city])}</div>
          {e.who ? <div className="who wrap">For: {e.who}</div> : null}
        </div>
        {e.place ? <PlaceLine place={e.place} /> : null}
        {host ? <div className="detail wrap">Host: {host}</div> : null}
        {extras || e.place?.directions ? (
          <div className="detail meta wrap">{join([extras, e.place?.directions ? `Directions: ${e.place.directions}` : ''])}</div>
        ) : null}
        <Notes text={e.notes} />
      </div>
    </div>
  );
}

function TravelView({ e }: { e: TravelEntry }) {
  const service = join([e.carrier, e.number], ' ');
  const nextDay = e.arrive.date !== e.depart.date ? ` (${shortDayLabel(e.arrive.date)})` : '';
  const sameZone = e.depart.abbreviation === e.arrive.abbreviation && !nextDay;
  const className = `entry${e.status === 'cancelled' ? ' cancelled' : ''}${e.attending ? '' : ' away'}`;
  if (e.mode === 'ground') {
    // A transfer: one compact block (from -> to, pick-up point).
    return (
      <div className={className}>
        <div className="when">
          {e.depart.time}–{sameZone ? e.arrive.time : timeText(e.arrive)}
          <span className="abbr">{e.depart.abbreviation}</span>
        </div>
        <div className="head">
          <div className="title wrap">
            {e.title}
            <Badges e={e} />
          </div>
          <div className="meta wrap">
            {join([MODE_LABEL[e.mode], service, durationLabel(e.durationMinutes)])}: from {e.from.name} to {e.to.name}
          </div>
          {e.pickupPoint ? <div className="detail wrap">Pick-up: {e.pickupPoint}</div> : null}
          {e.who ? <div className="who wrap">For: {e.who}</div> : null}
          <Notes text={e.notes} />
        </div>
      </div>
    );
  }
  return (
    <div className={className}>
      <div className="when">
        {e.depart.time}
        <span className="abbr">{e.depart.abbreviation}</span>
      </div>
      <div>
        <div className="head">
          <div className="title wrap">
            {e.mode === 'flight' && service ? `Flight ${service}: ${e.title}` : e.title}
            <Badges e={e} />
          </div>
          <div className="meta">{join([MODE_LABEL[e.mode], e.mode === 'flight' ? '' : service, durationLabel(e.durationMinutes)])}</div>
          {e.who ? <div className="who wrap">For: {e.who}</div> : null}
        </div>
        <div className="leg">
          <b>Depart</b>
          <div className="wrap">
            <b>{timeText(e.depart)}</b> — {e.from.code ? `${e.from.code} · ` : ''}
            {e.from.name}
            {e.from.city ? `, ${e.from.city}` : ''}
          </div>
          <b>Arrive</b>
          <div className="wrap">
            <b>
              {timeText(e.arrive)}
              {nextDay}
            </b>{' '}
            — {e.to.code ? `${e.to.code} · ` : ''}
            {e.to.name}
            {e.to.city ? `, ${e.to.city}` : ''}
          </div>
        </div>
        {e.pickupPoint ? <div className="detail wrap">Pick-up: {e.pickupPoint}</div> : null}
        {e.checkIn ? (
          <div className="detail wrap">
            Be at the {e.mode === 'train' ? 'station' : 'airport'} by <b>{timeText(e.checkIn.by)}</b> ({durationLabel(e.checkIn.minutes)} before {CHECK_IN_WHAT[e.checkIn.kind]})
          </div>
        ) : null}
        <Notes text={e.notes} />
      </div>
    </div>
  );
}

function HotelView({ e }: { e: HotelEntry }) {
  const checkingIn = e.kind === 'check-in';
  return (
    <div className={`entry${e.status === 'cancelled' ? ' cancelled' : ''}${e.attending ? '' : ' away'}`}>
      <div className="when">
        {e.at.time}
        <span className="abbr">{e.at.abbreviation}</span>
      </div>
      <div>
        <div className="head">
          <div className="title wrap">
            {checkingIn ? 'Check in' : 'Check out'}: {e.hotel.name}
            <Badges e={e} />
          </div>
          <div className="meta">
            {checkingIn
              ? `Hotel · ${e.nights} ${e.nights === 1 ? 'night' : 'nights'}, check-out ${shortDayLabel(e.checkOut.date)} by ${timeText(e.checkOut)}`
              : `Hotel · checked in ${shortDayLabel(e.checkIn.date)}`}
          </div>
          {e.who ? <div className="who wrap">For: {e.who}</div> : null}
        </div>
        {checkingIn ? <PlaceLine place={e.hotel} /> : null}
        {checkingIn ? <Notes text={e.notes} /> : null}
      </div>
    </div>
  );
}

export function EntryView({ e }: { e: DayEntry }) {
  switch (e.kind) {
    case 'activity':
      return <ActivityView e={e} />;
    case 'travel':
      return <TravelView e={e} />;
    case 'check-in':
    case 'check-out':
      return <HotelView e={e} />;
  }
}

/** One local day: the date, the zones in use there (named), the entries in time order. */
export function DayBlock({ day }: { day: ItineraryDay }) {
  const zones = day.zones.map((z) => `${z.cities.join(', ')}${z.cities.length ? ': ' : ''}${z.abbreviation} (${z.zoneName})`).join('; then ');
  return (
    <section className="day">
      <div className="day-head">
        <h3>{day.label}</h3>
        <div className="tz">Local times · {zones}</div>
      </div>
      {day.entries.map((e) => (
        <EntryView key={`${e.kind}:${e.id}`} e={e} />
      ))}
    </section>
  );
}

/** Every zone used in the document, named once: "MST: Mountain Standard Time (Phoenix, AZ)". */
export function ZoneLegend({ days }: { days: readonly ItineraryDay[] }) {
  const zones = new Map<string, { name: string; cities: string[] }>();
  for (const d of days) {
    for (const z of d.zones) {
      const entry = zones.get(z.abbreviation) ?? { name: z.zoneName, cities: [] };
      for (const c of z.cities) if (!entry.cities.includes(c)) entry.cities.push(c);
      zones.set(z.abbreviation, entry);
    }
  }
  if (zones.size === 0) return null;
  return (
    <ul className="zones">
      {[...zones].map(([abbr, z]) => (
        <li key={abbr}>
          <b>{abbr}</b>: {z.name}
          {z.cities.length ? ` (${z.cities.join(', ')})` : ''}
        </li>
      ))}
    </ul>
  );
}

export function EmergencyBox({ contacts }: { contacts: readonly ContactLine[] }) {
  return (
    <div className="box emergency">
      <h2>24-hour emergency contacts</h2>
      <table>
        <tbody>
          {contacts.map((c, i) => (
            <tr key={i}>
              <td>
                <b>{c.name}</b>
              </td>
              <td className="meta">{c.role}</td>
              <td className="nowrap">
                <b>{c.phone}</b>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PeopleTable({ people, detail, extra }: { people: readonly PersonLine[]; detail: string; extra?: 'organization' | 'languages' }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>{detail}</th>
          {extra ? <th>{extra === 'organization' ? 'Organization' : 'Languages'}</th> : null}
          <th>Phone</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <td>
              <BothNames person={p} />
            </td>
            <td>{p.detail}</td>
            {extra ? <td>{extra === 'organization' ? p.organization : p.languages.join(', ')}</td> : null}
            <td className="nowrap">{p.phone}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <div className="label">{label}</div>
      <div className="value wrap">{children}</div>
    </div>
  );
}

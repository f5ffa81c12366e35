/**
 * Pages 1-2 of an itinerary, which stand alone when printed alone: who, dates, group, the issue
 * (or DRAFT), the 24-hour contacts, then every day as one block and every entry as one line
 * (local time with its zone, title, place), and the flights and hotels in two small tables.
 */
import type { ReactNode } from 'react';
import { durationLabel, issuedDateLabel, shortDayLabel } from '../../../shared/itinerary/format';
import type { DayEntry, HotelStay, Itinerary, ItineraryDay, LocalTime, TravelEntry } from '../../../shared/itinerary/types';
import type { Labels } from '../i18n/labels';
import { DateLabel, L, Other, translated } from './bilingual';
import type { Compact } from './compact';
import { Name } from './parts';

/** What the issue stamp says: "Issued 22 April 2024, version 3", or null for a draft. */
export interface IssueInfo {
  /** YYYY-MM-DD. */
  issuedOn: string;
  version: number;
}

export function IssueText({ l, issue }: { l: Labels; issue: IssueInfo | null }) {
  return issue ? <L l={l} k="issued" values={{ date: issuedDateLabel(issue.issuedOn), version: issue.version }} /> : <L l={l} k="draft" />;
}

function zoneTime(t: LocalTime): string {
  return `${t.time} ${t.abbreviation}`;
}

/** "09:00–10:30" and its zone "EDT" (an arrival's own zone beside the end when it differs). */
function whenParts(e: DayEntry): { time: string; zone: string } {
  switch (e.kind) {
    case 'activity':
      return e.start.abbreviation === e.end.abbreviation && e.start.date === e.end.date
        ? { time: `${e.start.time}–${e.end.time}`, zone: e.start.abbreviation }
        : { time: `${e.start.time}–${e.end.time} ${e.end.abbreviation}`, zone: e.start.abbreviation };
    case 'travel':
      return e.mode === 'ground' && e.depart.abbreviation === e.arrive.abbreviation ? { time: `${e.depart.time}–${e.arrive.time}`, zone: e.depart.abbreviation } : { time: e.depart.time, zone: e.depart.abbreviation };
    case 'check-in':
    case 'check-out':
      return { time: e.at.time, zone: e.at.abbreviation };
  }
}

/** "EDT: Eastern Daylight Time; MST: Mountain Standard Time": each zone used, named once. */
function zoneLegend(days: readonly ItineraryDay[]): string {
  const names = new Map<string, string>();
  for (const d of days) for (const z of d.zones) if (!names.has(z.abbreviation)) names.set(z.abbreviation, z.zoneName);
  return [...names].map(([abbr, name]) => (abbr === name ? abbr : `${abbr}: ${name}`)).join('; ');
}

function service(e: TravelEntry): string {
  return [e.carrier, e.number].filter((s) => s.trim() !== '').join(' ');
}

function Badges({ l, e }: { l: Labels; e: DayEntry }) {
  return (
    <>
      {e.status === 'cancelled' ? (
        <span className="badge cancelled">
          <L l={l} k="cancelled" />
        </span>
      ) : null}
      {e.status === 'tentative' ? (
        <span className="badge tentative">
          <L l={l} k="tentative" />
        </span>
      ) : null}
      {!e.attending ? (
        <span className="badge away">
          <L l={l} k="notAttending" />
        </span>
      ) : null}
    </>
  );
}

/** The title of an entry as the glance line shows it. */
function EntryTitle({ l, e }: { l: Labels; e: DayEntry }) {
  if (e.kind === 'check-in' || e.kind === 'check-out') {
    return (
      <>
        <L l={l} k={e.kind === 'check-in' ? 'checkInAt' : 'checkOutAt'} />: {e.hotel.name}
      </>
    );
  }
  const title = e.kind === 'travel' && e.mode === 'flight' && service(e) ? `${service(e)}: ${e.title}` : e.title;
  return (
    <>
      {title}
      <Other l={l} text={translated(l, e, 'title')} />
    </>
  );
}

/** Where: the venue's name (its address is in the venue directory), a route, a hotel's nights. */
function placeText(e: DayEntry): string {
  switch (e.kind) {
    case 'activity':
      return e.place ? e.place.name : e.city;
    case 'travel': {
      // A transfer's starting point and pick-up are in the details: here, where it goes.
      if (e.mode === 'ground') return e.title.includes(e.to.name) ? '' : `to ${e.to.name}`;
      const arrive = `${e.arrive.time} ${e.arrive.abbreviation}${e.arrive.date !== e.depart.date ? ` (${shortDayLabel(e.arrive.date)})` : ''}`;
      return `${e.from.code || e.from.name} ${e.depart.time} ${e.depart.abbreviation} to ${e.to.code || e.to.name} ${arrive}`;
    }
    case 'check-in':
    case 'check-out':
      return ''; // a stay's nights and check-out follow the place, labelled in both languages
  }
}

function GlanceLine({ l, e }: { l: Labels; e: DayEntry }) {
  const where = placeText(e);
  const when = whenParts(e);
  const cls = `gl${e.status === 'cancelled' ? ' cancelled' : ''}${e.attending ? '' : ' away'}`;
  return (
    <div className={cls}>
      <div className="gl-when">
        {when.time} <span className="gl-zone">{when.zone}</span>
      </div>
      <div className="gl-what">
        <span className="gl-title">
          <EntryTitle l={l} e={e} />
        </span>
        <Badges l={l} e={e} />
        {where ? <span className="gl-where"> · {where}</span> : null}
        {e.kind === 'check-in' ? (
          <span className="gl-where">
            {' · '}
            <L l={l} k="nights" values={{ count: e.nights }} />
            {' · '}
            <L l={l} k="checkOut" /> {shortDayLabel(e.checkOut.date)}
          </span>
        ) : null}
        {e.who ? <span className="gl-who"> · For: {e.who}</span> : null}
      </div>
    </div>
  );
}

export function GlanceDay({ l, day }: { l: Labels; day: ItineraryDay }) {
  const zones = day.zones.map((z) => `${z.cities.join(', ')} ${z.abbreviation}`.trim()).join('; ');
  return (
    <section className="gday">
      <h3 className="gday-head">
        <DateLabel l={l} date={day.date} en={shortDayLabel(day.date)} form="short" />
        <span className="gday-tz"> · {zones}</span>
      </h3>
      {day.entries.map((e) => (
        <GlanceLine key={`${e.kind}:${e.id}`} l={l} e={e} />
      ))}
    </section>
  );
}

function FlightsTable({ l, legs }: { l: Labels; legs: readonly TravelEntry[] }) {
  if (legs.length === 0) return null;
  return (
    <div className="box">
      <h2>
        <L l={l} k="flights" />
      </h2>
      <table className="compact">
        <thead>
          <tr>
            <th>
              <L l={l} k="flight" />
            </th>
            <th>
              <L l={l} k="depart" />
            </th>
            <th>
              <L l={l} k="arrive" />
            </th>
          </tr>
        </thead>
        <tbody>
          {legs.map((e) => (
            <tr key={e.id} className={e.status === 'cancelled' ? 'cancelled' : undefined}>
              <td>
                <b>{service(e) || e.title}</b>
                <Badges l={l} e={e} />
                <div className="meta">{durationLabel(e.durationMinutes)}</div>
              </td>
              <td>
                <b>{shortDayLabel(e.depart.date)}, {zoneTime(e.depart)}</b>
                <div className="wrap">
                  {e.from.code ? `${e.from.code} · ` : ''}
                  {e.from.name}
                  {e.from.city ? `, ${e.from.city}` : ''}
                </div>
                {e.checkIn ? (
                  // When to be there (the program's settings, by kind of departure); none at a connection.
                  <div className="meta wrap">
                    <L
                      l={l}
                      k={e.checkIn.kind === 'train' ? 'checkInStation' : 'checkInAirport'}
                      values={{ time: `${e.checkIn.by.time} ${e.checkIn.by.abbreviation}`, duration: durationLabel(e.checkIn.minutes) }}
                    />
                  </div>
                ) : null}
              </td>
              <td>
                <b>{shortDayLabel(e.arrive.date)}, {zoneTime(e.arrive)}</b>
                <div className="wrap">
                  {e.to.code ? `${e.to.code} · ` : ''}
                  {e.to.name}
                  {e.to.city ? `, ${e.to.city}` : ''}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HotelsTable({ l, hotels }: { l: Labels; hotels: readonly HotelStay[] }) {
  const live = hotels.filter((h) => h.status !== 'cancelled');
  if (live.length === 0) return null;
  return (
    <div className="box">
      <h2>
        <L l={l} k="hotels" />
      </h2>
      <table className="compact">
        <thead>
          <tr>
            <th>
              <L l={l} k="hotels" />
            </th>
            <th>
              <L l={l} k="checkIn" />
            </th>
            <th>
              <L l={l} k="checkOut" />
            </th>
          </tr>
        </thead>
        <tbody>
          {live.map((h) => (
            <tr key={h.id}>
              <td>
                <b>{h.hotel.name}</b>
                {h.status === 'tentative' ? (
                  <span className="badge tentative">
                    <L l={l} k="tentative" />
                  </span>
                ) : null}
                <div className="wrap">{h.hotel.address}</div>
                {h.hotel.phone ? (
                  <div className="meta">
                    <L l={l} k="phone" />: {h.hotel.phone}
                  </div>
                ) : null}
                {h.who ? <div className="who wrap">For: {h.who}</div> : null}
              </td>
              <td className="nowrap">
                {shortDayLabel(h.checkIn.date)}, {zoneTime(h.checkIn)}
              </td>
              <td className="nowrap">
                {shortDayLabel(h.checkOut.date)}, {zoneTime(h.checkOut)}
                <div className="meta">
                  <L l={l} k="nights" values={{ count: h.nights }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Glance({ it, l, issue, compact, marker }: { it: Itinerary; l: Labels; issue: IssueInfo | null; compact: Compact; marker: ReactNode }) {
  const legs = it.days.flatMap((d) => d.entries).filter((e): e is TravelEntry => e.kind === 'travel' && e.mode !== 'ground');
  const defaults = [compact.dress ? l.get('dressDefault', { dress: compact.dress }) : null].filter((x) => x !== null);
  return (
    <section className="glance">
      <div className="band">
        {marker}
        <h1>
          <Name>{it.subject.name}</Name>
          {it.subject.latinName ? (
            <span className="latin">
              {' '}
              (<Name>{it.subject.latinName}</Name>)
            </span>
          ) : null}
        </h1>
        <div className="sub wrap" dir="auto">
          {it.subject.lines.join(' · ')}
        </div>
        <div className="program wrap">{it.program.title}</div>
        {issue === null ? <div className="draft-mark">DRAFT</div> : null}
      </div>
      <div className="facts">
        <div className="fact">
          <div className="label">
            <L l={l} k="dates" />
          </div>
          <div className="value wrap">{it.period.label}</div>
        </div>
        <div className="fact">
          <div className="label">
            <L l={l} k={it.kind === 'group' ? 'participants' : 'group'} />
          </div>
          <div className="value wrap">{it.kind === 'group' ? String(it.groups[0]?.members.length ?? 0) : it.subject.groups.join(', ') || '—'}</div>
        </div>
        <div className="fact">
          <div className="label">
            <L l={l} k="status" />
          </div>
          <div className="value wrap">
            <IssueText l={l} issue={issue} />
          </div>
        </div>
      </div>
      <div className="box emergency">
        <h2>
          <L l={l} k="emergency" />
        </h2>
        <div className="contacts">
          {it.emergencyContacts.map((c, i) => (
            <div key={i} className="contact">
              <b>{c.phone}</b> {c.name}
              {c.role ? <span className="meta"> · {c.role}</span> : null}
            </div>
          ))}
        </div>
      </div>
      <h2 className="section-title">
        <L l={l} k="glance" />
      </h2>
      <p className="intro">
        <L l={l} k="timesNote" /> {zoneLegend(it.days)}.
        {defaults.map((d, i) => (
          <span key={i}>
            {' '}
            {d.en}
            <Other l={l} text={d.other} />.
          </span>
        ))}
      </p>
      {it.days.length === 0 ? (
        <p className="intro">
          <L l={l} k="noActivities" />
        </p>
      ) : (
        <div className="gdays">
          {it.days.map((d) => (
            <GlanceDay key={d.date} l={l} day={d} />
          ))}
        </div>
      )}
      <FlightsTable l={l} legs={legs} />
      <HotelsTable l={l} hotels={it.hotels} />
    </section>
  );
}

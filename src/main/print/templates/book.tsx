/**
 * The program book: cover, phases and cities, the daily schedule in sections (each phase; where the
 * groups split up, each group's days together in its own zone, then what no group attends), the
 * roster by group and the staff directory.
 */
import { issuedDateLabel } from '../../../shared/itinerary/format';
import type { ProgramBook } from '../../../shared/itinerary/types';
import type { IssueInfo } from './itinerary';
import { DayBlock, EmergencyBox, Fact, Name, Notes, PeopleTable, ZoneLegend } from './parts';

export function BookDocument({ book, issue }: { book: ProgramBook; issue: IssueInfo | null }) {
  return (
    <article className="doc">
      <div className="band">
        <div className="kicker">Program book</div>
        <h1>
          <Name>{book.program.title}</Name>
        </h1>
        <div className="sub">{book.program.dates}</div>
      </div>
      <div className="facts">
        <Fact label="Participants">
          {book.counts.participants} from {book.counts.countries} countries
        </Fact>
        <Fact label="Groups">{String(book.counts.groups)}</Fact>
        <Fact label="Staff">{String(book.counts.staff)}</Fact>
        <Fact label="Status">{issue ? `Issued ${issuedDateLabel(issue.issuedOn)}, version ${issue.version}` : 'DRAFT: not yet issued'}</Fact>
      </div>
      {book.description.trim() ? (
        <div className="box">
          <h2>About the program</h2>
          <Notes text={book.description} />
        </div>
      ) : null}
      <div className="box">
        <h2>Phases and cities</h2>
        <table>
          <thead>
            <tr>
              <th>Phase</th>
              <th>Dates</th>
              <th>Cities and time zones</th>
            </tr>
          </thead>
          <tbody>
            {book.phases.map((ph) => (
              <tr key={ph.name}>
                <td>
                  <b>{ph.name}</b>
                  {ph.groupCities.length > 1 ? (
                    <ul className="meta">
                      {ph.groupCities.map((g) => (
                        <li key={g.group}>
                          <Name>{g.group}</Name>: {g.cities.join(', then ')}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td className="nowrap">{ph.dates}</td>
                <td>{ph.cities.map((c) => `${c.name} (${c.abbreviation || c.zoneId})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="box">
        <h2>Times in this book</h2>
        <p className="intro">Every time is local at the place where it happens, followed by the zone.</p>
        <ZoneLegend days={book.days} />
      </div>
      <EmergencyBox contacts={book.emergencyContacts} />

      {book.sections.map((section, i) => (
        <section key={i} className="book-section new-page">
          <h2 className="section-title">
            {section.color ? <span className="group-swatch" style={{ background: section.color }} /> : null}
            <Name>{section.title}</Name>
          </h2>
          {section.days.map((d) => (
            <DayBlock key={d.date} day={d} />
          ))}
        </section>
      ))}

      <h2 className="section-title new-page">Roster by group</h2>
      {book.groups.map((g) => (
        <section key={g.id} className="box">
          <h2>
            <span className="group-swatch" style={{ background: g.color }} />
            <Name>{g.name}</Name>
          </h2>
          <PeopleTable people={g.members} detail="Country" extra="organization" />
          {g.staff.length ? <PeopleTable people={g.staff} detail="Role" extra="languages" /> : null}
        </section>
      ))}
      {book.programStaff.length ? (
        <section className="box">
          <h2>Program staff</h2>
          <PeopleTable people={book.programStaff} detail="Role" extra="organization" />
        </section>
      ) : null}
      <section className="box">
        <h2>Staff directory</h2>
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Travels with</th>
              <th>Languages</th>
              <th>Phone, e-mail</th>
            </tr>
          </thead>
          <tbody>
            {book.staffDirectory.map((s) => (
              <tr key={s.id}>
                <td>
                  <b>
                    <Name>{s.name}</Name>
                  </b>
                </td>
                <td>{s.detail}</td>
                <td>{s.groups.join(', ') || 'The whole program'}</td>
                <td>{s.languages.join(', ')}</td>
                <td className="wrap">{[s.phone, s.email].filter(Boolean).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}

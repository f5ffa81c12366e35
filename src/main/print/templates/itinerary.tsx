/**
 * One itinerary (a participant's, a group's or a staff member's) as a print section: the glance
 * pages (glance.tsx: who, when, contacts, every day in one block, flights and hotels), then the
 * details with each fact once (details.tsx). Labels are English or English beside the traveler's
 * language (i18n/). The cover's kicker links to the split marker (see ../markers.ts): the batch
 * finds each itinerary's first page by it.
 */
import type { Itinerary } from '../../../shared/itinerary/types';
import type { Labels } from '../i18n/labels';
import { splitMarker } from '../markers';
import { L } from './bilingual';
import { compactParts } from './compact';
import { Details } from './details';
import { Glance, type IssueInfo } from './glance';
import { Name } from './parts';

export type { IssueInfo } from './glance';

/** The "Changes since version N" page: what changed for this traveler, in plain words. */
export interface ChangesPage {
  since: number;
  /** One sentence per change (describeChange), in time order; empty when nothing changed. */
  lines: string[];
}

export const KIND_TITLE: Readonly<Record<Itinerary['kind'], string>> = {
  participant: 'Personal itinerary',
  group: 'Group itinerary',
  staff: 'Staff itinerary',
};

/** The label keys of the kinds (stamped headers say the same as the cover's kicker). */
export const KIND_KEY = { participant: 'kind.participant', group: 'kind.group', staff: 'kind.staff' } as const;

function ChangesSection({ itinerary, changes, l }: { itinerary: Itinerary; changes: ChangesPage; l: Labels }) {
  return (
    <section className="changes">
      <a className="kicker marker" href={splitMarker(itinerary.kind, itinerary.subject.id)}>
        {KIND_TITLE[itinerary.kind]}: update
      </a>
      <h2 className="section-title">
        <L l={l} k="changesSince" values={{ version: changes.since }} />
      </h2>
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

/** An itinerary; with `changes`, a "Changes since version N" page comes first (and carries the split marker). */
export function ItineraryDocument({ itinerary, issue, l, changes }: { itinerary: Itinerary; issue: IssueInfo | null; l: Labels; changes?: ChangesPage | undefined }) {
  const it = itinerary;
  const kicker = <L l={l} k={KIND_KEY[it.kind]} />;
  const marker = changes ? (
    <span className="kicker">{kicker}</span>
  ) : (
    <a className="kicker marker" href={splitMarker(it.kind, it.subject.id)}>
      {kicker}
    </a>
  );
  const compact = compactParts(it);
  return (
    <article className="doc" data-subject={it.subject.id}>
      {changes ? <ChangesSection itinerary={it} changes={changes} l={l} /> : null}
      <div className={changes ? 'new-page' : undefined}>
        <Glance it={it} l={l} issue={issue} compact={compact} marker={marker} />
      </div>
      <Details it={it} l={l} c={compact} />
    </article>
  );
}

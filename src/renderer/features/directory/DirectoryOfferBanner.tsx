/**
 * "The directory has newer details": when the organization directory holds changes for places or
 * hosts this program copied (a venue's new directions, a host's new phone), or knows copies not yet
 * linked to it, the window offers them as one edit, whenever the program or the directory changes
 * (any window's save of the directory reaches every window); nothing changes until the planner
 * accepts, and undo takes it back.
 */
import { useMemo, useState } from 'react';
import { directoryOffer, type OfferItem } from '../../../shared/directory/index';
import { useAppState, useAppStore } from '../../state/store-context';
import { useDirectory } from './use-directory';
import './directory.css';

const FIELD_WORDS: Readonly<Record<string, string>> = { directions: 'directions', security: 'security screening', accessibility: 'accessibility', address: 'address', phone: 'phone', name: 'name', code: 'code', coordinates: 'map position', contacts: 'contacts', languages: 'languages', notes: 'notes' };

/** "Meridian International Center (directions)". */
function itemText(item: OfferItem): string {
  return item.fields.length ? `${item.name} (${item.fields.map((f) => FIELD_WORDS[f] ?? f).join(', ')})` : item.name;
}

export function DirectoryOfferBanner() {
  const store = useAppStore();
  const readOnly = useAppState((s) => s.doc?.readOnlyReason ?? null);
  const directory = useDirectory()?.directory ?? null;
  // Worked out here, from the program as the planner sees it (edits main has not answered yet
  // included): it follows every edit and undo of a place or host, and every save of the directory.
  const venues = useAppState((s) => s.program?.venues);
  const hosts = useAppState((s) => s.program?.hosts);
  const cities = useAppState((s) => s.program?.cities);
  const offer = useMemo(() => (venues && hosts && cities && directory ? directoryOffer({ venues, hosts, cities }, directory) : null), [venues, hosts, cities, directory]);
  // "Not now" hides this offer; a different one (another change) shows again.
  const [hidden, setHidden] = useState<string | null>(null);
  const key = offer?.command ? JSON.stringify(offer.items) : null;
  if (!offer?.command || key === hidden || readOnly) return null;
  const updates = offer.items.filter((i) => i.kind === 'update');
  const links = offer.items.filter((i) => i.kind === 'link');
  const accept = () => {
    if (offer.command) store.edit(offer.command);
  };
  return (
    <div className="directory-offer" role="status" data-testid="directory-offer">
      <span>
        {updates.length ? (
          <>
            The organization directory has newer details for {updates.length === 1 ? 'a place or host' : `${updates.length} places and hosts`} of this program:{' '}
            <b>{updates.slice(0, 3).map(itemText).join('; ')}</b>
            {updates.length > 3 ? ` and ${updates.length - 3} more` : ''}.
          </>
        ) : null}
        {links.length ? ` ${links.length} ${links.length === 1 ? 'copy is' : 'copies are'} not linked to the directory yet.` : null}
      </span>
      <button type="button" onClick={accept}>
        {updates.length ? 'Update this program' : 'Link them'}
      </button>
      <button type="button" className="link-button" onClick={() => setHidden(key)}>
        Not now
      </button>
    </div>
  );
}

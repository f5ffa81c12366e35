/**
 * "The directory has newer details": when the organization directory holds changes for places or
 * hosts this program copied (a venue's new directions, a host's new phone), or knows copies not yet
 * linked to it, the window offers them as one edit. Asked when a program opens and whenever any
 * window saves the directory; nothing changes until the planner accepts, and undo takes it back.
 */
import { useEffect, useState } from 'react';
import type { DirectoryOfferResult } from '../../../shared/ipc/contract';
import { getApi } from '../../api';
import { useAppState, useAppStore } from '../../state/store-context';
import { useDirectoryVersion } from './use-directory';
import './directory.css';

const FIELD_WORDS: Readonly<Record<string, string>> = { directions: 'directions', security: 'security screening', accessibility: 'accessibility', address: 'address', phone: 'phone', name: 'name', code: 'code', coordinates: 'map position', contacts: 'contacts', languages: 'languages', notes: 'notes' };

/** "Meridian International Center (directions)". */
function itemText(item: DirectoryOfferResult['items'][number]): string {
  return item.fields.length ? `${item.name} (${item.fields.map((f) => FIELD_WORDS[f] ?? f).join(', ')})` : item.name;
}

export function DirectoryOfferBanner() {
  const store = useAppStore();
  const docId = useAppState((s) => s.doc?.docId ?? null);
  const readOnly = useAppState((s) => s.doc?.readOnlyReason ?? null);
  const version = useDirectoryVersion();
  // Answers are kept with the document and directory version they are for: a stale one is never shown.
  const key = `${docId}:${version}`;
  const [answer, setAnswer] = useState<{ key: string; offer: DirectoryOfferResult | null } | null>(null);
  const [hiddenKey, setHiddenKey] = useState<string | null>(null);

  useEffect(() => {
    if (!docId) return;
    let live = true;
    const asked = `${docId}:${version}`;
    void getApi()
      ?.getDirectoryOffer({ docId })
      .then((result) => live && setAnswer({ key: asked, offer: result.ok ? result.value : null }));
    return () => {
      live = false;
    };
  }, [docId, version]);

  const offer = answer?.key === key ? answer.offer : null;
  const hidden = hiddenKey === key;
  if (!offer?.command || hidden || readOnly) return null;
  const updates = offer.items.filter((i) => i.kind === 'update');
  const links = offer.items.filter((i) => i.kind === 'link');
  const accept = () => {
    if (offer.command && store.edit(offer.command)) setHiddenKey(key);
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
      <button type="button" className="link-button" onClick={() => setHiddenKey(key)}>
        Not now
      </button>
    </div>
  );
}

/**
 * Search the organization directory for a venue or a host while creating or editing an activity.
 * Choosing one adopts it into the program (shared/directory/adopt.ts: the program's own copy, and
 * its city when new) in the same command as what uses it, so one undo takes both back.
 */
import { useId, useMemo, useState } from 'react';
import { searchDirectory, type DirectoryHit } from '../../../shared/directory/index';
import { useDirectory } from './use-directory';
import './directory.css';

export function DirectorySearch({ kinds, city, onChoose, label = 'Search the directory' }: { kinds: readonly DirectoryHit['kind'][]; city: string | null; onChoose: (hit: DirectoryHit) => void; label?: string }) {
  const state = useDirectory();
  const [query, setQuery] = useState('');
  const id = useId();
  const directory = state?.directory ?? null;
  const hits = useMemo(() => (directory && query.trim().length >= 2 ? searchDirectory(directory, query, { kinds, city, limit: 8 }) : []), [directory, query, kinds, city]);
  if (!directory) return <p className="muted small">{state?.problem ?? 'No organization directory is chosen (Settings).'}</p>;
  return (
    <div className="directory-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={query} placeholder="Name, city or address" autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
      {hits.length ? (
        <ul className="directory-hits" role="listbox" aria-label="Directory entries">
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.entry.id}`}>
              <button
                type="button"
                role="option"
                aria-selected={false}
                data-directory-id={hit.entry.id}
                onClick={() => {
                  onChoose(hit);
                  setQuery('');
                }}
              >
                <span className="hit-name">{hit.entry.name}</span>
                <span className="muted small">
                  {hit.kind === 'venue' ? hit.entry.kind : hit.entry.kind === 'family' ? 'host family' : 'host'}
                  {hit.entry.place ? ` · ${hit.entry.place.city}` : ''}
                  {hit.entry.address ? ` · ${hit.entry.address}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : query.trim().length >= 2 ? (
        <p className="muted small">Nothing in the directory matches.</p>
      ) : null}
    </div>
  );
}

/**
 * What travelers read about the activity's venue: its directions, security screening and
 * accessibility. A change edits this program's copy (one undoable command) and, for a venue copied
 * from the organization directory, the directory's entry as well unless the planner unticks it:
 * every other program that uses the place is then offered the change (DirectoryOfferBanner), open
 * ones at once and the others when they are opened. Undo takes back this program's copy only: the
 * directory is shared, and other programs may already have taken the change.
 */
import { useState } from 'react';
import type { Venue } from '../../../shared/program/schema';
import { getApi } from '../../api';
import { VENUE_DETAIL_FIELDS, VENUE_DETAIL_LABELS, venueDetailEdit, type VenueDetailField } from '../../model/venue-edit';
import { useAppStore } from '../../state/store-context';
import { setDirectoryState, useDirectory } from '../directory/use-directory';
import { Field } from './fields';

export function VenueDetails({ venue }: { venue: Venue }) {
  const store = useAppStore();
  const directory = useDirectory();
  const entry = venue.directoryId ? (directory?.directory?.venues.find((v) => v.id === venue.directoryId) ?? null) : null;
  const [alsoDirectory, setAlsoDirectory] = useState(true);
  const [note, setNote] = useState<string | null>(null);

  const commit = (field: VenueDetailField, raw: string): string | null => {
    const edit = venueDetailEdit(venue, field, raw, entry && alsoDirectory ? entry : null);
    if (!edit.ok) return edit.error;
    if (edit.command && !store.edit(edit.command)) return null;
    if (edit.entry) {
      setNote(null);
      void getApi()
        ?.saveDirectoryEntry({ entry: { kind: 'venue', venue: edit.entry } })
        .then((result) => {
          if (result.ok) {
            setDirectoryState(result.value);
            setNote(`Saved in the directory too: other programs that use ${venue.name} are offered the change.`);
          } else setNote(`Saved in this program only; the directory could not be saved: ${result.error.message}`);
        });
    }
    return null;
  };

  return (
    <fieldset className="venue-details" data-testid="venue-details">
      <legend>{venue.name}</legend>
      <p className="field-hint">What travelers read about the place, in every activity there.</p>
      {VENUE_DETAIL_FIELDS.map((field) => (
        <Field key={`${venue.id}:${field}:${venue[field]}`} field={`venue-${field}`} label={VENUE_DETAIL_LABELS[field]} multiline value={venue[field]} commit={(_, raw) => commit(field, raw)} />
      ))}
      {entry ? (
        <label className="check-row venue-details-directory">
          <input type="checkbox" checked={alsoDirectory} onChange={(e) => setAlsoDirectory(e.target.checked)} data-testid="venue-also-directory" />
          Also save in the organization directory ({directory?.info?.name || 'the directory'})
        </label>
      ) : null}
      {note ? (
        <p className="muted small" role="status" data-testid="venue-details-note">
          {note}
        </p>
      ) : null}
    </fieldset>
  );
}

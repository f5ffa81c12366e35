import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import type { DirectoryVenue } from '../../../../src/shared/directory/index';
import { venueDetailEdit } from '../../../../src/renderer/model/venue-edit';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';

const sample = buildTmssw2024Sample();
const meridian = sample.venues.find((v) => v.id === 'v-meridian')!;
const entry: DirectoryVenue = {
  id: meridian.directoryId!,
  kind: 'venue',
  name: meridian.name,
  code: '',
  place: { city: 'Washington', region: 'DC', country: 'United States', timeZone: 'America/New_York' },
  address: meridian.address,
  directions: meridian.directions,
  security: meridian.security,
  accessibility: meridian.accessibility,
  phone: meridian.phone,
  coordinates: meridian.coordinates,
};

describe('editing what travelers read about a venue', () => {
  test('one command for the program’s copy, whose inverse restores it; the directory entry changed alike', () => {
    const edit = venueDetailEdit(meridian, 'directions', 'Side gate on 16th Street.\r\nRing twice.', entry);
    if (!edit.ok || !edit.command) throw new Error('refused');
    const { program, inverse } = applyCommand(sample, edit.command);
    expect(program.venues.find((v) => v.id === meridian.id)?.directions).toBe('Side gate on 16th Street.\nRing twice.');
    expect(applyCommand(program, inverse).program).toEqual(sample);
    expect(edit.entry).toEqual({ ...entry, directions: 'Side gate on 16th Street.\nRing twice.' });
  });

  test('no entry when the directory is not to be saved or already says it; nothing at all when nothing changed', () => {
    expect(venueDetailEdit(meridian, 'security', 'Photo ID at the gate.', null)).toMatchObject({ ok: true, entry: null });
    expect(venueDetailEdit(meridian, 'security', 'Photo ID at the gate.', { ...entry, security: 'Photo ID at the gate.' })).toMatchObject({ ok: true, entry: null });
    expect(venueDetailEdit(meridian, 'security', meridian.security, entry)).toEqual({ ok: true, command: null, entry: null });
  });

  test('a value too long for the file is refused, naming the field, and nothing is sent', () => {
    expect(venueDetailEdit(meridian, 'accessibility', 'x'.repeat(2001), entry)).toEqual({ ok: false, error: expect.stringMatching(/^Accessibility: /) });
  });
});

/**
 * One organization directory shared by two programs open side by side, through the real handler
 * table on real files: created in the settings, filled from one program, linked in both, and a
 * venue's new directions offered to both programs and applied to each as an undoable edit.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { directoryOffer, directorySchema, serializeDirectory, type Directory, type DirectoryOffer } from '../../../../src/shared/directory/index';
import { loadProgramText, serializeProgram } from '../../../../src/shared/program/load';
import type { Program } from '../../../../src/shared/program/schema';
import { createCoreFixture, OTHER_WINDOW, smallProgram, WINDOW, type CoreFixture } from '../app-fixture';

/** The small program with a venue of its own: the State Department in Washington. */
function programWithVenue(id: string): Program {
  const base = smallProgram();
  const venue = { id: 'v-state', directoryId: null, cityId: 'dc', kind: 'venue' as const, name: 'Department of State', code: '', address: '2201 C St NW', directions: 'Use the 21st Street entrance.', security: '', accessibility: '', phone: '', coordinates: null };
  const withVenue = applyCommand({ ...base, id }, { type: 'entity/create', collection: 'venues', entity: venue }).program;
  const orientation = withVenue.activities.find((a) => a.id === 'a-orientation');
  if (!orientation || orientation.type === 'travel' || orientation.type === 'hotel-stay') throw new Error('fixture');
  return applyCommand(withVenue, { type: 'activity/update', activity: { ...orientation, venueId: 'v-state' } }).program;
}

async function programOnDisk(path: string): Promise<Program> {
  const loaded = loadProgramText(await readFile(path, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.program;
}

let f: CoreFixture;
let second: string;
let directoryPath: string;
beforeEach(async () => {
  f = await createCoreFixture(programWithVenue('p-first'));
  second = join(f.dir, 'second.ivlp.json');
  await writeFile(second, serializeProgram(programWithVenue('p-second')));
  directoryPath = join(f.dir, 'Meridian.ivlp-directory.json');
});
afterEach(async () => f.cleanup());

/**
 * What the directory offers a window's program, as the window works it out: the directory read
 * through getDirectory (what each window does when told it changed), its program as main holds it.
 */
async function offerIn(windowId: number, docId: string): Promise<DirectoryOffer> {
  const { directory } = await f.callIn(windowId, 'getDirectory');
  if (!directory) throw new Error('no directory');
  return directoryOffer(f.core.documents.docFor(windowId, docId).program, directory);
}

/** Applies the directory's offer to a window's program, as the window does when the planner accepts it. */
async function accept(windowId: number, docId: string, revision: number) {
  const offer = await offerIn(windowId, docId);
  if (!offer.command) throw new Error('nothing offered');
  return { offer, applied: await f.callIn(windowId, 'applyCommand', { docId, baseRevision: revision, command: offer.command }) };
}

describe('one directory, two programs', () => {
  test('created in the settings, filled from one program, linked in both; a venue edit is offered to both and saved durably', async () => {
    const first = await f.callIn(WINDOW, 'openRecentProgram', { id: 'none' }).catch(() => null);
    expect(first).toBeNull(); // nothing recent yet: open both by path as the OS would
    await f.core.commands.openPath(WINDOW, f.programPath);
    await f.core.commands.openPath(OTHER_WINDOW, second);
    const docA = f.core.documents.currentDocId(WINDOW);
    const docB = f.core.documents.currentDocId(OTHER_WINDOW);

    // No directory yet; create one where the planner says.
    expect(await f.call('getDirectory')).toEqual({ info: null, directory: null, problem: null });
    f.dialogs.save.push(directoryPath);
    const created = await f.call('createDirectory');
    expect(created?.info).toMatchObject({ name: 'Meridian', fileName: 'Meridian.ivlp-directory.json' });
    expect(JSON.parse(await readFile(join(f.dir, 'user-data', 'settings.json'), 'utf8'))).toMatchObject({ directoryPath });

    // Import the first program: its cities' venue and nothing twice.
    const imported = await f.callIn(WINDOW, 'importToDirectory', { docId: docA, alsoFiles: false });
    expect(imported).toEqual({ added: { venues: 1, hosts: 0 }, known: { venues: 0, hosts: 0 }, programs: 1 });
    const onDisk = directorySchema.parse(JSON.parse(await readFile(directoryPath, 'utf8')));
    expect(onDisk.venues.map((v) => [v.name, v.place.city])).toEqual([['Department of State', 'Washington']]);

    // Both programs link their copy (an offer of kind "link"), each as an edit of its own.
    const linkA = await accept(WINDOW, docA, 0);
    const linkB = await accept(OTHER_WINDOW, docB, 0);
    expect(linkA.offer.items).toEqual([{ collection: 'venues', id: 'v-state', name: 'Department of State', directoryId: onDisk.venues[0]?.id, kind: 'link', fields: [] }]);
    expect(linkB.offer.items.map((i) => i.kind)).toEqual(['link']);

    // The planner edits the venue's directions in the directory (from the first window).
    f.events.length = 0;
    const entry = onDisk.venues[0] as Directory['venues'][number];
    const saved = await f.callIn(WINDOW, 'saveDirectoryEntry', { entry: { kind: 'venue', venue: { ...entry, directions: 'This year: the 23rd Street visitor entrance.' } } });
    expect(saved.directory?.venues[0]?.directions).toBe('This year: the 23rd Street visitor entrance.');
    // Durable: the bytes on disk are the directory, and the version before is kept as .bak.
    expect(await readFile(directoryPath, 'utf8')).toBe(serializeDirectory(saved.directory as Directory));
    expect(existsSync(`${directoryPath}.bak`)).toBe(true);
    // Both windows are told.
    expect(f.events.filter((e) => e.event === 'onDirectoryChanged').map((e) => e.windowId).sort()).toEqual([WINDOW, OTHER_WINDOW]);

    // Both are offered the new directions; each takes them as an edit it can undo.
    const updateA = await accept(WINDOW, docA, linkA.applied.revision);
    const updateB = await accept(OTHER_WINDOW, docB, linkB.applied.revision);
    for (const update of [updateA, updateB]) expect(update.offer.items).toEqual([expect.objectContaining({ id: 'v-state', kind: 'update', fields: ['directions'] })]);
    await f.callIn(WINDOW, 'saveNow', { docId: docA });
    await f.callIn(OTHER_WINDOW, 'saveNow', { docId: docB });
    for (const path of [f.programPath, second]) {
      expect((await programOnDisk(path)).venues.find((v) => v.id === 'v-state')).toMatchObject({ directoryId: entry.id, directions: 'This year: the 23rd Street visitor entrance.' });
    }
    expect((await offerIn(WINDOW, docA)).items).toEqual([]);

    // Undo in the second window puts its old directions back; the directory offers them again.
    const undone = await f.callIn(OTHER_WINDOW, 'undo', { docId: docB });
    expect(undone?.command.type).toBe('entity/update');
    await f.callIn(OTHER_WINDOW, 'saveNow', { docId: docB });
    expect((await programOnDisk(second)).venues.find((v) => v.id === 'v-state')?.directions).toBe('Use the 21st Street entrance.');
    expect((await offerIn(OTHER_WINDOW, docB)).items.map((i) => i.kind)).toEqual(['update']);
  });

  test('a directory saved by someone else meanwhile keeps both edits; a damaged one is never written over', async () => {
    await f.core.commands.openPath(WINDOW, f.programPath);
    const docA = f.core.documents.currentDocId(WINDOW);
    f.dialogs.save.push(directoryPath);
    await f.call('createDirectory');
    await f.call('importToDirectory', { docId: docA, alsoFiles: false });
    const state = await f.call('getDirectory');
    const venue = state.directory?.venues[0] as Directory['venues'][number];

    // Another planner adds a host family to the shared file.
    const theirs = { ...(state.directory as Directory), hosts: [{ id: 'dh-their-family', kind: 'family' as const, name: 'The Brooks family', place: null, address: '', contacts: [], languages: ['English'], notes: '' }] };
    await writeFile(directoryPath, serializeDirectory(theirs));
    const mine = await f.call('saveDirectoryEntry', { entry: { kind: 'venue', venue: { ...venue, phone: '+1 202-555-0150' } } });
    expect(mine.directory?.hosts.map((h) => h.name)).toEqual(['The Brooks family']);
    expect(mine.directory?.venues[0]?.phone).toBe('+1 202-555-0150');
    expect(directorySchema.parse(JSON.parse(await readFile(directoryPath, 'utf8')))).toEqual(mine.directory);

    // Someone damages the shared file: a save does not write over it, and choosing it again says why.
    const damaged = '{"directoryVersion": 1, "name": "x", "venues": [], "hosts": [], "extra": true}';
    await writeFile(directoryPath, damaged);
    const refused = await f.attempt('saveDirectoryEntry', { entry: { kind: 'venue', venue } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/not a valid directory file/);
    f.dialogs.open.push(directoryPath);
    const reopened = await f.attempt('openDirectory');
    expect(reopened.ok).toBe(false);
    if (!reopened.ok) expect(reopened.error.code).toBe('LOAD_FAILED');
    expect(await readFile(directoryPath, 'utf8')).toBe(damaged);
  });

  test('importing program files from disk too', async () => {
    await f.core.commands.openPath(WINDOW, f.programPath);
    const docA = f.core.documents.currentDocId(WINDOW);
    f.dialogs.save.push(directoryPath);
    await f.call('createDirectory');
    const other = join(f.dir, 'other.ivlp.json');
    const program = programWithVenue('p-other');
    await writeFile(other, serializeProgram({ ...program, venues: program.venues.map((v) => ({ ...v, name: 'Meridian International Center', id: 'v-state' })) }));
    f.dialogs.open.push(other);
    expect(await f.call('importToDirectory', { docId: docA, alsoFiles: true })).toEqual({ added: { venues: 2, hosts: 0 }, known: { venues: 0, hosts: 0 }, programs: 2 });
    // A cancelled file dialog imports nothing.
    expect(await f.call('importToDirectory', { docId: docA, alsoFiles: true })).toBeNull();
  });
});

test('the first run copies the sample’s directory beside the sample program and uses it', async () => {
  const sampleDirectory = new URL('../../../../resources/samples/meridian-directory.ivlp-directory.json', import.meta.url).pathname;
  const first = await createCoreFixture(undefined, { sampleDirectory });
  try {
    await first.core.openInitial(WINDOW, null);
    const state = await first.call('getDirectory');
    expect(state.info).toMatchObject({ name: 'Meridian International Center', fileName: 'Meridian directory (sample).ivlp-directory.json', folder: join(first.dir, 'documents', 'IVLP Planner') });
    expect(state.directory?.venues.length).toBeGreaterThan(100);
  } finally {
    await first.cleanup();
  }
});

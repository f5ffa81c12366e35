/**
 * Saving validates incrementally: entities loaded from the file (and left untouched by edits) skip
 * their schema check. These tests prove the shortcut loses no guarantee: whatever an edit changed is
 * checked, an invalid program is refused with the file untouched, and a loaded entity cannot be
 * changed in place behind the check's back. Also: the single-read helper and the ASCII decode.
 */
import * as fc from 'fast-check';
import { appendFile, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { serializeProgram, validateProgram } from '../../../../src/shared/program/load';
import type { Activity, Program } from '../../../../src/shared/program/schema';
import { decodeProgramBytes } from '../../../../src/main/storage/decode';
import { readWhole } from '../../../../src/main/storage/durable';
import { hashBytes } from '../../../../src/main/storage/program-file';
import { ProgramFileStore } from '../../../../src/main/storage/program-file-store';
import { sampleProgram } from './fixture-program';
import { expectBytes, expectStorageError, tempFolder, writeProgramFixture } from './helpers';

async function openedStore() {
  const folder = await tempFolder();
  const { path, bytes } = await writeProgramFixture(folder, sampleProgram());
  const store = await ProgramFileStore.open(path);
  return { folder, path, bytes, store, loaded: store.program };
}

/** The loaded program with activity `index` replaced by `change(activity)` (a spread copy, as edits make). */
function editActivity(program: Program, index: number, change: (activity: Activity) => unknown): Program {
  return { ...program, activities: program.activities.map((a, i) => (i === index ? (change(a) as Activity) : a)) };
}

describe('saving an edited program', () => {
  it('refuses an entity an edit made schema-invalid; the file is untouched', async () => {
    const { path, bytes, store, loaded } = await openedStore();
    const error = await expectStorageError(store.save(editActivity(loaded, 0, (a) => ({ ...a, title: '' }))), 'WRITE_FAILED');
    expect(error.message).toMatch(/activities\[0\]\.title/);
    expect(error.message).toMatch(/file on disk is unchanged/);
    await expectBytes(path, bytes);
    expect(store.program).toBe(loaded);
  });

  it('refuses an unknown key, a wrong type or a bad time on an edited entity', async () => {
    const { path, bytes, store, loaded } = await openedStore();
    const broken = [
      editActivity(loaded, 1, (a) => ({ ...a, budget: 100 })),
      editActivity(loaded, 1, (a) => ({ ...a, status: 'maybe' })),
      editActivity(loaded, 0, (a) => ({ ...a, timing: { kind: 'scheduled', start: '2024-04-29T09:00:00-07:00[America/New_York]', end: a.timing.kind === 'scheduled' ? a.timing.end : '' } })),
      { ...loaded, venues: loaded.venues.map((v, i) => (i === 0 ? { ...v, coordinates: { lat: 91, lon: 0 } } : v)) },
      { ...loaded, participants: [...loaded.participants, { ...loaded.participants[0]!, id: 'bad id!' }] },
    ];
    for (const program of broken) await expectStorageError(store.save(program), 'WRITE_FAILED');
    await expectBytes(path, bytes);
  });

  it('refuses a program whose untouched entities now point at something removed', async () => {
    const { path, bytes, store, loaded } = await openedStore();
    // Every entity is a remembered one; only the references are wrong.
    const error = await expectStorageError(store.save({ ...loaded, venues: loaded.venues.filter((v) => v.id !== 'dca') }), 'WRITE_FAILED');
    expect(error.message).toMatch(/activities\[1\]\.originVenueId: no venue with id "dca"/);
    await expectBytes(path, bytes);
  });

  it('loaded entities cannot be changed in place, so skipping their check is sound', async () => {
    const { loaded } = await openedStore();
    const activity = loaded.activities[0] as Activity;
    expect(() => {
      (activity as { title: string }).title = '';
    }).toThrow(TypeError);
    expect(() => {
      activity.attendees.groupIds.push('g1');
    }).toThrow(TypeError);
    expect(() => {
      (loaded.venues[0] as { coordinates: unknown }).coordinates = null;
    }).toThrow(TypeError);
  });

  it('saves a command edit as canonical text and records where the time went', async () => {
    const { path, store, loaded } = await openedStore();
    const activity = loaded.activities[0] as Activity;
    if (activity.timing.kind !== 'scheduled') throw new Error('fixture changed');
    const next = applyCommand(loaded, { type: 'activity/set-times', id: activity.id, start: activity.timing.start, end: activity.timing.end.replace('10:30', '11:00') }).program;
    await store.save(next);
    const canonical = validateProgram(JSON.parse(serializeProgram(next)));
    if (!canonical.ok) throw new Error('edit is invalid');
    expect(await readFile(path, 'utf8')).toBe(serializeProgram(canonical.program));
    expect(store.hash).toBe(hashBytes(await readFile(path)));
    const steps = Object.keys(store.lastSaveTimings ?? {});
    expect(steps.slice(0, 2)).toEqual(['validate', 'serialize + encode']);
    expect(steps).toEqual(expect.arrayContaining(['write temp + fsync', 'read back + compare', 'commit: lock, recheck, backup, rename', 'folder fsync']));
    for (const ms of Object.values(store.lastSaveTimings ?? {})) expect(ms).toBeGreaterThanOrEqual(0);
  });
});

async function readAt(path: string, sizeHint: number, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    return await readWhole(handle, sizeHint, limit);
  } finally {
    await handle.close();
  }
}

describe('readWhole', () => {
  it('reads the whole file whatever the size hint, and stops one byte past the limit', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'data');
    const content = Buffer.from('0123456789'.repeat(1000));
    await writeFile(path, content);
    expect((await readAt(path, content.length, 1e6)).equals(content)).toBe(true);
    expect((await readAt(path, 3, 1e6)).equals(content)).toBe(true); // the file grew after its stat
    expect((await readAt(path, content.length + 500, 1e6)).equals(content)).toBe(true);
    expect((await readAt(path, content.length, 100)).length).toBe(101);
    await writeFile(path, '');
    expect((await readAt(path, 0, 100)).length).toBe(0);
    await appendFile(path, 'x');
    expect((await readAt(path, 0, 100)).toString()).toBe('x');
  });
});

describe('decodeProgramBytes', () => {
  it('decodes ASCII (the Latin-1 shortcut) and any other text exactly as strict UTF-8 does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        const bytes = Buffer.from(text, 'utf8');
        const expected = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
        expect(decodeProgramBytes(bytes, 'x.ivlp.json')).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });
});

/**
 * Two writers on one file. In one process: the second store's save is a CONFLICT. In two processes
 * saving as fast as they can while this process reads: no reader ever sees an invalid file, and
 * writers get CONFLICTs instead of silently replacing each other's versions.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProgramText } from '../../../../src/shared/program/load';
import { decodeProgramBytes } from '../../../../src/main/storage/decode';
import { hashBytes } from '../../../../src/main/storage/program-file';
import { ProgramFileStore } from '../../../../src/main/storage/program-file-store';
import { buildStorageChild } from './child/build-child';
import { startChild } from './child/run-child';
import { programVersion, versionOf } from './fixture-program';
import { expectStorageError, tempFolder } from './helpers';

describe('two stores on one file (one process)', () => {
  it('the second save is a CONFLICT and the first save stays on disk', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'shared.ivlp.json');
    await ProgramFileStore.create(path, programVersion(0));
    const a = await ProgramFileStore.open(path);
    const b = await ProgramFileStore.open(path);
    await a.save(programVersion(1));
    await expectStorageError(b.save(programVersion(2)), 'CONFLICT');
    expect(b.program).toEqual(programVersion(0));
    const onDisk = await readFile(path);
    expect(versionOf((await ProgramFileStore.open(path)).program)).toBe(1);

    // The planner chose "overwrite": now b wins, and a in turn gets the CONFLICT.
    await b.forceOverwrite(programVersion(2));
    expect(hashBytes(await readFile(path))).toBe(b.hash);
    expect(hashBytes(onDisk)).not.toBe(b.hash);
    await expectStorageError(a.save(programVersion(3)), 'CONFLICT');
  });
});

let childScript = '';
let buildDir = '';
beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'ivlp-child-'));
  childScript = await buildStorageChild(buildDir);
});
afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true });
});

interface Summary {
  saves: { base: string; hash: string; version: number }[];
  conflicts: number;
}

describe('two processes saving one file while a third reads it', () => {
  it('never shows a reader an invalid file; writers get CONFLICT, not silent overwrites', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'shared.ivlp.json');
    await ProgramFileStore.create(path, programVersion(0));
    const writers = [1, 2].map((id) => startChild(childScript, ['concurrent', path, String(id), '3000']));

    let reads = 0;
    let invalid = 0;
    const state = { running: true };
    const done = Promise.all(writers.map((w) => w.exited)).then((results) => {
      state.running = false;
      return results;
    });
    while (state.running) {
      const bytes = await readFile(path);
      reads++;
      try {
        if (!loadProgramText(decodeProgramBytes(bytes, 'shared.ivlp.json')).ok) invalid++;
      } catch {
        invalid++;
      }
    }
    const results = await done;
    for (const [i, result] of results.entries()) expect(result.code, writers[i]?.stderr()).toBe(0);
    const summaries = writers.map((w) => JSON.parse(w.lines.find((l) => l.startsWith('{')) ?? '{}') as Summary);
    const saves = summaries.flatMap((s) => s.saves);
    const conflicts = summaries.reduce((sum, s) => sum + s.conflicts, 0);

    // Every successful save must have replaced a distinct version: two saves from the same base
    // would mean one of them silently replaced the other (a lost update).
    const bases = new Set(saves.map((s) => s.base));
    const lostUpdates = saves.length - bases.size;
    const finalHash = hashBytes(await readFile(path));
    console.log(`two writers: ${JSON.stringify({ reads, invalid, saves: saves.length, conflicts, lostUpdates })}`);

    expect(invalid).toBe(0);
    expect(reads).toBeGreaterThan(50);
    expect(saves.length).toBeGreaterThan(10);
    expect(conflicts).toBeGreaterThan(0);
    expect(lostUpdates).toBe(0);
    // The file is the last successful save of one of them.
    expect(saves.map((s) => s.hash)).toContain(finalHash);
  });
});

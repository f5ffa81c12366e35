/**
 * kill -9 durability: a child process saves versions in a loop and is killed with SIGKILL at random
 * moments. After every kill the file must load and be exactly one of the versions written, the
 * backup must load, and our leftover temp files must be recognised and removed.
 *
 * What kill -9 can and cannot show: the page cache survives the process, so only states that were
 * visible on disk at the moment of the kill matter (a torn in-place write, a half-made backup, a
 * leftover temp or commit lock), not missing fsyncs (that takes a power cut). A control run of the
 * same harness against a naive in-place writeFile shows the harness does catch torn files.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeProgram, validateProgram } from '../../../../src/shared/program/load';
import { backupPathOf, hashBytes, readProgramFile, removeStaleTemps } from '../../../../src/main/storage/program-file';
import { ProgramFileStore } from '../../../../src/main/storage/program-file-store';
import { buildStorageChild } from './child/build-child';
import { startChild } from './child/run-child';
import { programVersion, versionOf } from './fixture-program';
import { listFolder, tempFolder } from './helpers';

// Each round starts a Node process (~0.1 s) and lets it save for 0-100 ms. Small files give many
// saves; ~1.3 MB files (three of Node's 512 KiB write chunks) are what the control below tears.
// The time budgets keep the file under ~15 s; on a loaded machine fewer rounds fit, hence the low
// minimums (the rounds actually run are printed), and rounds go on past the budget until that many
// kills have landed during a save.
const PHASES = [
  { name: '~80 KB files', extra: 100, rounds: 60, budgetMs: 9_000, minRounds: 8 },
  { name: '~1.3 MB files', extra: 2_000, rounds: 15, budgetMs: 4_000, minRounds: 2 },
];
const LARGE = PHASES[1]?.extra ?? 0;

/** Hash of the canonical file of version n as the child saves it with `extra` extra meetings. */
function expectedHash(n: number, extra: number): string {
  const checked = validateProgram(programVersion(n, extra + (n % 50)));
  if (!checked.ok) throw new Error('fixture is invalid');
  return hashBytes(serializeProgram(checked.program));
}

let childScript = '';
let buildDir = '';

beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'ivlp-child-'));
  childScript = await buildStorageChild(buildDir);
});

afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true });
});

describe('kill -9 during saves', () => {
  for (const phase of PHASES) {
    it(`${phase.name}: a complete version after every one of up to ${phase.rounds} random kills`, async () => {
      const folder = await tempFolder();
      const path = join(folder, 'crash.ivlp.json');
      await ProgramFileStore.create(path, programVersion(0, phase.extra));
      const started = Date.now();
      const stats = { rounds: 0, savesCompleted: 0, killedMidSave: 0, landedOnNew: 0, landedOnOld: 0, corrupt: 0, tempsRemoved: 0 };

      // Past the time budget only while too few kills have landed during a save (a busy machine).
      const more = () => Date.now() - started < phase.budgetMs || stats.killedMidSave < phase.minRounds;
      for (let round = 1; round <= phase.rounds && more(); round++) {
        const first = round * 1000;
        const run = startChild(childScript, ['save-loop', path, String(first), String(phase.extra)]);
        await run.waitForLine((line) => line === `saved ${first}`, 30_000);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 100));
        run.child.kill('SIGKILL');
        const { signal } = await run.exited;
        expect(signal).toBe('SIGKILL');

        const saved = run.lines.filter((l) => l.startsWith('saved ')).map((l) => Number(l.slice(6)));
        const begun = run.lines.filter((l) => l.startsWith('start ')).map((l) => Number(l.slice(6)));
        const lastSaved = Math.max(...saved);
        const inFlight = begun.at(-1) !== lastSaved ? begun.at(-1) : undefined;
        stats.rounds++;
        stats.savesCompleted += saved.length;
        if (inFlight !== undefined) stats.killedMidSave++;

        let onDisk: number | null = null;
        try {
          const opened = await readProgramFile(path);
          onDisk = versionOf(opened.program);
          // Exactly the bytes of the version written, not merely something that parses.
          expect(opened.hash).toBe(expectedHash(onDisk ?? -1, phase.extra));
          await readProgramFile(backupPathOf(path));
        } catch (error) {
          stats.corrupt++;
          throw error;
        }
        // The file holds the last completed save, or the one in flight if its rename had happened.
        expect([lastSaved, inFlight]).toContain(onDisk);
        if (onDisk === lastSaved) stats.landedOnOld++;
        else stats.landedOnNew++;

        const removed = await removeStaleTemps(folder, { minAgeMs: 0 });
        stats.tempsRemoved += removed.length;
        expect(await listFolder(folder)).toEqual(['crash.ivlp.json', 'crash.ivlp.json.bak']);
      }
      console.log(`kill -9 (${phase.name}): ${JSON.stringify({ ...stats, seconds: (Date.now() - started) / 1000 })}`);
      expect(stats.corrupt).toBe(0);
      expect(stats.rounds).toBeGreaterThanOrEqual(phase.minRounds);
      // The kills must actually land during saves, or this test would prove nothing.
      expect(stats.killedMidSave).toBeGreaterThanOrEqual(phase.minRounds);
    });
  }

  it('control: the same harness catches a naive in-place writeFile tearing a file of the same ~1.3 MB', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'naive.json');
    const size = Buffer.byteLength(serializeProgram(programVersion(0, LARGE)));
    expect(size).toBeGreaterThan(2 * 512 * 1024);
    let torn = 0;
    let rounds = 0;
    for (; rounds < 30 && torn < 3; rounds++) {
      const run = startChild(childScript, ['naive-loop', path, String(size)]);
      await run.waitForLine((line) => line === 'saved 0');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50));
      run.child.kill('SIGKILL');
      await run.exited;
      try {
        const doc = JSON.parse(await readFile(path, 'utf8')) as { fill: string };
        if (doc.fill.length !== size) torn++;
      } catch {
        torn++;
      }
    }
    console.log(`kill -9 control (in-place writeFile): ${torn} torn files in ${rounds} kills`);
    expect(torn).toBeGreaterThan(0);
  });
});

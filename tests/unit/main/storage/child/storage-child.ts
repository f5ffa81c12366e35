/**
 * A separate Node process for the tests that need one (kill -9, two writers, a non-root user). It is
 * bundled with Vite at test time (build-child.ts) so it runs the real storage code under plain Node 20,
 * which has no TypeScript loader. Commands (argv): save-loop, naive-loop, concurrent, probe.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isStorageError } from '../../../../../src/main/storage/errors';
import { acquireLock } from '../../../../../src/main/storage/lock';
import { readProgramFile, writeProgramFile } from '../../../../../src/main/storage/program-file';
import { ProgramFileStore } from '../../../../../src/main/storage/program-file-store';
import { serializeProgram } from '../../../../../src/shared/program/load';
import { programVersion } from '../fixture-program';

const [command = '', ...args] = process.argv.slice(2);

/**
 * Saves versions first, first+1, ... forever, announcing each start and each completed save. Each
 * version has `extra + n % 50` extra activities.
 */
async function saveLoop(path: string, first: number, extra: number): Promise<void> {
  const store = await ProgramFileStore.open(path);
  process.stdout.write('ready\n');
  for (let n = first; ; n++) {
    const program = programVersion(n, extra + (n % 50));
    process.stdout.write(`start ${n}\n`);
    await store.save(program);
    process.stdout.write(`saved ${n}\n`);
  }
}

/**
 * The control for the kill -9 test: the unsafe way, writeFile in place, alternating two texts of
 * `size` bytes. The test must catch this one producing torn files, or it could not catch anything.
 */
async function naiveLoop(path: string, size: number): Promise<void> {
  const texts = ['a', 'b'].map((fill) => `{"fill": "${fill.repeat(size)}"}\n`);
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    await writeFile(path, texts[n % 2] ?? '');
    if (n === 0) process.stdout.write('saved 0\n');
  }
}

/** Saves its own versions for `ms`; on CONFLICT reloads and goes on. Prints a JSON summary. */
async function concurrent(path: string, writer: number, ms: number): Promise<void> {
  const store = await ProgramFileStore.open(path);
  const deadline = Date.now() + ms;
  const saves: { base: string; hash: string; version: number }[] = [];
  let conflicts = 0;
  for (let i = 1; Date.now() < deadline; i++) {
    const version = writer * 1_000_000 + i;
    const base = store.hash;
    try {
      await store.save(programVersion(version));
      saves.push({ base, hash: store.hash, version });
    } catch (error) {
      if (!isStorageError(error, 'CONFLICT')) throw error;
      conflicts++;
      await store.reload();
    }
  }
  process.stdout.write(`${JSON.stringify({ saves, conflicts })}\n`);
}

/** What a non-root user gets from the storage layer in `folder` (set up by the parent). */
async function probe(folder: string): Promise<void> {
  const result: Record<string, string | null> = {};
  const attempt = async (name: string, action: () => Promise<unknown>) => {
    try {
      const value = await action();
      result[name] = typeof value === 'string' || value === null ? value : 'ok';
    } catch (error) {
      result[name] = isStorageError(error) ? error.code : `unexpected: ${String(error)}`;
    }
  };
  const text = serializeProgram(programVersion(5));
  const lockedFile = join(folder, 'open', 'theirs.ivlp.json');
  await attempt('readOnlyReason:file', async () => (await readProgramFile(lockedFile)).readOnlyReason);
  await attempt('write:file', async () => writeProgramFile(lockedFile, text, { expectedHash: (await readProgramFile(lockedFile)).hash }));
  const inLockedFolder = join(folder, 'closed', 'mine.ivlp.json');
  await attempt('readOnlyReason:folder', async () => (await readProgramFile(inLockedFolder)).readOnlyReason);
  await attempt('write:folder', async () => writeProgramFile(inLockedFolder, text, { expectedHash: (await readProgramFile(inLockedFolder)).hash }));
  await attempt('create:folder', async () => writeProgramFile(join(folder, 'closed', 'new.ivlp.json'), text, { expectedHash: null }));
  await attempt('lock:folder', async () => acquireLock(inLockedFolder, { user: 'nobody', host: 'here', pid: process.pid }));
  await attempt('create:open-folder', async () => writeProgramFile(join(folder, 'open', 'new.ivlp.json'), text, { expectedHash: null }));
  await writeFile(join(folder, 'open', 'probe-result.json'), JSON.stringify(result));
}

const main = async () => {
  if (command === 'save-loop') return saveLoop(args[0] ?? '', Number(args[1]), Number(args[2] ?? 0));
  if (command === 'naive-loop') return naiveLoop(args[0] ?? '', Number(args[1]));
  if (command === 'concurrent') return concurrent(args[0] ?? '', Number(args[1]), Number(args[2]));
  if (command === 'probe') return probe(args[0] ?? '');
  throw new Error(`unknown command ${command}`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

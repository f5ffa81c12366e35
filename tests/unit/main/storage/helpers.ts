/** Real temp folders for the storage tests, and small assertions about what is on disk. */
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { serializeProgram } from '../../../../src/shared/program/load';
import type { Program } from '../../../../src/shared/program/schema';
import { StorageError, type StorageErrorCode } from '../../../../src/main/storage/errors';

const made: string[] = [];

/** A fresh folder under the OS temp folder, removed after the test (made writable first). */
export async function tempFolder(prefix = 'ivlp-storage-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

afterEach(async () => {
  for (const folder of made.splice(0)) {
    await chmod(folder, 0o700).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
});

/** Writes a program file the way the app would (canonical text) and returns its path and bytes. */
export async function writeProgramFixture(folder: string, program: Program, name = 'tmssw.ivlp.json'): Promise<{ path: string; bytes: Buffer }> {
  const path = join(folder, name);
  const bytes = Buffer.from(serializeProgram(program), 'utf8');
  await writeFile(path, bytes, { mode: 0o644 });
  return { path, bytes };
}

/** Sorted names in a folder. */
export async function listFolder(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort();
}

/** Asserts the file holds exactly `bytes`. */
export async function expectBytes(path: string, bytes: Uint8Array): Promise<void> {
  const actual = await readFile(path);
  expect(actual.equals(bytes), `${path} changed on disk`).toBe(true);
}

/** Awaits `promise`, asserts it rejected with a StorageError of `code`, and returns that error. */
export async function expectStorageError(promise: Promise<unknown>, code: StorageErrorCode): Promise<StorageError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected StorageError ${code}`).toBeInstanceOf(StorageError);
  const error = caught as StorageError;
  expect(error.code, error.message).toBe(code);
  expect(error.message.length).toBeGreaterThan(20);
  return error;
}

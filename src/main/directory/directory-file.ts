/**
 * The organization directory on disk: one JSON file (`*.ivlp-directory.json`) that every program
 * draws on, kept through lowdb with the same durability as program files. lowdb's own JSONFile
 * adapter writes without fsync and would put its defaults over a file it cannot parse; this adapter
 * reads strictly (size cap, strict UTF-8, strict schema) and saves through writeProgramFile: a
 * uniquely named temp file, fsync, read-back, the previous version kept as `.bak`, atomic rename,
 * and a hash check that refuses to write over a file someone else changed since it was read.
 */
import type { Buffer } from 'node:buffer';
import { open } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { directoryIssues, directorySchema, emptyDirectory, serializeDirectory, type Directory } from '../../shared/directory/schema';
import { formatPath } from '../../shared/program/load';
import { decodeProgramBytes } from '../storage/decode';
import { readWhole } from '../storage/durable';
import { readFailure, StorageError } from '../storage/errors';
import { hashBytes, writeProgramFile } from '../storage/program-file';

/** The ending of directory files, which the dialogs filter on. */
export const DIRECTORY_EXTENSION = '.ivlp-directory.json';
/** A directory of thousands of hosts and venues is a few MB; anything far larger is not one. */
export const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

/** Reads and checks a directory file; StorageError (NOT_FOUND, NOT_UTF8, TOO_LARGE, LOAD_FAILED...) otherwise. */
export async function readDirectoryFile(path: string): Promise<{ directory: Directory; hash: string }> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const st = await handle.stat();
      if (st.size > MAX_DIRECTORY_BYTES) throw new StorageError('TOO_LARGE', `${name} is larger than any directory file (${MAX_DIRECTORY_BYTES / 1024 / 1024} MB): it is probably not one.`);
      bytes = await readWhole(handle, st.size, MAX_DIRECTORY_BYTES);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw readFailure(error, path);
  }
  const text = decodeProgramBytes(bytes, name);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StorageError('LOAD_FAILED', `${name} is not a directory file: it is not valid JSON (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`);
  }
  const parsed = directorySchema.safeParse(raw);
  const issues = parsed.success ? directoryIssues(parsed.data) : parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
  if (!parsed.success || issues.length) {
    const first = issues[0];
    throw new StorageError('LOAD_FAILED', `${name} is not a valid directory file (${issues.length} problem${issues.length === 1 ? '' : 's'}, first ${first ? `${formatPath(first.path)}: ${first.message}` : 'unknown'}). Nothing was changed.`);
  }
  return { directory: parsed.data, hash: hashBytes(bytes) };
}

/** lowdb's Adapter over one directory file, remembering the hash each save must find on disk. */
export class DirectoryFileAdapter implements Adapter<Directory> {
  readonly path: string;
  #hash: string | null;

  constructor(path: string, hash: string | null = null) {
    this.path = resolve(path);
    this.#hash = hash;
  }

  get hash(): string | null {
    return this.#hash;
  }

  /** Reads the file; a file that fails THROWS, so lowdb never keeps (and later writes) defaults. */
  async read(): Promise<Directory> {
    const { directory, hash } = await readDirectoryFile(this.path);
    this.#hash = hash;
    return directory;
  }

  async write(data: Directory): Promise<void> {
    const checked = directorySchema.parse(data);
    const { hash } = await writeProgramFile(this.path, serializeDirectory(checked), { expectedHash: this.#hash });
    this.#hash = hash;
  }
}

/** One directory file: a lowdb `Low` over DirectoryFileAdapter, saves one at a time. */
export class DirectoryStore {
  readonly #adapter: DirectoryFileAdapter;
  readonly #db: Low<Directory>;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(adapter: DirectoryFileAdapter, directory: Directory) {
    this.#adapter = adapter;
    this.#db = new Low(adapter, directory);
  }

  static async open(path: string): Promise<DirectoryStore> {
    const adapter = new DirectoryFileAdapter(path);
    return new DirectoryStore(adapter, await adapter.read());
  }

  /** Creates a new, empty directory file (fails CONFLICT when the path exists). */
  static async create(path: string, name: string): Promise<DirectoryStore> {
    const store = new DirectoryStore(new DirectoryFileAdapter(path, null), emptyDirectory(name));
    await store.#db.write();
    return store;
  }

  get path(): string {
    return this.#adapter.path;
  }

  get directory(): Directory {
    return this.#db.data;
  }

  /**
   * Changes the directory with `change` and saves it. When another planner saved the shared file
   * since it was read (CONFLICT), their version is read and the same change made to it: edits are
   * to single entries, so both are kept, the later one winning on the same entry.
   */
  update(change: (directory: Directory) => Directory): Promise<Directory> {
    const run = this.#queue.then(async () => {
      try {
        return await this.#save(change(this.#db.data));
      } catch (error) {
        if (!(error instanceof StorageError) || error.code !== 'CONFLICT') throw error;
        await this.#db.read();
        return this.#save(change(this.#db.data));
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #save(next: Directory): Promise<Directory> {
    const previous = this.#db.data;
    this.#db.data = next;
    try {
      await this.#db.write();
    } catch (error) {
      this.#db.data = previous;
      throw error;
    }
    return next;
  }
}

/**
 * One open program file: a lowdb `Low` over ProgramFileAdapter. One store per file, in main; saves
 * on one store run one at a time, so each starts from the hash the previous one left.
 */
import { readRegularFile } from './regular-file';
import { basename, resolve } from 'node:path';
import { Low } from 'lowdb';
import { CURRENT_SCHEMA_VERSION, type Program } from '../../shared/program/schema';
import { validateProgram } from '../../shared/program/load';
import { isStorageError, StorageError } from './errors';
import { ProgramFileAdapter } from './program-adapter';
import { programBytes } from './program-bytes';
import { backupPathOf, hashBytes, readProgramFile, writeProgramFile, type OpenedProgramFile, type SaveTimings } from './program-file';

/** The program of one file, saved durably; `program` is always what the file holds. */
export class ProgramFileStore {
  readonly path: string;
  readonly #adapter: ProgramFileAdapter;
  // Low requires default data; ours is the program just read or written, never a placeholder, so
  // lowdb can never write defaults over a file.
  readonly #db: Low<Program>;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(adapter: ProgramFileAdapter, program: Program) {
    this.path = adapter.path;
    this.#adapter = adapter;
    this.#db = new Low(adapter, program);
  }

  /** Opens an existing program file; throws StorageError (LOAD_FAILED, NOT_FOUND, ...) if it cannot be. */
  static async open(path: string): Promise<ProgramFileStore> {
    const adapter = new ProgramFileAdapter(path);
    const program = await adapter.read();
    return new ProgramFileStore(adapter, program);
  }

  /** Creates a new program file (mode 0o600 unless given); fails CONFLICT if the path already exists. */
  static async create(path: string, program: Program, options: { mode?: number } = {}): Promise<ProgramFileStore> {
    const adapter = new ProgramFileAdapter(path, { hash: null, mode: options.mode });
    const store = new ProgramFileStore(adapter, program);
    await store.#db.write();
    return store;
  }

  /**
   * For a file that does not load: replaces it with its backup (which must load) and opens it. The
   * file that failed becomes the new backup, so nothing is destroyed.
   */
  static async restoreBackup(path: string): Promise<ProgramFileStore> {
    const backup = await readBackup(resolve(path));
    const adapter = new ProgramFileAdapter(path);
    await adapter.adoptDiskVersion();
    await adapter.write(backup.program);
    return ProgramFileStore.open(path);
  }

  /** The program as last loaded or successfully saved; after a failed save, still the old one. */
  get program(): Program {
    return this.#db.data;
  }

  /** SHA-256 of the file's bytes as this store last read or wrote them. */
  get hash(): string {
    return this.#adapter.hash ?? '';
  }

  /** Why this file may not be saved in place (newer app's file, read-only file or folder), or null. */
  get readOnlyReason(): string | null {
    return this.#adapter.readOnlyReason;
  }

  /** The file as last read from disk (text, version, mode), or null for a store that created it. */
  get opened(): OpenedProgramFile | null {
    return this.#adapter.lastOpened;
  }

  /** Milliseconds per step of the last successful save (validate, serialize, write, ...), or null. */
  get lastSaveTimings(): SaveTimings | null {
    return this.#adapter.lastSaveTimings;
  }

  /** Saves `program` over the version this store last read or wrote; on failure `program` is unchanged. */
  save(program: Program): Promise<void> {
    return this.#exclusive(() => this.#save(program));
  }

  /**
   * Writes a program to another, new path (Save a Copy); this store stays on its own file. Writes
   * `options.program` (e.g. unsaved edits after a CONFLICT) or else the current program. Fails
   * CONFLICT if the path exists, unless `overwrite` (the planner confirmed replacing it).
   */
  saveCopy(path: string, options: { program?: Program; overwrite?: boolean; mode?: number } = {}): Promise<void> {
    return this.#exclusive(async () => {
      const target = resolve(path);
      if (target === this.path) {
        throw new StorageError('CONFLICT', `A copy cannot be saved over the file itself (${basename(target)}). Choose another name.`);
      }
      const checked = validateProgram(options.program ?? this.program);
      if (!checked.ok) throw new StorageError('WRITE_FAILED', `The copy ${basename(target)} was not saved: the program is not valid. This is a bug in the app; please report it.`);
      const expectedHash = options.overwrite ? await currentHash(target) : null;
      await writeProgramFile(target, programBytes(checked.program), { expectedHash, mode: options.mode });
    });
  }

  /** Saves `program` over whatever is on disk now (the planner chose "Overwrite" after CONFLICT/MISSING). */
  forceOverwrite(program: Program): Promise<void> {
    return this.#exclusive(async () => {
      await this.#adapter.adoptDiskVersion();
      await this.#save(program);
    });
  }

  /** Re-reads the file (the planner chose "Reload"); on failure the store keeps its current program. */
  reload(): Promise<void> {
    return this.#exclusive(() => this.#db.read());
  }

  /**
   * Replaces the file with its backup `<path>.bak` (which must load cleanly, else LOAD_FAILED naming
   * the backup). The revert is a normal save, so it is durable and the replaced version becomes the
   * new backup. Returns the restored program.
   */
  revertToBackup(): Promise<Program> {
    return this.#exclusive(async () => {
      const backup = await readBackup(this.path);
      await this.#save(backup.program);
      return backup.program;
    });
  }

  async #save(program: Program): Promise<void> {
    const previous = this.#db.data;
    this.#db.data = program;
    try {
      await this.#db.write();
    } catch (error) {
      this.#db.data = previous;
      throw error;
    }
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

async function currentHash(path: string): Promise<string | null> {
  try {
    return hashBytes((await readRegularFile(path)).bytes);
  } catch {
    return null;
  }
}

/** Loads `<path>.bak` for a revert; every failure names the backup, not the program file. */
async function readBackup(path: string): Promise<OpenedProgramFile> {
  const backupPath = backupPathOf(path);
  const name = basename(backupPath);
  let backup: OpenedProgramFile;
  try {
    backup = await readProgramFile(backupPath);
  } catch (error) {
    if (isStorageError(error, 'NOT_FOUND')) {
      throw new StorageError('NOT_FOUND', `There is no backup of ${basename(path)} yet (${name} is made by the first save).`, undefined, { cause: error });
    }
    if (isStorageError(error)) {
      throw new StorageError('LOAD_FAILED', `The backup ${name} cannot be used either: ${error.message}`, error.loadError, { cause: error });
    }
    throw error;
  }
  if (backup.fileVersion > CURRENT_SCHEMA_VERSION) {
    throw new StorageError('READ_ONLY', `The backup ${name} was saved by a newer IVLP Planner; update the app to restore it.`);
  }
  return backup;
}

/**
 * Crash recovery (docs/reliability.md §7): unsaved edits are journaled about a second after a change
 * into the app's data folder, one file per program, so a crash or power cut loses at most that
 * second. Journals hold personal data of the travelers: files 0o600 in a 0o700 folder.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { writeFileDurably } from './durable';
import { errnoCode, StorageError, saveFailure } from './errors';

/** A journaled version of a program, newer than its file when the app stopped without saving it. */
export interface JournalEntry {
  /** The program file's text as the planner last had it. */
  text: string;
  /** Hash of the file the edits were made on: if the file's hash differs, it changed meanwhile. */
  baseHash: string;
  journaledAt: string;
}

const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/** One recovery journal per program file, in a private folder of the app's data. */
export class RecoveryJournal {
  readonly folder: string;
  readonly #now: () => Date;
  #folderReady = false;

  constructor(folder: string, options: { now?: () => Date } = {}) {
    this.folder = resolve(folder);
    this.#now = options.now ?? (() => new Date());
  }

  /** The journal file of a program: sha256 of its absolute path, so names leak nothing and never clash. */
  pathFor(programPath: string): string {
    return join(this.folder, `${createHash('sha256').update(resolve(programPath)).digest('hex')}.json`);
  }

  /** Journals `text` for `programPath` durably (temp + fsync + rename), replacing the previous entry. */
  async write(programPath: string, text: string, baseHash: string): Promise<void> {
    const file = this.pathFor(programPath);
    const entry = { programPath: resolve(programPath), baseHash, journaledAt: this.#now().toISOString(), text };
    const bytes = Buffer.from(JSON.stringify(entry), 'utf8');
    try {
      await this.#ensureFolder();
      await writeFileDurably(file, bytes, FILE_MODE).catch(async (error: unknown) => {
        // The folder was removed while the app ran (a cleanup tool): make it again, once.
        if (errnoCode(error) !== 'ENOENT') throw error;
        this.#folderReady = false;
        await this.#ensureFolder();
        await writeFileDurably(file, bytes, FILE_MODE);
      });
    } catch (error) {
      const { code } = saveFailure(error, file);
      const why = code === 'DISK_FULL' ? 'the disk is full' : code === 'PERMISSION_DENIED' ? `no permission to write in ${this.folder}` : String(error);
      throw new StorageError(code, `The crash-recovery copy of ${basename(programPath)} could not be written (${why}). Saving the program itself is not affected.`, undefined, { cause: error });
    }
  }

  /**
   * The journaled entry for `programPath`, or null if there is none or it cannot be read. A journal
   * that does not parse as one returns null and is renamed `*.corrupt`, kept for support, not deleted.
   */
  async read(programPath: string): Promise<JournalEntry | null> {
    const file = this.pathFor(programPath);
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch {
      // None, or unreadable (permissions): nothing to offer, and opening the program must not fail
      // for it. An unreadable journal stays where it is.
      return null;
    }
    const entry = parseEntry(raw, resolve(programPath));
    if (!entry) await rename(file, `${file}.${Date.now()}.corrupt`).catch(() => undefined);
    return entry;
  }

  /** Removes the journal of `programPath` (after a successful save, or when the planner discards it). */
  async discard(programPath: string): Promise<void> {
    await unlink(this.pathFor(programPath)).catch((error: unknown) => {
      if (errnoCode(error) !== 'ENOENT') throw error;
    });
  }

  async #ensureFolder(): Promise<void> {
    if (this.#folderReady) return;
    await mkdir(this.folder, { recursive: true, mode: FOLDER_MODE });
    // mkdir leaves an existing folder's mode alone; it is ours, so make it private.
    if (process.platform !== 'win32') await chmod(this.folder, FOLDER_MODE);
    this.#folderReady = true;
  }
}

function parseEntry(raw: string, programPath: string): JournalEntry | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { programPath: path, baseHash, journaledAt, text } = value as Record<string, unknown>;
    if (path !== programPath || typeof baseHash !== 'string' || typeof text !== 'string') return null;
    if (typeof journaledAt !== 'string' || !Number.isFinite(Date.parse(journaledAt))) return null;
    return { text, baseHash, journaledAt };
  } catch {
    return null;
  }
}

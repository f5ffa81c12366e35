/**
 * lowdb's Adapter over our program files. lowdb stays the store; durability, conflict detection and
 * validation live here, because lowdb's own JSONFile adapter (steno) writes without fsync, with one
 * fixed temp name, silently over read-only files, and a file that fails to parse would be "recovered"
 * by lowdb writing its defaults over it.
 */
import { readRegularFile } from './regular-file';
import { basename, resolve } from 'node:path';
import type { Adapter } from 'lowdb';
import { formatPath, validateProgram } from '../../shared/program/load';
import type { Program } from '../../shared/program/schema';
import { errnoCode, readFailure, StorageError } from './errors';
import { programBytes } from './program-bytes';
import { hashBytes, readProgramFile, StepTimer, writeProgramFile, type OpenedProgramFile, type SaveTimings } from './program-file';

/** What an adapter knows about its file before reading it. */
export interface ProgramAdapterState {
  /** Hash of the bytes on disk this adapter last read or wrote; null: the file is to be created. */
  hash: string | null;
  readOnlyReason?: string | null;
  /** Permission bits for a file this adapter creates (existing files keep theirs). */
  mode?: number;
}

/** A lowdb Adapter<Program> over one program file, remembering the hash each save must find on disk. */
export class ProgramFileAdapter implements Adapter<Program> {
  readonly path: string;
  #hash: string | null;
  #readOnlyReason: string | null;
  #mode: number | undefined;
  #lastOpened: OpenedProgramFile | null = null;
  #lastSaveTimings: SaveTimings | null = null;

  constructor(path: string, state: ProgramAdapterState = { hash: null }) {
    this.path = resolve(path);
    this.#hash = state.hash;
    this.#readOnlyReason = state.readOnlyReason ?? null;
    this.#mode = state.mode;
  }

  /** Hash of the file as last read or written by this adapter (null before the file exists). */
  get hash(): string | null {
    return this.#hash;
  }

  /** Why the file must not be written, as found when it was read; null when it may be. */
  get readOnlyReason(): string | null {
    return this.#readOnlyReason;
  }

  /** The file as last read (text, version, mode), or null if this adapter has not read it. */
  get lastOpened(): OpenedProgramFile | null {
    return this.#lastOpened;
  }

  /** Where the time of the last successful save went, step by step (ms); null before one. */
  get lastSaveTimings(): SaveTimings | null {
    return this.#lastSaveTimings;
  }

  /**
   * Reads and validates the file. A file that fails to load THROWS (StorageError): returning null
   * would make lowdb keep its default data, which the next write would put over the planner's file.
   */
  async read(): Promise<Program> {
    const opened = await readProgramFile(this.path);
    this.#lastOpened = opened;
    this.#hash = opened.hash;
    this.#readOnlyReason = opened.readOnlyReason;
    return opened.program;
  }

  /**
   * Validates, serializes and saves `data` over the version this adapter last read or wrote.
   * Throws StorageError: READ_ONLY, WRITE_FAILED for an invalid program, or whatever the save reports.
   */
  async write(data: Program): Promise<void> {
    const name = basename(this.path);
    if (this.#readOnlyReason) {
      throw new StorageError('READ_ONLY', `${name} is open read-only and was not saved: ${this.#readOnlyReason}`);
    }
    const timer = new StepTimer();
    // Entities this process validated before (the loaded ones that edits left untouched) skip their
    // schema; every new or changed entity is validated, and all references are checked.
    const checked = validateProgram(data);
    timer.lap('validate');
    if (!checked.ok) {
      const issue = checked.issues[0];
      const first = issue ? `${formatPath(issue.path)}: ${issue.message}` : 'unknown';
      throw new StorageError(
        'WRITE_FAILED',
        `${name} was not saved because the program has ${checked.issues.length === 1 ? 'a problem' : `${checked.issues.length} problems`}, first ${first}. The file on disk is unchanged. This is a bug in the app; please report it.`,
      );
    }
    // The validated copy has the schema's key order, so the file's layout never depends on edit history.
    // programBytes is serializeProgram's text as UTF-8, reusing the bytes of entities it encoded before.
    const bytes = programBytes(checked.program);
    timer.lap('serialize + encode');
    const { hash, timings } = await writeProgramFile(this.path, bytes, { expectedHash: this.#hash, mode: this.#hash === null ? this.#mode : undefined, timer });
    this.#hash = hash;
    this.#lastSaveTimings = timings;
  }

  /**
   * Takes whatever is on disk now as the base of the next write (the planner chose "overwrite" after
   * a CONFLICT, or to restore over a file that does not load). A missing file is then created.
   */
  async adoptDiskVersion(): Promise<void> {
    try {
      this.#hash = hashBytes((await readRegularFile(this.path)).bytes);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw readFailure(error, this.path);
      this.#hash = null;
    }
  }
}

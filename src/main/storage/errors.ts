/**
 * Storage failures as typed errors. `code` drives the app's logic (retry, conflict dialog, read-only
 * banner); `message` is shown to a program officer as it is, so it names the file, the problem and
 * what to do next, in plain words.
 */
import { basename, dirname } from 'node:path';
import { AppError } from '../../shared/errors';
import type { LoadError } from '../../shared/program/load';

/** What went wrong, for the app's logic (the message is for the planner). */
export type StorageErrorCode =
  | 'NOT_FOUND'
  | 'TOO_LARGE'
  | 'NOT_UTF8'
  | 'LOAD_FAILED'
  | 'READ_ONLY'
  | 'CONFLICT'
  | 'MISSING'
  | 'DISK_FULL'
  | 'WRITE_FAILED'
  | 'VERIFY_FAILED'
  | 'PERMISSION_DENIED';

/** A storage failure with a code for the app and a message for the planner. */
export class StorageError extends AppError<StorageErrorCode> {
  constructor(
    code: StorageErrorCode,
    message: string,
    readonly loadError?: LoadError,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

/** Whether `error` is a StorageError, optionally one of `codes`. */
export function isStorageError(error: unknown, ...codes: StorageErrorCode[]): error is StorageError {
  return error instanceof StorageError && (codes.length === 0 || codes.includes(error.code));
}

/** Node's errno code (`ENOSPC`, `EACCES`, ...) of a thrown value, if it has one. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const KEPT = 'your edits are kept';

/**
 * Turns whatever went wrong while saving `filePath` into a StorageError the planner can act on.
 * StorageErrors pass through unchanged, so every step of a save can simply rethrow through this.
 */
export function saveFailure(error: unknown, filePath: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = basename(filePath);
  const folder = dirname(filePath);
  const cause = { cause: error };
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new StorageError('DISK_FULL', `The disk is full: ${name} was not saved; ${KEPT}. Free space and the app will retry.`, undefined, cause);
    case 'EACCES':
    case 'EPERM':
      return new StorageError(
        'PERMISSION_DENIED',
        `You do not have permission to save in the folder ${folder}: ${name} was not saved; ${KEPT}. Use Save a Copy to keep them somewhere else, or ask for write access to the folder.`,
        undefined,
        cause,
      );
    case 'EROFS':
      return new StorageError('READ_ONLY', `The drive holding ${name} is read-only: it was not saved; ${KEPT}. Use Save a Copy to keep them on another drive.`, undefined, cause);
    case 'ENOENT':
    case 'ENOTDIR':
      return new StorageError(
        'MISSING',
        `The folder ${folder} is no longer available (was a drive disconnected or the folder moved?): ${name} was not saved; ${KEPT}. Reconnect it, or use Save a Copy.`,
        undefined,
        cause,
      );
    default:
      return new StorageError('WRITE_FAILED', `${name} could not be saved (${detail(error)}); ${KEPT}. The app will retry; if this keeps happening, use Save a Copy.`, undefined, cause);
  }
}

/** Turns a failure to read `filePath` (before any parsing) into a StorageError. */
export function readFailure(error: unknown, filePath: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = basename(filePath);
  const cause = { cause: error };
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new StorageError('NOT_FOUND', `${name} was not found in ${dirname(filePath)}. It may have been moved, renamed or deleted.`, undefined, cause);
    case 'EISDIR':
      return new StorageError('NOT_FOUND', `${filePath} is a folder, not a program file.`, undefined, cause);
    case 'ENOTFILE': {
      // NotRegularFileError (regular-file.ts) says what the path is instead.
      const kind = (error as { kind?: unknown }).kind;
      return new StorageError('NOT_FOUND', `${filePath} is ${typeof kind === 'string' ? kind : 'not a regular file'}, not a program file. Nothing was read from it.`, undefined, cause);
    }
    case 'EACCES':
    case 'EPERM':
      return new StorageError('PERMISSION_DENIED', `You do not have permission to open ${name}. Ask for read access, or open a copy.`, undefined, cause);
    default:
      return new StorageError('LOAD_FAILED', `${name} could not be read (${detail(error)}). Nothing on disk was changed.`, undefined, cause);
  }
}

/**
 * The one error model of the app. Every failure a planner should read is an `AppError`: a code the
 * app's logic acts on (retry, offer the backup, show the conflict choices) and a message written for
 * a program officer. The domain, storage, rosters, printing and sync each throw a subclass; the IPC
 * wrapper, the command line and the sync layer map the base class once, never each subclass.
 *
 * It lives in src/shared, the lowest layer, so a module anywhere can throw it without importing
 * from the layer that reports it (documents and storage never import from ipc/).
 */

/** Every code an AppError can carry. The renderer and the CLI read codes, never message wording. */
export type ErrorCode =
  // Requests
  | 'BAD_ARGUMENTS'
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  | 'STALE_REVISION'
  | 'INVALID'
  | 'IN_USE'
  | 'DUPLICATE_ID'
  | 'BUSY'
  | 'CANCELLED'
  // Program files
  | 'READ_ONLY'
  | 'LOAD_FAILED'
  /** LOAD_FAILED, and the file's backup loads: the renderer offers to open it as a copy. */
  | 'LOAD_FAILED_WITH_BACKUP'
  | 'NOT_UTF8'
  | 'NOT_A_FILE'
  | 'TOO_LARGE'
  | 'SAVE_FAILED'
  | 'WRITE_FAILED'
  | 'VERIFY_FAILED'
  | 'PERMISSION_DENIED'
  | 'DISK_FULL'
  | 'CONFLICT'
  | 'MISSING'
  // Outputs and inputs
  | 'EXPORT_FAILED'
  | 'ROSTER_UNREADABLE'
  // Team planning
  | 'SYNC_UNREACHABLE'
  | 'SYNC_REFUSED'
  | 'SYNC_UNAUTHORIZED'
  | 'INTERNAL';

/** A failure with a code for the app and a message for the planner. Subclasses narrow the code. */
export class AppError<Code extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Whether `error` is an AppError, optionally with one of `codes`. */
export function isAppError(error: unknown, ...codes: ErrorCode[]): error is AppError {
  return error instanceof AppError && (codes.length === 0 || codes.includes(error.code));
}

/**
 * The errors loading can report, and how an issue reads: the path as `activities[3].timing.start`,
 * one line per issue for error dialogs and the command line.
 */
import type { z } from 'zod';
import type { Program } from './schema';
import type { PathSegment, ProgramIssue } from './validate';

export type LoadErrorCode =
  | 'EMPTY'
  | 'NOT_JSON'
  | 'NOT_A_PROGRAM'
  | 'UNSUPPORTED_VERSION'
  | 'FUTURE_VERSION'
  | 'INVALID';

export interface LoadError {
  code: LoadErrorCode;
  message: string;
  issues: ProgramIssue[];
}

export type LoadResult =
  | {
      ok: true;
      program: Program;
      /** The version the file was written in (lower than current when it was migrated). */
      fileVersion: number;
      /** Set when the file must not be written: it was made by a newer app. */
      readOnlyReason: string | null;
    }
  | { ok: false; error: LoadError };

/** Formats an issue path as `activities[3].timing.start`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out || '(file)';
}

/** One line per issue, for error dialogs and the command line. */
export function describeIssues(issues: readonly ProgramIssue[], limit = 20): string {
  const lines = issues.slice(0, limit).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > limit) lines.push(`... and ${issues.length - limit} more`);
  return lines.join('\n');
}

/** zod's issues as ProgramIssues (symbol keys written as strings). */
export function zodIssues(error: z.ZodError): ProgramIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

/**
 * What main may write to its log about a failure. Error messages name files, folders (with the
 * account name in the path), participants and hosts; the log must hold none of that
 * (docs/security.md, personal data). So a logged error keeps its class, its code and where in the
 * code it happened, never its message.
 */

/** `[where] what failed: ErrorClass (CODE) at frame, frame, frame`: no message, no paths outside the app. */
export function logLine(what: string, error: unknown): string {
  if (!(error instanceof Error)) return `${what}: a non-Error value was thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map(ourFrame)
    .filter((frame): frame is string => frame !== null)
    .slice(0, 5);
  return `${what}: ${error.name}${typeof code === 'string' ? ` (${code})` : ''}${frames.length ? ` at ${frames.join(' < ')}` : ''}`;
}

/**
 * "fn (out/main/chunk.js:12:3)" for a frame in our own code (out/ or src/), else null: the absolute
 * path before it carries the user's folders, and frames elsewhere say nothing we need.
 */
function ourFrame(line: string): string | null {
  const match = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/.exec(line);
  if (!match) return null;
  const [, fn, path = '', row, column] = match;
  const at = Math.max(path.lastIndexOf('/out/'), path.lastIndexOf('/src/'));
  if (at < 0) return null;
  const where = `${path.slice(at + 1)}:${row}:${column}`;
  return fn ? `${fn} (${where})` : where;
}

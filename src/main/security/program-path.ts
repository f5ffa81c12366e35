/**
 * Finding a program file in a command line: the first launch (`IVLP Planner trip.ivlp.json`), a
 * second instance forwarded by the single-instance lock, or a file-association double-click.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The program file extension new files get: one part, because Windows and macOS associate a file
 * type by its last extension only (".ivlp.json" associated on Linux alone, and macOS filtered it as
 * any ".json"). Files named the old way (LEGACY_PROGRAM_EXTENSION) open as before and keep their name.
 */
export const PROGRAM_EXTENSION = '.ivlp';
export const LEGACY_PROGRAM_EXTENSION = '.ivlp.json';

/** Whether a file name is a program's: "*.ivlp" or "*.ivlp.json", any case. */
export function isProgramFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(PROGRAM_EXTENSION) || lower.endsWith(LEGACY_PROGRAM_EXTENSION);
}

/** The name without its program extension ("trip.ivlp.json" and "trip.ivlp" -> "trip"). */
export function programBaseName(name: string): string {
  return name.replace(/\.ivlp(\.json)?$/i, '').replace(/\.json$/i, '');
}

/**
 * The last argument that names a `.ivlp` (or `.ivlp.json`) file, made absolute against `workingDirectory`
 * (the launching shell's folder), or null. Switches (`--inspect`, Chromium's
 * `--original-process-start-time=...`) and everything else are ignored; `file://` URLs (Linux
 * desktop launchers may pass those) are converted to paths.
 */
export function programPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder ("."). Neither can end
  // in .ivlp or .ivlp.json, so scanning everything is safe and needs no packaged/dev distinction.
  for (let i = argv.length - 1; i >= 0; i--) {
    const path = asPath(argv[i]);
    if (path !== null) return isAbsolute(path) ? resolve(path) : resolve(workingDirectory, path);
  }
  return null;
}

function asPath(arg: string | undefined): string | null {
  if (typeof arg !== 'string' || arg.length === 0 || arg.length > 4096 || arg.startsWith('-') || arg.includes('\u0000')) return null;
  let path = arg;
  if (/^file:\/\//i.test(arg)) {
    try {
      path = fileURLToPath(arg);
    } catch {
      return null;
    }
  } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
    return null; // some other URL scheme
  }
  return isProgramFileName(path) ? path : null;
}

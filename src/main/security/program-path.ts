/**
 * Finding a program file in a command line: the first launch (`IVLP Planner trip.ivlp.json`), a
 * second instance forwarded by the single-instance lock, or a file-association double-click.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The program file extension: what file associations, dialogs and argv recognise. */
export const PROGRAM_EXTENSION = '.ivlp.json';

/**
 * The last argument that names a `.ivlp.json` file, made absolute against `workingDirectory`
 * (the launching shell's folder), or null. Switches (`--inspect`, Chromium's
 * `--original-process-start-time=...`) and everything else are ignored; `file://` URLs (Linux
 * desktop launchers may pass those) are converted to paths.
 */
export function programPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder ("."). Neither can end
  // in .ivlp.json, so scanning everything is safe and needs no packaged/dev distinction.
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
  return path.toLowerCase().endsWith(PROGRAM_EXTENSION) ? path : null;
}

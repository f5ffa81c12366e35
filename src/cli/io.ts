/** Where the command line writes: the real streams in production, buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Writes to process.stdout / process.stderr. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit code for success. */
export const EXIT_OK = 0;
/** Exit code of `check` for a valid program with error-severity problems nobody dismissed. */
export const EXIT_PROBLEMS = 1;
/** Exit code for anything else: an invalid or unreadable file, a refused write, bad usage. */
export const EXIT_FAIL = 2;

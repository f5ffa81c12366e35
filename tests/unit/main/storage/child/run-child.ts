/** Spawning the bundled storage child and reading its line-based output. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface RunningChild {
  child: ChildProcess;
  /** Every complete stdout line so far. */
  lines: string[];
  stderr: () => string;
  /** Resolves when a line satisfying `test` has been printed (rejects if the child exits first). */
  waitForLine(test: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code / signal once the child has exited and everything it printed is in `lines`. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node <script> ...args`. */
export function startChild(script: string, args: string[], options: SpawnOptions = {}): RunningChild {
  const child = spawn(process.execPath, [script, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  let errors = '';
  const waiters = new Set<() => void>();
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters) wake();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  // 'close', not 'exit': 'exit' can come before the last lines the child wrote are read from the
  // pipe (on a busy machine it does), and a test reading `lines` after a kill must see them all.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      for (const wake of waiters) wake();
      resolve({ code, signal });
    });
  });
  const waitForLine = (test: (line: string) => boolean, timeoutMs = 10_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`timed out waiting for the child; stderr: ${errors}`)), timeoutMs);
      const finish = (error?: Error, line?: string) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (error) reject(error);
        else resolve(line as string);
      };
      const check = () => {
        const line = lines.find(test);
        if (line !== undefined) finish(undefined, line);
        else if (child.exitCode !== null || child.signalCode !== null) finish(new Error(`child exited (${child.exitCode ?? child.signalCode}); stderr: ${errors}`));
      };
      waiters.add(check);
      check();
    });
  return { child, lines, stderr: () => errors, waitForLine, exited };
}

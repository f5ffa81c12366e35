/**
 * What the command-line tests share: the CLI run in-process with what it prints captured, and a
 * fresh temp folder per test holding the TMSSW 2024 sample as a program file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { main, type CliIo } from '../../../src/cli/index';
import { serializeProgram } from '../../../src/shared/program/load';
import { buildTmssw2024Sample } from '../../../src/cli/sample/index';

/** Runs `ivlp <argv>` in-process; returns the exit code and what went to stdout and stderr. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

export const sample = buildTmssw2024Sample();

/** A temp folder and the program file in it, both new for each test. */
export interface SampleFolder {
  readonly dir: string;
  /** `<dir>/tmssw.ivlp.json`, holding the sample as the app saves it. */
  readonly file: string;
}

/** Registers hooks that give each test of the file a new folder (named `<prefix>…`) with the sample in it, removed after the test. */
export function useSampleFolder(prefix: string): SampleFolder {
  const current = { dir: '', file: '' };
  beforeEach(async () => {
    current.dir = await mkdtemp(join(tmpdir(), prefix));
    current.file = join(current.dir, 'tmssw.ivlp.json');
    await writeFile(current.file, serializeProgram(sample));
  });
  afterEach(async () => {
    await rm(current.dir, { recursive: true, force: true });
  });
  return current;
}

/**
 * `ivlp sample <out-file> [--directory <dir-file>] [--force]`: writes the TMSSW 2024 sample program
 * (and its organization directory), each through writeNewFile.
 */
import { serializeDirectory } from '../shared/directory/index';
import { serializeProgram } from '../shared/program/load';
import { buildSample } from './sample/index';
import { EXIT_OK, type CliIo } from './io';
import { writeNewFile } from './new-file';

/** Runs `ivlp sample`; with `directory`, also writes the sample's organization directory there. Returns the exit code. */
export async function runSample(outFile: string, options: { force: boolean; directory?: string }, io: CliIo): Promise<number> {
  const sample = buildSample();
  const code = await writeNewFile(outFile, serializeProgram(sample.program), options.force, io);
  if (code !== EXIT_OK || !options.directory) return code;
  return writeNewFile(options.directory, serializeDirectory(sample.directory), options.force, io);
}

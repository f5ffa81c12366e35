/**
 * Files the command line makes (a sample, a clone). The bytes go to a temp file beside the target
 * (named like the app's own temps, so its startup cleanup removes one left by a crash), are fsynced,
 * then placed atomically: link(2) when the target must not exist (it never replaces, so a file
 * created meanwhile is not clobbered), rename(2) with --force.
 */
import { link } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { errnoCode } from '../main/storage/errors';
import { fsyncFolder, removeQuietly, renameWithRetry, tempPathFor, writeTempFile } from '../main/storage/durable';
import { EXIT_FAIL, EXIT_OK, type CliIo } from './io';

/**
 * Writes a file the command line makes (a sample, a clone): temp file, fsync, then link(2) into
 * place when it must not exist yet, rename(2) with --force. Says what it wrote, or why not.
 */
export async function writeNewFile(outFile: string, text: string, force: boolean, io: CliIo): Promise<number> {
  const target = resolve(outFile);
  const bytes = new TextEncoder().encode(text);
  const temp = tempPathFor(target);
  try {
    await writeTempFile(temp, bytes, 0o644);
    if (force) {
      await renameWithRetry(temp, target);
    } else {
      try {
        await link(temp, target);
      } catch (error) {
        if (errnoCode(error) === 'EEXIST') {
          io.err(`ivlp: ${outFile} already exists; use --force to replace it\n`);
          return EXIT_FAIL;
        }
        throw error;
      }
    }
    await fsyncFolder(dirname(target));
  } catch (error) {
    io.err(`ivlp: could not write ${outFile}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAIL;
  } finally {
    await removeQuietly(temp);
  }
  io.out(`wrote ${outFile} (${bytes.length.toLocaleString('en-US')} bytes)\n`);
  return EXIT_OK;
}

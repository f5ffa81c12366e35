/**
 * All-or-nothing output of several files: each is written completely to a temp file beside its
 * target (fsynced), and only when every one is staged are they renamed into place. A failure or a
 * cancel before the commit removes the temps, so no partial file is ever left behind.
 */
import { dirname } from 'node:path';
import { fsyncFolder, removeQuietly, renameWithRetry, tempPathFor, writeTempFile } from '../storage/durable';

export class StagedFiles {
  private readonly staged: { temp: string; target: string }[] = [];

  /** Writes `bytes` to a temp file for `target`. */
  async add(target: string, bytes: Uint8Array): Promise<void> {
    const temp = tempPathFor(target);
    this.staged.push({ temp, target });
    await writeTempFile(temp, bytes, 0o644);
  }

  /** Renames every staged file over its target; returns the targets in order. */
  async commit(onEach?: (done: number, total: number) => void): Promise<string[]> {
    const done: string[] = [];
    for (const s of this.staged) {
      await renameWithRetry(s.temp, s.target);
      done.push(s.target);
      onEach?.(done.length, this.staged.length);
    }
    for (const folder of new Set(this.staged.map((s) => dirname(s.target)))) await fsyncFolder(folder);
    this.staged.length = 0;
    return done;
  }

  /** Removes whatever temps are left (after a failure or a cancel); safe to call always. */
  async discard(): Promise<void> {
    await Promise.all(this.staged.map((s) => removeQuietly(s.temp)));
    this.staged.length = 0;
  }
}

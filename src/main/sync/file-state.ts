/**
 * For each shared program file on this computer, the heads of the shared documents its saved
 * content corresponds to, and the hash of those bytes (in the app data folder, sync/files.json).
 * It is what lets a file edited without the app (by `ivlp import-roster`, or by hand) be synced
 * without guessing: what changed since those heads is the planner's own work, written into the
 * shared documents as such; without a record the shared program wins and the file's differing
 * content is kept beside it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../storage/durable';
import type { ReplicaHeads } from './docs';

const headsSchema = z.array(z.string());
const recordSchema = z.strictObject({
  address: z.string(),
  hash: z.string(),
  heads: z.strictObject({ plan: headsSchema, private: headsSchema.nullable(), hosts: z.record(z.string(), headsSchema), outbox: headsSchema.nullable() }),
});
const fileSchema = z.strictObject({ format: z.literal(1), files: z.record(z.string(), recordSchema) });

export type FileSyncRecord = z.infer<typeof recordSchema>;

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class FileSyncState {
  private readonly file: string;
  private writing: Promise<void> = Promise.resolve();

  constructor(userData: string) {
    this.file = join(userData, 'sync', 'files.json');
  }

  async get(path: string): Promise<FileSyncRecord | null> {
    return (await this.read())[resolve(path)] ?? null;
  }

  /** Records what a file holds; writes are queued so two saves never race on the state file. */
  set(path: string, record: { address: string; hash: string; heads: ReplicaHeads }): Promise<void> {
    this.writing = this.writing.then(async () => {
      const files = { ...(await this.read()), [resolve(path)]: record as FileSyncRecord };
      await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
      await writeFileDurably(this.file, new TextEncoder().encode(`${JSON.stringify({ format: 1, files }, null, 1)}\n`), 0o600);
    });
    return this.writing;
  }

  private async read(): Promise<Record<string, FileSyncRecord>> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.files : {};
    } catch {
      return {};
    }
  }
}

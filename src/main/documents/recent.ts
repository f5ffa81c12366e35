/**
 * The Open Recent list, kept in the app's data folder. The renderer only ever sees ids, names and
 * folders; paths stay in main (docs/security.md §6: paths never come from the renderer).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

const MAX_RECENT = 12;
const fileSchema = z.array(z.strictObject({ path: z.string(), openedAt: z.string() }));

export interface RecentProgram {
  id: string;
  path: string;
  name: string;
  folder: string;
  openedAt: string;
}

/** A stable, opaque id for a path: what the renderer passes back to reopen it. */
export function recentId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}

export class RecentPrograms {
  private readonly file: string;

  constructor(userData: string) {
    this.file = join(userData, 'recent-programs.json');
  }

  /** Recent programs that still exist, newest first. A damaged list reads as empty (it is only a convenience). */
  async list(): Promise<RecentProgram[]> {
    let entries: z.infer<typeof fileSchema> = [];
    try {
      entries = fileSchema.parse(JSON.parse(await readFile(this.file, 'utf8')));
    } catch {
      entries = [];
    }
    return entries
      .filter((entry) => existsSync(entry.path))
      .map((entry) => ({ ...entry, id: recentId(entry.path), name: basename(entry.path), folder: dirname(entry.path) }));
  }

  async find(id: string): Promise<RecentProgram | undefined> {
    return (await this.list()).find((entry) => entry.id === id);
  }

  /** Moves a path to the top of the list. */
  async touch(path: string, now: Date): Promise<void> {
    const current = (await this.list()).filter((entry) => entry.path !== path);
    const next = [{ path, openedAt: now.toISOString() }, ...current.map(({ path: p, openedAt }) => ({ path: p, openedAt }))].slice(0, MAX_RECENT);
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(next, null, 2), { mode: 0o600 });
    await rename(temp, this.file);
  }
}

/**
 * The app's own settings, across programs: for now, which organization directory file to use
 * (docs/directory.md). A small JSON file in the app's private data folder, written durably (temp +
 * fsync + rename + folder fsync, readable by the user only) and read strictly. A file that does not
 * read as settings is set aside as `settings.json.damaged` the next time settings are saved, never
 * silently overwritten; until then the defaults apply.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { errnoCode } from '../storage/errors';
import { writeFileDurably } from '../storage/durable';

const settingsSchema = z.strictObject({
  settingsVersion: z.literal(1),
  /** The organization directory file, or null when none is chosen yet. */
  directoryPath: z.string().min(1).max(4096).nullable(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { settingsVersion: 1, directoryPath: null };

export class AppSettings {
  readonly file: string;
  private damaged = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(userData: string) {
    this.file = join(userData, 'settings.json');
  }

  /** The settings on disk, or the defaults when there are none or they do not read. */
  async read(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return DEFAULT_SETTINGS;
      throw error;
    }
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: handled below like any other damage.
    }
    this.damaged = true;
    return DEFAULT_SETTINGS;
  }

  /** Changes settings and saves them; one save at a time, each from the file's latest state. */
  update(patch: Partial<Omit<Settings, 'settingsVersion'>>): Promise<Settings> {
    const run = this.queue.then(async () => {
      const next: Settings = settingsSchema.parse({ ...(await this.read()), ...patch });
      await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
      if (this.damaged) {
        await rename(this.file, `${this.file}.damaged`).catch(() => undefined);
        this.damaged = false;
      }
      await writeFileDurably(this.file, new TextEncoder().encode(`${JSON.stringify(next, null, 2)}\n`), 0o600);
      return next;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * The app's settings file (settings.json in the app data folder): read once, validated with the
 * shared schema, and rewritten whole through the durable writer (temp + fsync + rename + folder
 * fsync) on every change, so a crash leaves the old settings or the new, never a torn file. A file
 * that does not parse is kept aside as settings.json.damaged and the defaults are used: settings are
 * a convenience and must never stop the app from starting.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings';
import { writeFileDurably } from '../storage/durable';

export const SETTINGS_FILE = 'settings.json';

type Listener = (settings: Settings) => void;

export class SettingsStore {
  private current: Settings | null = null;
  /** Writes run one after another, so the file always ends with the last change. */
  private writing: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly folder: string) {}

  get path(): string {
    return join(this.folder, SETTINGS_FILE);
  }

  async get(): Promise<Settings> {
    if (!this.current) this.current = await this.read();
    return this.current;
  }

  /**
   * Applies a change, writes it durably, tells every listener; resolves to the new settings. Main's
   * own callers may set any setting; the IPC door admits only what settingsPatchSchema lets a window change.
   */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...(await this.get()), ...patch });
    this.current = next;
    const bytes = new TextEncoder().encode(`${JSON.stringify(next, null, 2)}\n`);
    const write = this.writing.then(async () => {
      await mkdir(this.folder, { recursive: true, mode: 0o700 });
      await writeFileDurably(this.path, bytes, 0o600);
    });
    // A failed write must not stop later ones; this caller still hears about it.
    this.writing = write.catch(() => undefined);
    await write;
    for (const listener of this.listeners) listener(next);
    return next;
  }

  /** Called after every change (the shell applies the theme and the update mode; windows are told). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async read(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return DEFAULT_SETTINGS;
    }
    try {
      // Defaults first: a file from an older app that lacks a newer setting still loads.
      return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...(JSON.parse(text) as object) });
    } catch {
      await rename(this.path, `${this.path}.damaged`).catch(() => undefined);
      return DEFAULT_SETTINGS;
    }
  }
}

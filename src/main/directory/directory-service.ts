/**
 * The organization directory the app uses: the file chosen in the app's settings, opened on first
 * need and kept open (one store per file, in main). Every window's actions go through this one
 * service, so two programs open side by side edit the same directory.
 */
import { basename, dirname, resolve } from 'node:path';
import type { SettingsStore } from '../settings/settings-store';
import { DIRECTORY_EXTENSION, DirectoryStore } from './directory-file';

export interface DirectoryInfo {
  /** Whose directory: the name written in the file. */
  name: string;
  fileName: string;
  folder: string;
}

export class DirectoryService {
  private store: DirectoryStore | null = null;

  constructor(readonly settings: SettingsStore) {}

  /** The chosen directory, opened on first need; null when none is chosen. Throws (StorageError) when the chosen file does not load. */
  async current(): Promise<DirectoryStore | null> {
    const { directoryPath } = await this.settings.get();
    if (!directoryPath) return (this.store = null);
    if (this.store && this.store.path === resolve(directoryPath)) return this.store;
    this.store = await DirectoryStore.open(directoryPath);
    return this.store;
  }

  /** Uses an existing directory file from now on (it must load). */
  async use(path: string): Promise<DirectoryStore> {
    const store = await DirectoryStore.open(path);
    await this.settings.update({ directoryPath: store.path });
    this.store = store;
    return store;
  }

  /** Creates a new, empty directory file and uses it. */
  async create(path: string, name: string): Promise<DirectoryStore> {
    const store = await DirectoryStore.create(withDirectoryExtension(path), name);
    await this.settings.update({ directoryPath: store.path });
    this.store = store;
    return store;
  }

  static info(store: DirectoryStore): DirectoryInfo {
    return { name: store.directory.name, fileName: basename(store.path), folder: dirname(store.path) };
  }
}

/** Save dialogs on Linux return the typed name as is: make sure a directory file ends in .ivlp-directory.json. */
export function withDirectoryExtension(path: string): string {
  return path.toLowerCase().endsWith(DIRECTORY_EXTENSION) ? path : `${path.replace(/\.json$/i, '')}${DIRECTORY_EXTENSION}`;
}

/**
 * The organization directory: which file the app uses (chosen in its settings), its entries, saving
 * an entry and importing programs into it. Saving tells every window (onDirectoryChanged): each
 * reads the directory again and works out what it offers its own program (shared/directory/offer.ts);
 * nothing changes in a program until its planner accepts, and then as an ordinary edit.
 */
import { basename } from 'node:path';
import type { DirectoryState } from '../../shared/ipc/contract';
import { importPrograms, type Directory } from '../../shared/directory/index';
import type { Program } from '../../shared/program/schema';
import { AppError } from '../../shared/errors';
import type { DocumentRegistry } from '../documents/registry';
import { DirectoryService } from '../directory/directory-service';
import type { DirectoryStore } from '../directory/directory-file';
import type { Dialogs, EventSink } from '../services';
import { readProgramFile } from '../storage/program-file';
import type { ActionTable } from './table';

export interface DirectoryActionDeps {
  documents: DocumentRegistry;
  dialogs: Dialogs;
  events: EventSink;
  directory: DirectoryService;
}

type DirectoryMethods = 'getDirectory' | 'openDirectory' | 'createDirectory' | 'saveDirectoryEntry' | 'importToDirectory';

function stateOf(store: DirectoryStore | null, problem: string | null = null): DirectoryState {
  return { info: store ? DirectoryService.info(store) : null, directory: store ? store.directory : null, problem };
}

export function directoryActions({ documents, dialogs, events, directory }: DirectoryActionDeps): ActionTable<DirectoryMethods> {
  /** The directory in use, or an error a planner can act on. */
  const required = async (): Promise<DirectoryStore> => {
    const store = await directory.current();
    if (!store) throw new AppError('NOT_FOUND', 'No organization directory is chosen yet. Open or create one in Settings.');
    return store;
  };
  const changed = (saved: Directory) => {
    for (const windowId of documents.windowIds()) events.send(windowId, 'onDirectoryChanged', { name: saved.name });
  };

  return {
    getDirectory: async () => {
      try {
        return stateOf(await directory.current());
      } catch (error) {
        const { directoryPath } = await directory.settings.get();
        return { info: null, directory: null, problem: `${directoryPath ? basename(directoryPath) : 'The directory'} cannot be used: ${error instanceof Error ? error.message : String(error)}` };
      }
    },

    openDirectory: async (_args, { windowId }) => {
      const path = await dialogs.chooseDirectoryToOpen(windowId);
      if (!path) return null;
      const store = await directory.use(path);
      changed(store.directory);
      return stateOf(store);
    },

    createDirectory: async (_args, { windowId }) => {
      const path = await dialogs.chooseDirectorySavePath(windowId, 'Organization directory');
      if (!path) return null;
      const name = basename(path).replace(/\.ivlp-directory\.json$|\.json$/i, '') || 'Organization directory';
      const store = await directory.create(path, name);
      changed(store.directory);
      return stateOf(store);
    },

    saveDirectoryEntry: async ({ entry }) => {
      const store = await required();
      const saved = await store.update((current) => {
        if (entry.kind === 'venue') {
          const exists = current.venues.some((v) => v.id === entry.venue.id);
          return { ...current, venues: exists ? current.venues.map((v) => (v.id === entry.venue.id ? entry.venue : v)) : [...current.venues, entry.venue] };
        }
        const exists = current.hosts.some((h) => h.id === entry.host.id);
        return { ...current, hosts: exists ? current.hosts.map((h) => (h.id === entry.host.id ? entry.host : h)) : [...current.hosts, entry.host] };
      });
      changed(saved);
      return stateOf(store);
    },

    importToDirectory: async ({ docId, alsoFiles }, { windowId }) => {
      const store = await required();
      const programs: Program[] = [documents.docFor(windowId, docId).program];
      if (alsoFiles) {
        const paths = await dialogs.chooseProgramsToImport(windowId);
        if (paths.length === 0) return null;
        // Each file is read exactly as the app opens it (migrated, strictly checked); one that does not load stops the import.
        for (const path of paths) programs.push((await readProgramFile(path)).program);
      }
      let counts = { added: { venues: 0, hosts: 0 }, known: { venues: 0, hosts: 0 } };
      const saved = await store.update((current) => {
        const result = importPrograms(current, programs);
        counts = { added: result.added, known: result.known };
        return result.directory;
      });
      if (counts.added.venues + counts.added.hosts > 0) changed(saved);
      return { ...counts, programs: programs.length };
    },
  };
}

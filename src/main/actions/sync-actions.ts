/**
 * Team planning: share the window's program on a sync server, join a shared program as a new file,
 * read the sync state, settle a conflict (docs/team-planning.md). The work is the sync layer's
 * (src/main/sync); these actions check the window's document and show the dialogs.
 */
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import type { SyncStatus, TeamProgress } from '../../shared/ipc/contract';
import { withProgramExtension, writeProgramTo } from '../documents/opening';
import type { OpenDocument } from '../documents/open-document';
import type { DocumentRegistry } from '../documents/registry';
import type { Dialogs, EventSink } from '../services';
import type { SyncManager } from '../sync/manager';
import type { ActionTable } from './table';

type SyncMethods = 'shareProgram' | 'joinProgram' | 'getSyncState' | 'chooseSyncValue';

export interface SyncActionDeps {
  documents: DocumentRegistry;
  dialogs: Dialogs;
  events: EventSink;
  sync: SyncManager;
  /** Applies a command to a document as a change that is not the planner's own edit (not undoable). */
  applyOutsideHistory(doc: OpenDocument, command: Parameters<OpenDocument['applyRemote']>[0]): void;
}

export function syncStatusOf(sync: SyncManager, doc: OpenDocument): SyncStatus | null {
  if (!doc.program.shared) return null;
  const session = sync.session(doc);
  return { state: session?.state() ?? null, failure: session ? null : sync.failure(doc) };
}

export function syncActions({ documents, dialogs, events, sync, applyOutsideHistory }: SyncActionDeps): ActionTable<SyncMethods> {
  /** Progress of a share or join, to the window that asked (its dialog shows the steps). */
  const progressTo = (windowId: number, operation: TeamProgress['operation']) => (step: TeamProgress['step'], activities: number) =>
    events.send(windowId, 'onTeamProgress', { operation, step, activities });
  return {
    shareProgram: async ({ docId, server, token }, { windowId }) => {
      const doc = documents.docFor(windowId, docId);
      if (doc.program.shared) throw new AppError('INVALID', `This program is already shared at ${doc.program.shared.address}.`);
      if (doc.readOnlyReason) throw new AppError('READ_ONLY', doc.readOnlyReason);
      const progress = progressTo(windowId, 'share');
      const { shared, replica } = await sync.share(doc.program, server, token, progress);
      const ok = await replica.waitInStep(60_000);
      const heads = replica.heads();
      replica.close();
      if (!ok) throw new AppError('SYNC_UNREACHABLE', 'The server did not confirm it holds the whole program; check the connection and share again (nothing on this computer changed).');
      progress('saving', doc.program.activities.length);
      applyOutsideHistory(doc, { type: 'program/set-shared', shared });
      await doc.flush();
      await sync.recordFile(doc.path, shared.address, doc.program, heads);
      await sync.attach(doc);
      return { address: shared.address };
    },

    joinProgram: async ({ address, token }, { windowId }) => {
      const progress = progressTo(windowId, 'join');
      const { program, heads } = await sync.join(address, token, progress);
      progress('saving', program.activities.length);
      const path = await dialogs.chooseProgramSavePath(`${program.title}.ivlp.json`);
      if (!path) return null;
      const target = withProgramExtension(path);
      await writeProgramTo(target, program);
      await sync.recordFile(target, program.shared?.address ?? address, program, heads);
      return documents.open(windowId, target);
    },

    getSyncState: async ({ docId }, { windowId }) => syncStatusOf(sync, documents.docFor(windowId, docId)),

    chooseSyncValue: async ({ docId, conflictId, valueIndex }, { windowId }) => {
      const doc = documents.docFor(windowId, docId);
      const session = sync.session(doc);
      if (!session) throw new AppError('NOT_FOUND', `${basename(doc.path)} is not syncing with its team right now.`);
      session.choose(conflictId, valueIndex);
      return syncStatusOf(sync, doc);
    },
  };
}

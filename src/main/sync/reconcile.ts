/**
 * Brings a shared program's file and this computer's replica into step, before syncing goes on:
 * the one place that decides what in a file is the planner's own unsynced work (docs/team-planning.md).
 */
import { serializeProgram } from '../../shared/program/load';
import type { Program } from '../../shared/program/schema';
import { same } from '../../shared/sync/merge-command';
import { textHash, type FileSyncRecord } from './file-state';
import type { ReplicaHeads } from './docs';
import type { ProgramReplica } from './replica';

export interface Reconciled {
  /** The program the file should hold now: the shared program, with the file's own work in it. */
  program: Program;
  /** Work in the file this copy could not share (a partner's or viewer's file edited by hand), kept beside it. */
  aside: Program | null;
  /** Whether the file held work of its own that was written into the shared program. */
  pushed: boolean;
}

const withoutLocal = (program: Program) => ({ ...program, shared: null });

/**
 * `fileProgram` is what the file holds; `record` what it held when it was last in step (null when
 * never, or the record was lost).
 */
export function reconcile(replica: ProgramReplica, fileProgram: Program, record: FileSyncRecord | null): Reconciled {
  const local = { id: fileProgram.id, schemaVersion: fileProgram.schemaVersion, shared: fileProgram.shared };
  let pushed = false;
  let aside: Program | null = null;
  if (record && record.hash === textHash(serializeProgram(fileProgram))) {
    // The file is exactly what was saved in step: nothing of its own to share.
  } else if (record) {
    const base = replica.read(local, record.heads as unknown as ReplicaHeads).program;
    if (!same(withoutLocal(base), withoutLocal(fileProgram))) {
      if (replica.member.role === 'planner') {
        replica.write(base, fileProgram);
        pushed = true;
      } else {
        aside = fileProgram;
      }
    }
  } else {
    const current = replica.read(local).program;
    if (!same(withoutLocal(current), withoutLocal(fileProgram))) aside = fileProgram;
  }
  return { program: replica.read(local).program, aside, pushed };
}

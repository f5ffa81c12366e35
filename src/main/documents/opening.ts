/**
 * Opening, creating and copying program files for the core: the file-system side of documents
 * (locks, journals, recent list, first-run sample copy) kept apart from the window bookkeeping.
 */
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { loadProgramText, serializeProgram } from '../../shared/program/load';
import type { Program } from '../../shared/program/schema';
import { isProgramFileName, PROGRAM_EXTENSION, programBaseName } from '../security/program-path';
import type { AppPaths, Clock, Identity } from '../services';
import { acquireLock } from '../storage/lock';
import type { RecoveryJournal } from '../storage/journal';
import { backupPathOf, hashBytes, readProgramFile, sweepStaleTempsBeside, writeProgramFile } from '../storage/program-file';
import { ProgramFileStore } from '../storage/program-file-store';
import { readRegularFile } from '../storage/regular-file';
import { refusalOf } from '../../shared/sync/roles';
import { OpenDocument, type LockInfo } from './open-document';

export { PROGRAM_EXTENSION };

export interface OpeningDeps {
  paths: AppPaths;
  identity: Identity;
  journal: RecoveryJournal;
  clock: Clock;
}

let nextDocNumber = 1;

/** Opens a file as a document: loads it strictly, takes the lock, and looks for a newer journal. */
export async function openDocumentAt(path: string, deps: OpeningDeps, onChange: (doc: OpenDocument) => void): Promise<OpenDocument> {
  // Temp files a crashed save of ours left beside the program (never anyone else's: see removeStaleTemps).
  await sweepStaleTempsBeside(path);
  const store = await ProgramFileStore.open(path);
  const lock = store.readOnlyReason ? noLock() : await lockFor(path, deps.identity);
  const doc = new OpenDocument({ docId: `doc-${nextDocNumber++}`, store, journal: deps.journal, clock: deps.clock, lock, onChange });
  // A partner's or viewer's copy of a shared program refuses what the role may not change, online or
  // not: the server would refuse it anyway, and the planner learns why at once.
  const shared = store.program.shared;
  if (shared && shared.role !== 'planner') {
    const member = { id: '', name: shared.member, role: shared.role, cityId: shared.cityId };
    doc.guard = (command, program) => refusalOf(member, command, program);
  }
  const journaled = await deps.journal.read(path);
  if (journaled && journaled.text !== serializeProgram(store.program) && loadProgramText(journaled.text).ok) {
    doc.recovery = { text: journaled.text, journaledAt: journaled.journaledAt, baseHash: journaled.baseHash };
  }
  return doc;
}

/** The lock of a program file, or the other planner who holds it. */
export async function lockFor(path: string, identity: Identity): Promise<LockInfo> {
  const result = await acquireLock(path, identity);
  if (result.acquired) {
    const held = result.lock;
    return { holder: null, release: () => held.release(), refresh: () => held.refresh() };
  }
  const { user, host, since } = result.holder;
  return { holder: { user, host, since }, release: async () => undefined, refresh: async () => undefined };
}

export function noLock(): LockInfo {
  return { holder: null, release: async () => undefined, refresh: async () => undefined };
}

/** Writes a program to a path chosen in a save dialog; the OS dialog already confirmed replacing a file. */
export async function writeProgramTo(path: string, program: Program): Promise<void> {
  const expectedHash = existsSync(path) ? hashBytes((await readRegularFile(path)).bytes) : null;
  await writeProgramFile(path, serializeProgram(program), { expectedHash });
}

/** Save dialogs on Linux return the typed name as is: make sure a program file ends in .ivlp (or keeps .ivlp.json). */
export function withProgramExtension(path: string): string {
  return isProgramFileName(path) ? path : `${path.replace(/\.json$/i, '')}${PROGRAM_EXTENSION}`;
}

/** A path beside `path` that does not exist yet: "<name> (<suffix>).ivlp", numbered if needed; an old-style name keeps .ivlp.json. */
export function siblingPath(path: string, suffix: string): string {
  const folder = dirname(path);
  const base = programBaseName(basename(path));
  const extension = /\.ivlp\.json$/i.test(path) ? '.ivlp.json' : PROGRAM_EXTENSION;
  for (let n = 1; ; n++) {
    const candidate = join(folder, `${base} (${suffix}${n > 1 ? ` ${n}` : ''})${extension}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * The first-run program: a copy of the bundled sample in the user's documents. An existing copy is
 * the user's own work by now, so it is opened, never replaced.
 */
export async function firstRunSampleCopy(paths: AppPaths): Promise<string> {
  const folder = join(paths.documents, 'IVLP Planner');
  const target = join(folder, `TMSSW 2024 sample${PROGRAM_EXTENSION}`);
  await mkdir(folder, { recursive: true });
  if (!existsSync(target)) await copyFile(paths.sampleProgram, target, constants.COPYFILE_EXCL);
  return target;
}

/** A copy of the sample's directory beside the first-run sample (an existing one is the planner's by now, and kept); null without one. */
export async function firstRunSampleDirectory(paths: AppPaths): Promise<string | null> {
  if (!paths.sampleDirectory) return null;
  const target = join(paths.documents, 'IVLP Planner', 'Meridian directory (sample).ivlp-directory.json');
  await mkdir(dirname(target), { recursive: true });
  if (!existsSync(target)) await copyFile(paths.sampleDirectory, target, constants.COPYFILE_EXCL);
  return target;
}

/** A sentence about the backup of a file that failed to load, or '' when there is none usable. */
export async function backupHint(path: string): Promise<string> {
  const backup = backupPathOf(path);
  try {
    await readProgramFile(backup);
    const saved = (await stat(backup)).mtime;
    return ` A backup saved ${saved.toISOString().slice(0, 16).replace('T', ' ')} UTC loads correctly: choose “Open backup copy” to open it as a new file (the damaged file is left as it is).`;
  } catch {
    return '';
  }
}

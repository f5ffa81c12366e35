/**
 * Whether a program file may be saved in place. Two checks, because neither is enough alone:
 * - access(W_OK) asks the operating system about the current user (ACLs, read-only mounts, group
 *   bits), but it always says yes to root and to Windows administrators for a file the planner
 *   deliberately marked read-only;
 * - the permission bits record that mark (`chmod a-w`; Windows' Read-only attribute shows up as a
 *   mode without write bits), so a file or folder with no write bit at all is treated as read-only
 *   even when the current user could force a write. We never chmod to get around it.
 * Windows folders are exempt from the bit check: Explorer sets their Read-only attribute for its own
 * purposes and Windows itself ignores it for folders.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

const NO_WRITE_BITS = 0o222;

/** Why a file or its folder blocks saving: `file` maps to READ_ONLY, `folder` to PERMISSION_DENIED. */
export interface WriteBlock {
  kind: 'file' | 'folder';
  reason: string;
}

async function canAccessForWrite(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether the permission bits carry no write permission for anyone. */
export function markedReadOnly(mode: number): boolean {
  return (mode & NO_WRITE_BITS) === 0;
}

/** Why the existing file `path` cannot be replaced in place, or null when it can. */
export async function fileWriteBlock(path: string, mode?: number): Promise<WriteBlock | null> {
  const name = basename(path);
  if (markedReadOnly(mode ?? (await stat(path)).mode)) {
    return { kind: 'file', reason: `${name} is marked read-only, so changes cannot be saved to it. Use Save a Copy, or clear its read-only setting.` };
  }
  // Independent checks, run together: each is a thread-pool round trip on the open and save paths.
  const [writable, folderBlock] = await Promise.all([canAccessForWrite(path), folderWriteBlock(dirname(path), name)]);
  if (!writable) {
    return { kind: 'file', reason: `You do not have permission to change ${name}. Use Save a Copy, or ask for write access.` };
  }
  return folderBlock;
}

/**
 * Why files named `name` cannot be created or replaced in `folder`, or null. Saving always creates a
 * temp file and renames it, so a writable file in a read-only folder still cannot be saved safely.
 */
export async function folderWriteBlock(folder: string, name: string): Promise<WriteBlock | null> {
  const [st, writable] = await Promise.all([stat(folder), canAccessForWrite(folder)]);
  const bitsSayNo = process.platform !== 'win32' && markedReadOnly(st.mode);
  if (bitsSayNo || !writable) {
    return {
      kind: 'folder',
      reason: `The folder ${folder} is read-only for you, so ${name} cannot be saved there. Use Save a Copy to keep your changes somewhere else.`,
    };
  }
  return null;
}

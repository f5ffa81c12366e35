/**
 * Where automerge-repo keeps documents on disk, for the sync server and for each app's replica.
 * The stock Node adapter writes chunk files in place with no fsync: a crash mid-write leaves a
 * truncated chunk, and one bad chunk stops the whole document from loading. Here every chunk is
 * written like a program file (temp, fsync, rename, folder fsync: storage/durable.ts), and a chunk
 * that fails its own checksum on load (a disk fault, a hand edit) is moved to a quarantine folder
 * beside the store instead of failing the document: what it held is sent again by every member
 * who has it, so nothing is lost (docs/team-planning.md).
 *
 * Keys are automerge-repo's: [documentId, "snapshot" | "incremental" | "sync-state", hash], and
 * ["storage-adapter-id"] for the store's own id.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo';
import { TEMP_SUFFIX, writeFileDurably } from '../storage/durable';

const MAGIC = [0x85, 0x6f, 0x4a, 0x83];
/** Compressed change chunks carry the checksum of their uncompressed form: only their framing is checked. */
const COMPRESSED_CHANGE = 2;

function leb128(bytes: Uint8Array, at: number): { value: number; next: number } | null {
  let value = 0;
  let shift = 0;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return { value, next: i + 1 };
    shift += 7;
    if (shift > 49) return null;
  }
  return null;
}

/**
 * Why bytes are not a sequence of whole Automerge chunks, or null when they are: each chunk is a
 * magic number, the first 4 bytes of the SHA-256 of its type, length and content, its type, its
 * length and its content.
 */
export function automergeChunkProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty';
  let at = 0;
  for (let n = 0; at < bytes.length; n++) {
    if (!MAGIC.every((byte, k) => bytes[at + k] === byte)) return `chunk ${n} does not start like an Automerge chunk`;
    const typeAt = at + 8;
    const length = leb128(bytes, typeAt + 1);
    if (!length) return `chunk ${n} has no readable length`;
    const end = length.next + length.value;
    if (end > bytes.length) return `chunk ${n} is cut short`;
    if (bytes[typeAt] !== COMPRESSED_CHANGE) {
      const hash = createHash('sha256').update(bytes.subarray(typeAt, end)).digest();
      if (!MAGIC.every((_, k) => hash[k] === bytes[at + 4 + k])) return `chunk ${n} fails its checksum`;
    }
    at = end;
  }
  return null;
}

export class DurableFileStorage implements StorageAdapterInterface {
  readonly quarantine: string;
  /** Reads of one file can overlap (two requests for a document): it is set aside and told of once. */
  private readonly setAside = new Set<string>();
  private readonly writing = new Set<Promise<void>>();
  private closed = false;

  constructor(
    readonly dir: string,
    /** Told of each chunk set aside (the server counts them; the log says which, never what). */
    private readonly onUnreadable: (file: string, why: string) => void = () => undefined,
  ) {
    this.quarantine = `${dir}.quarantine`;
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    return this.read(this.pathOf(key), key);
  }

  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    // automerge-repo saves a peer's sync state on a timer that can fire after shutdown. A sync state
    // only spares a peer a full exchange next time, and after close the folder may be gone (an app
    // quitting, a test cleaning up): drop it. Documents' own chunks are always written.
    if (this.closed && key[1] === 'sync-state') return;
    const path = this.pathOf(key);
    const write = (async () => {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await writeFileDurably(path, data, 0o600);
    })();
    this.writing.add(write);
    try {
      await write;
    } finally {
      this.writing.delete(write);
    }
  }

  /** Waits for the writes under way; later sync-state writes are dropped (see save). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled(this.writing);
  }

  async remove(key: StorageKey): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: { code?: string }) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const files = await walk(this.pathOf(prefix));
    const chunks: Chunk[] = [];
    for (const file of files) {
      // A temp file of a write that never finished is not a chunk (it was never renamed into place).
      if (basename(file).endsWith(TEMP_SUFFIX)) continue;
      const key = this.keyOf(file);
      const data = await this.read(file, key);
      if (data) chunks.push({ key, data });
    }
    return chunks;
  }

  async removeRange(prefix: StorageKey): Promise<void> {
    await rm(this.pathOf(prefix), { recursive: true, force: true });
  }

  private pathOf(key: StorageKey): string {
    const [first = '', ...rest] = key;
    return join(this.dir, first.slice(0, 2), first.slice(2), ...rest);
  }

  private keyOf(file: string): StorageKey {
    const [a = '', b = '', ...rest] = relative(this.dir, file).split(sep);
    return [`${a}${b}`, ...rest];
  }

  private async read(path: string, key: StorageKey): Promise<Uint8Array | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return undefined;
      throw error;
    }
    // Only documents' chunks carry checksums; sync states and the store's own id are automerge-repo's encodings.
    const problem = key[1] === 'snapshot' || key[1] === 'incremental' ? automergeChunkProblem(bytes) : null;
    if (!problem) return bytes;
    if (this.setAside.has(path)) return undefined;
    this.setAside.add(path);
    const aside = join(this.quarantine, relative(this.dir, path));
    await mkdir(dirname(aside), { recursive: true, mode: 0o700 });
    await rename(path, aside).catch(() => unlink(path).catch(() => undefined));
    this.onUnreadable(relative(this.dir, path), problem);
    return undefined;
  }
}

async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT' || (error as { code?: string }).code === 'ENOTDIR') return [];
    throw error;
  }
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

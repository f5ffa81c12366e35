import * as A from '@automerge/automerge';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { automergeChunkProblem, DurableFileStorage } from '../../../../src/main/sync/storage';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function document() {
  let doc = A.from({ items: {} as Record<string, unknown> });
  for (let i = 0; i < 50; i++) doc = A.change(doc, (d) => void (d.items[`k${i}`] = new A.ImmutableString(`value ${i}`)));
  return doc;
}

describe('the durable store of shared documents', () => {
  it('reads whole Automerge chunks (snapshots, changes, several in one file) and names what is wrong with damaged ones', () => {
    const doc = document();
    const full = A.save(doc);
    const next = A.change(doc, (d) => void (d.items['z'] = 1));
    const since = A.saveSince(next, A.getHeads(doc));
    expect(automergeChunkProblem(full)).toBeNull();
    expect(automergeChunkProblem(since)).toBeNull();
    expect(automergeChunkProblem(new Uint8Array([...full, ...since]))).toBeNull();
    expect(automergeChunkProblem(full.slice(0, full.length - 7))).toBe('chunk 0 is cut short');
    const flipped = full.slice();
    flipped[Math.floor(flipped.length / 2)]! ^= 0x55;
    expect(automergeChunkProblem(flipped)).toBe('chunk 0 fails its checksum');
    expect(automergeChunkProblem(new TextEncoder().encode('{"not":"automerge"}'))).toBe('chunk 0 does not start like an Automerge chunk');
  });

  it('saves through temp + rename (no temp file left) and sets a damaged chunk aside instead of failing the document', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ivlp-store-'));
    const set: string[] = [];
    const store = new DurableFileStorage(join(dir, 'docs'), (file, why) => set.push(`${file}: ${why}`));
    const doc = document();
    const id = '4NMNnkMhL8jXrkKItk3kHKQd7e8V';
    await store.save([id, 'snapshot', 'aaa'], A.save(doc));
    const next = A.change(doc, (d) => void (d.items['z'] = 1));
    await store.save([id, 'incremental', 'bbb'], A.saveSince(next, A.getHeads(doc)));
    const folder = join(dir, 'docs', id.slice(0, 2), id.slice(2));
    expect((await readdir(join(folder, 'snapshot'))).sort()).toEqual(['aaa']);
    // A crash mid-write leaves a temp file, which is not a chunk; a disk fault damages another.
    await writeFile(join(folder, 'incremental', '.bbb.999.deadbeef.ivlp-tmp'), 'half a chunk');
    const damaged = A.save(next).slice(0, 40);
    await writeFile(join(folder, 'incremental', 'ccc'), damaged);
    const chunks = await store.loadRange([id]);
    expect(chunks.map((c) => c.key.join('/')).sort()).toEqual([`${id}/incremental/bbb`, `${id}/snapshot/aaa`]);
    expect(set).toEqual([`${id.slice(0, 2)}/${id.slice(2)}/incremental/ccc: chunk 0 is cut short`]);
    // The store's own id is automerge-repo's encoding, not a chunk: it is read as it is.
    await store.save(['storage-adapter-id'], new TextEncoder().encode('0b8b2d0c-9d0f-4ad8-9b6e-3f1c4a7d2e10'));
    expect(new TextDecoder().decode(await store.load(['storage-adapter-id']))).toBe('0b8b2d0c-9d0f-4ad8-9b6e-3f1c4a7d2e10');
    // The damaged chunk is kept, out of the way, not deleted.
    expect(await readFile(join(dir, 'docs.quarantine', id.slice(0, 2), id.slice(2), 'incremental', 'ccc'))).toEqual(Buffer.from(damaged));
    // What is left loads into the document it was.
    const loaded = A.loadIncremental(A.init<{ items: Record<string, unknown> }>(), new Uint8Array(Buffer.concat(chunks.map((c) => c.data!))));
    expect(loaded.items['z']).toBe(1);
  });

  it('after close, waits for writes under way, drops a late sync state (the folder may be gone) and still writes documents', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ivlp-store-'));
    const store = new DurableFileStorage(join(dir, 'docs'));
    const bytes = A.save(document());
    const pending = store.save(['4NMNnkMhL8jXrdJ9jamS58PAVdXu', 'snapshot', 'a'], bytes);
    await store.close();
    // The write under way finished before close resolved.
    expect(await readFile(join(dir, 'docs', '4N', 'MNnkMhL8jXrdJ9jamS58PAVdXu', 'snapshot', 'a'))).toEqual(Buffer.from(bytes));
    await pending;
    await rm(dir, { recursive: true, force: true });
    await expect(store.save(['4NMNnkMhL8jXrdJ9jamS58PAVdXu', 'sync-state', 'peer'], new Uint8Array([1, 2, 3]))).resolves.toBeUndefined();
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
    await store.save(['4NMNnkMhL8jXrdJ9jamS58PAVdXu', 'incremental', 'b'], bytes);
    expect(await readFile(join(dir, 'docs', '4N', 'MNnkMhL8jXrdJ9jamS58PAVdXu', 'incremental', 'b'))).toEqual(Buffer.from(bytes));
  });
});

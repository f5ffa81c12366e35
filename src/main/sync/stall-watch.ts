/**
 * A guard against a send that never happens. automerge-repo sends a document's changes from a
 * throttled listener on the document's "change" event; under load, after the server restarted,
 * we have seen that send not run for a change (the change stays on this computer, the server is
 * never told, and the copy looks "connected" for good: tests/unit/main/sync/session.offline.test.ts
 * failed one run in three on a loaded 2-core machine). automerge-repo has open reports of the same
 * class (sync that stalls until the next change: automerge-repo#209, #368).
 *
 * So while connected, every document whose heads and the server's last known heads stay apart,
 * unchanged, for `stallMs` is synced again from the start (DocSynchronizer.beginSync: what a
 * reconnection does, for that document only). A slow transfer that makes progress changes the
 * heads on one side or the other and is left alone; the wait doubles after each restart, so a
 * document the server is slow to take is not sent again and again.
 */
import type { DocumentId, Repo } from '@automerge/automerge-repo';

export interface StallWatchOptions {
  /** How often to look (ms). */
  everyMs?: number;
  /** How long heads may stay apart, unchanged, before the document is synced again (ms). */
  stallMs?: number;
  /** Told of each restart (the log counts them; never what the document holds). */
  onRestart?: (documentId: string) => void;
}

const MAX_WAIT_MS = 120_000;

export function watchStalls(repo: Repo, connected: () => boolean, options: StallWatchOptions = {}): () => void {
  const everyMs = options.everyMs ?? 2000;
  const stallMs = options.stallMs ?? 5000;
  const apart = new Map<string, { key: string; since: number; wait: number }>();
  const timer = setInterval(() => {
    const peer = repo.peers[0];
    const storageId = peer ? repo.getStorageIdOfPeer(peer) : undefined;
    if (!connected() || !peer || !storageId) return apart.clear();
    const now = Date.now();
    for (const handle of Object.values(repo.handles)) {
      if (!handle.isReady()) continue;
      const id = handle.documentId;
      const ours = handle.heads();
      const theirs = handle.getSyncInfo(storageId)?.lastHeads;
      if (theirs && sameHeads(ours, theirs)) {
        apart.delete(id);
        continue;
      }
      const key = JSON.stringify([ours, theirs ?? null]);
      const seen = apart.get(id);
      if (!seen || seen.key !== key) {
        apart.set(id, { key, since: now, wait: seen?.wait ?? stallMs });
        continue;
      }
      if (now - seen.since < seen.wait) continue;
      seen.since = now;
      seen.wait = Math.min(seen.wait * 2, MAX_WAIT_MS);
      options.onRestart?.(id);
      void repo.synchronizer.docSynchronizers[id as DocumentId]?.beginSync(repo.peers);
    }
  }, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}

function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h) => b.includes(h));
}

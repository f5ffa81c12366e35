/**
 * What a merge touched, from Automerge's own diff: the entities whose stored fields changed since
 * some heads, even where the value shown did not change (a conflict the local value won). The
 * session rescans conflicts and repairs only there, so a teammate's edit costs what it changed,
 * not what the program holds.
 */
import type { DocHandle, UrlHeads } from '@automerge/automerge-repo';
import type { HostsDoc, PlanDoc, PrivateDoc, ReplicaHeads } from './docs';

export interface ReplicaHandles {
  plan: DocHandle<PlanDoc>;
  secret: DocHandle<PrivateDoc> | null;
  hosts: ReadonlyMap<string, DocHandle<HostsDoc>>;
}

/** Keys of what changed since `since`: "activities/a-12", or "program" for the program's own fields. */
export function changedSince(handles: ReplicaHandles, since: ReplicaHeads): Set<string> {
  const keys = new Set<string>();
  const fromPlanLike = (handle: DocHandle<PlanDoc> | DocHandle<PrivateDoc>, heads: UrlHeads | null) => {
    if (!heads) return;
    for (const patch of handle.diff(heads)) {
      const [root, collection, id] = patch.path;
      if (root === 'program') keys.add('program');
      else if (root === 'collections' && typeof collection === 'string' && typeof id === 'string') keys.add(`${collection}/${id}`);
    }
  };
  fromPlanLike(handles.plan, since.plan);
  if (handles.secret) fromPlanLike(handles.secret, since.private);
  for (const [city, handle] of handles.hosts) {
    const heads = since.hosts[city];
    if (!heads) continue;
    for (const patch of handle.diff(heads)) {
      const [root, id] = patch.path;
      // A hosts document holds one entry per activity: who hosts it.
      if (root === 'hosts' && typeof id === 'string') keys.add(`activities/${id}`);
    }
  }
  return keys;
}

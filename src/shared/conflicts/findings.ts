/**
 * Rules emit findings (one per person, group or activity); the store merges findings with the same
 * key into one Problem, so ten members of a group flown to the wrong city are one problem naming
 * them, not ten. The store is what makes re-checking incremental: a unit of work (a person's day, a
 * group's day, an activity) swaps its old findings for new ones, findings whose signature did not
 * change are kept as they were, and only problems whose findings changed are rebuilt.
 */
import type { Problem, RuleId, Severity } from './types';

/** The names a merged problem's message can use. */
export interface Who {
  /** Display names of the people, sorted. */
  people: readonly string[];
  /** Group names, sorted. */
  groups: readonly string[];
}

export interface Finding {
  readonly ruleId: RuleId;
  /** Findings with equal keys merge into one problem. Starts with the rule id. */
  readonly key: string;
  /** Local date (YYYY-MM-DD) for the id and the panel. */
  readonly day: string;
  readonly activityIds: readonly string[];
  readonly personIds: readonly string[];
  readonly groupIds: readonly string[];
  /** Whether person ids belong in the problem id (rules about people, not groups or activities). */
  readonly personScoped: boolean;
  /** Changes whenever anything the message or the ids depend on changes. */
  readonly sig: string;
  readonly render: (who: Who) => string;
}

/** A merge key: rule, local day, sorted activity ids and any extra discriminator. */
export function findingKey(ruleId: RuleId, day: string, activityIds: readonly string[], extra = ''): string {
  const [a = '', b] = activityIds;
  const ids = activityIds.length > 2 ? [...activityIds].sort().join('+') : b === undefined ? a : a < b ? `${a}+${b}` : `${b}+${a}`;
  return `${ruleId}/${day}${ids ? `/${ids}` : ''}${extra ? `/${extra}` : ''}`;
}

interface Merged {
  findings: Finding[];
  problem: Problem | null;
}

/** Resolves the names and severities a problem needs at build time. */
export interface StoreLookups {
  personName(id: string): string;
  groupName(id: string): string;
  severity(ruleId: RuleId): Severity | 'off';
  isDismissed(id: string): boolean;
}

export class FindingStore {
  private readonly merged = new Map<string, Merged>();
  private readonly dirty = new Set<string>();
  private list: Problem[] | null = null;
  /** Problems that appeared and disappeared since the last takeChanges (a replaced problem is both). */
  private added = new Set<Problem>();
  private removed = new Set<Problem>();

  /**
   * Replaces a unit's findings. Returns what the unit should remember: the old object wherever the
   * new finding has the same key and signature, so unchanged problems keep their identity.
   */
  swap(old: readonly Finding[] | undefined, next: readonly Finding[]): Finding[] {
    if ((!old || old.length === 0) && next.length === 0) return [];
    if (old && old.length === next.length && old.every((o, i) => o.key === next[i]?.key && o.sig === next[i]?.sig)) return old as Finding[];
    const previous = new Map<string, Finding>();
    if (old) for (const f of old) previous.set(f.key, f);
    const kept: Finding[] = [];
    for (const f of next) {
      const o = previous.get(f.key);
      if (o && o.sig === f.sig) {
        kept.push(o);
        previous.delete(f.key);
        continue;
      }
      if (o) {
        this.remove(o);
        previous.delete(f.key);
      }
      this.add(f);
      kept.push(f);
    }
    for (const o of previous.values()) this.remove(o);
    return kept;
  }

  /** Drops a unit's findings (the unit no longer exists). */
  drop(old: readonly Finding[] | undefined): void {
    if (old) for (const f of old) this.remove(f);
  }

  /** Rebuilds the problems whose findings changed; returns whether the list changed. */
  flush(lookups: StoreLookups): boolean {
    if (this.dirty.size === 0) return false;
    for (const key of this.dirty) {
      const m = this.merged.get(key);
      if (!m) continue;
      const before = m.problem;
      if (m.findings.length === 0) {
        this.merged.delete(key);
        this.record(before, null);
      } else {
        m.problem = build(m.findings, lookups);
        this.record(before, m.problem);
      }
    }
    this.dirty.clear();
    this.list = null;
    return true;
  }

  /** Every current problem (rules switched off excluded). Order: stable for unchanged problems, otherwise unspecified. */
  problems(): readonly Problem[] {
    if (!this.list) {
      const list: Problem[] = [];
      for (const m of this.merged.values()) if (m.problem) list.push(m.problem);
      this.list = list;
    }
    return this.list;
  }

  /** Re-flags dismissals without re-running any rule. */
  redismiss(isDismissed: (id: string) => boolean): void {
    let changed = false;
    for (const m of this.merged.values()) {
      const p = m.problem;
      if (p && p.dismissed !== isDismissed(p.id)) {
        m.problem = { ...p, dismissed: !p.dismissed };
        this.record(p, m.problem);
        changed = true;
      }
    }
    if (changed) this.list = null;
  }

  private add(f: Finding): void {
    let m = this.merged.get(f.key);
    if (!m) {
      m = { findings: [], problem: null };
      this.merged.set(f.key, m);
    }
    m.findings.push(f);
    this.dirty.add(f.key);
  }

  /**
   * What changed since the last call: problems gone (by object) and problems new. Lets a view of a
   * hundred thousand problems follow an edit by the handful it changed (renderer problems-model).
   */
  takeChanges(): { removed: Problem[]; added: Problem[] } {
    const changes = { removed: [...this.removed], added: [...this.added] };
    this.removed.clear();
    this.added.clear();
    return changes;
  }

  private record(before: Problem | null, after: Problem | null): void {
    // A problem made and replaced again before anyone looked was never seen: it simply goes.
    if (before && !this.added.delete(before)) this.removed.add(before);
    if (after) this.added.add(after);
  }

  private remove(f: Finding): void {
    const m = this.merged.get(f.key);
    if (!m) return;
    const i = m.findings.indexOf(f);
    if (i >= 0) {
      m.findings.splice(i, 1);
      this.dirty.add(f.key);
    }
  }
}

function build(findings: readonly Finding[], lookups: StoreLookups): Problem | null {
  const first = findings[0] as Finding;
  const severity = lookups.severity(first.ruleId);
  if (severity === 'off') return null;
  const personIds = new Set<string>();
  const groupIds = new Set<string>();
  for (const f of findings) {
    for (const id of f.personIds) personIds.add(id);
    for (const id of f.groupIds) groupIds.add(id);
  }
  const people = [...personIds].sort();
  const groups = [...groupIds].sort();
  const idEntities = [...groups, ...(first.personScoped ? people : [])].join('+');
  const id = `${first.key}${idEntities ? `/${idEntities}` : ''}`;
  const message = first.render({
    people: people.map((p) => lookups.personName(p)).sort(),
    groups: groups.map((g) => lookups.groupName(g)).sort(),
  });
  return {
    id,
    ruleId: first.ruleId,
    severity,
    message,
    day: first.day,
    activityIds: first.activityIds,
    personIds: people,
    groupIds: groups,
    dismissed: lookups.isDismissed(id),
  };
}

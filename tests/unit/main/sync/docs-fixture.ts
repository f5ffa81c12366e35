/** Shared documents held in plain Automerge (no repo, no network), for testing the mapping. */
import * as A from '@automerge/automerge';
import { emptyHosts, emptyPlan, emptyPrivate, nothing } from '../../../../src/main/sync/initial';
import { ProgramReader } from '../../../../src/main/sync/read';
import { writeChange } from '../../../../src/main/sync/write';
import type { DocSet, HostsDoc, PlanDoc, PrivateDoc } from '../../../../src/main/sync/docs';
import type { Program } from '../../../../src/shared/program/schema';

export interface Copy {
  plan: A.Doc<PlanDoc>;
  private: A.Doc<PrivateDoc> | null;
  hosts: Map<string, A.Doc<HostsDoc>>;
  reader: ProgramReader;
}

/** The documents of a program, as a planner who shared it holds them. */
export function share(program: Program): Copy {
  const copy: Copy = { plan: A.from(emptyPlan() as unknown as Record<string, unknown>) as unknown as A.Doc<PlanDoc>, private: A.from(emptyPrivate() as unknown as Record<string, unknown>) as unknown as A.Doc<PrivateDoc>, hosts: new Map(), reader: new ProgramReader() };
  for (const city of program.cities) copy.hosts.set(city.id, A.from(emptyHosts(city.id) as unknown as Record<string, unknown>) as unknown as A.Doc<HostsDoc>);
  write(copy, nothing(program), program);
  return copy;
}

/** Writes a program change into a copy's documents, as the app does after a local edit. */
export function write(copy: Copy, before: Program, after: Program, by = 'tester'): void {
  const message = JSON.stringify({ by });
  writeChange(before, after, {
    plan: (mutate) => void (copy.plan = A.change(copy.plan, { message }, mutate)),
    private: copy.private ? (mutate) => void (copy.private = A.change(copy.private!, { message }, mutate)) : null,
    hosts: (cityId) => {
      const doc = copy.hosts.get(cityId);
      return doc ? (mutate) => void copy.hosts.set(cityId, A.change(doc, { message }, mutate)) : null;
    },
  });
}

/** Another member's copy: a fork of every document (a partner's lacks private and other cities' hosts). */
export function fork(copy: Copy, role: { private: boolean; cities?: string[] } = { private: true }): Copy {
  const hosts = new Map<string, A.Doc<HostsDoc>>();
  for (const [city, doc] of copy.hosts) if (!role.cities || role.cities.includes(city)) hosts.set(city, A.clone(doc));
  return { plan: A.clone(copy.plan), private: role.private && copy.private ? A.clone(copy.private) : null, hosts, reader: new ProgramReader() };
}

/** Merges `from` into `into` (what syncing both ways does). */
export function mergeInto(into: Copy, from: Copy): void {
  into.plan = A.merge(into.plan, from.plan);
  if (into.private && from.private) into.private = A.merge(into.private, from.private);
  for (const [city, doc] of from.hosts) {
    const mine = into.hosts.get(city);
    if (mine) into.hosts.set(city, A.merge(mine, doc));
  }
}

export function docSet(copy: Copy): DocSet {
  return { plan: copy.plan, private: copy.private, hosts: copy.hosts };
}

/** The program a copy's documents hold. */
export function read(copy: Copy, local: Program) {
  return copy.reader.read(docSet(copy), local);
}

/** Empty shared documents, and the "nothing yet" program a first write is diffed against. */
import { ImmutableString } from '@automerge/automerge';
import type { Program } from '../../shared/program/schema';
import { MERGE_ORDER } from '../../shared/sync/merge-command';
import { DOC_FORMAT, type HostsDoc, type OutboxDoc, type PlanDoc, type PrivateDoc } from './docs';

export const emptyPlan = (): PlanDoc => ({ format: DOC_FORMAT, program: {}, collections: {}, dismissals: {}, issues: {} });
export const emptyPrivate = (): PrivateDoc => ({ format: DOC_FORMAT, program: {}, collections: {} });
export const emptyHosts = (cityId: string): HostsDoc => ({ format: DOC_FORMAT, cityId: new ImmutableString(cityId), hosts: {} });
export const emptyOutbox = (memberId: string): OutboxDoc => ({ format: DOC_FORMAT, member: new ImmutableString(memberId), commands: {} });

/**
 * A program with nothing in it and no field set: diffing a program against it writes every field
 * (the first share of a program).
 */
export function nothing(program: Program): Program {
  const collections = Object.fromEntries(MERGE_ORDER.map((collection) => [collection, []]));
  return { schemaVersion: program.schemaVersion, id: program.id, ...collections, dismissals: [], issues: [], shared: null } as unknown as Program;
}

/**
 * What each member may receive and send, per document (docs/team-planning.md):
 *
 * | document            | planner    | city partner            | viewer |
 * |---------------------|------------|-------------------------|--------|
 * | root, plan          | read/write | read                    | read   |
 * | private             | read/write | -                       | -      |
 * | hosts of a city     | read/write | read, its own city only | read   |
 * | outbox of a partner | read/write | read/write, its own only | -     |
 * | a document no program names yet | read/write (a planner sharing) | - | - |
 *
 * A partner's edits reach the plan only through its outbox, as commands the server checks and
 * applies (applier.ts); nothing a partner sends can write the plan directly.
 */
import type { Member } from '../shared/sync/roles';
import type { DocKind } from './programs';

export function mayRead(member: Member, doc: DocKind | undefined): boolean {
  if (member.role === 'planner') return true;
  if (!doc) return false;
  switch (doc.kind) {
    case 'root':
    case 'plan':
      return true;
    case 'private':
      return false;
    case 'hosts':
      return member.role === 'viewer' || doc.cityId === member.cityId;
    case 'outbox':
      return member.role === 'partner' && doc.memberId === member.id;
  }
}

export function mayWrite(member: Member, doc: DocKind | undefined): boolean {
  if (member.role === 'planner') return true;
  return member.role === 'partner' && doc?.kind === 'outbox' && doc.memberId === member.id;
}

/** Why a member's change to a document was refused, in words they can act on. */
export function writeRefusal(member: Member, doc: DocKind | undefined): string {
  if (member.role === 'viewer') return `${member.name} is a viewer and cannot change the program; the change was not shared with anyone.`;
  if (doc?.kind === 'outbox') return `${member.name} can send changes only through their own outbox; the change was not shared with anyone.`;
  return `${member.name} arranges their city through the program officer's server, which applies their changes after checking them; this change went around it and was not shared with anyone.`;
}

/** Creating, renaming, recoloring and deleting groups: validated here, each one labelled undoable command. */
import type { Command } from '../../../shared/commands/types';
import { colorSchema, groupSchema, type Group, type Program } from '../../../shared/program/schema';
import { uniqueId } from './ids';

// Distinct on a white calendar and for the common color blindnesses; the sample's four come first.
export const GROUP_PALETTE = ['#1f6feb', '#e8590c', '#2f9e44', '#7048e8', '#c2255c', '#0c8599', '#b08800', '#5c677d'] as const;

export type GroupEdit = { ok: true; command: Command | null } | { ok: false; error: string };

/** The first palette color no group uses yet (or the least used one once all are taken). */
export function nextGroupColor(groups: readonly Pick<Group, 'color'>[]): string {
  const uses = new Map<string, number>(GROUP_PALETTE.map((c) => [c, 0]));
  for (const g of groups) {
    const key = g.color.toLowerCase();
    if (uses.has(key)) uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  let best: string = GROUP_PALETTE[0];
  for (const color of GROUP_PALETTE) if ((uses.get(color) ?? 0) < (uses.get(best) ?? 0)) best = color;
  return best;
}

function nameProblem(name: string): string | null {
  if (!name) return 'A group needs a name';
  const parsed = groupSchema.shape.name.safeParse(name);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This name cannot be saved');
}

/** A new, empty group named `rawName`, with an unused id and the next palette color. */
export function createGroup(program: Pick<Program, 'groups'>, rawName: string): GroupEdit & { id?: string } {
  const name = rawName.trim().replace(/\s+/g, ' ');
  const problem = nameProblem(name) ?? (program.groups.some((g) => g.name.toLowerCase() === name.toLowerCase()) ? `There is already a group named “${name}”` : null);
  if (problem) return { ok: false, error: problem };
  const id = uniqueId('g', name, new Set(program.groups.map((g) => g.id)));
  const group: Group = { id, name, color: nextGroupColor(program.groups), participantIds: [], staffIds: [] };
  return { ok: true, id, command: { type: 'batch', label: `Create group ${name}`, commands: [{ type: 'entity/create', collection: 'groups', entity: group }] } };
}

/** Renames a group; the same name is no edit (null command). */
export function renameGroup(program: Pick<Program, 'groups'>, group: Group, rawName: string): GroupEdit {
  const name = rawName.trim().replace(/\s+/g, ' ');
  if (name === group.name) return { ok: true, command: null };
  const problem =
    nameProblem(name) ?? (program.groups.some((g) => g.id !== group.id && g.name.toLowerCase() === name.toLowerCase()) ? `There is already a group named “${name}”` : null);
  if (problem) return { ok: false, error: problem };
  return { ok: true, command: { type: 'batch', label: `Rename group ${group.name} to ${name}`, commands: [{ type: 'entity/update', collection: 'groups', entity: { ...group, name } }] } };
}

/** Recolors a group with a #rrggbb color (what input type=color gives); stored in lower case like the palette. */
export function recolorGroup(group: Group, rawColor: string): GroupEdit {
  const parsed = colorSchema.safeParse(rawColor.trim());
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'expected a color like #1f6feb' };
  const color = parsed.data.toLowerCase();
  if (color === group.color.toLowerCase()) return { ok: true, command: null };
  return { ok: true, command: { type: 'batch', label: `Change color of ${group.name}`, commands: [{ type: 'entity/update', collection: 'groups', entity: { ...group, color } }] } };
}

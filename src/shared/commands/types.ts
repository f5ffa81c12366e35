/**
 * Every edit to a program is one of these commands. They are plain data (zod-checked at the IPC
 * boundary), applied by the pure `applyCommand`, which also returns the command that undoes it.
 * Intent-level commands (move, resize, set attendees) say what the planner did, for undo labels and
 * change tracking; the entity-level ones (put, insert, remove) are what inverses are made of.
 */
import { z } from 'zod';
import { AppError } from '../errors';
import {
  activitySchema,
  arrangementSchema,
  statusSchema,
  dismissalSchema,
  issuedVersionSchema,
  attendeesSchema,
  COLLECTIONS,
  emergencyContactSchema,
  phaseSchema,
  plainDateSchema,
  programSettingsSchema,
  sharedProgramSchema,
  timeZoneSchema,
  zonedSchema,
  type Program,
} from '../program/schema';

const id = z.string().min(1).max(64);
const collectionSchema = z.enum(COLLECTIONS);

export const programInfoPatchSchema = z.strictObject({
  title: z.string().min(1).max(300).optional(),
  startDate: plainDateSchema.optional(),
  endDate: plainDateSchema.optional(),
  homeTimeZone: timeZoneSchema.optional(),
  description: z.string().max(20_000).optional(),
  phases: z.array(phaseSchema).optional(),
  emergencyContacts: z.array(emergencyContactSchema).optional(),
  settings: programSettingsSchema.optional(),
});
export type ProgramInfoPatch = z.infer<typeof programInfoPatchSchema>;

const leafCommandSchemas = [
  z.strictObject({ type: z.literal('activity/create'), activity: activitySchema }),
  z.strictObject({ type: z.literal('activity/update'), activity: activitySchema }),
  /** Moves the start to a new instant; the exact duration is kept (a flight keeps its block time). */
  z.strictObject({ type: z.literal('activity/move'), id, start: zonedSchema }),
  /** Sets both ends (resizing from either edge). */
  z.strictObject({ type: z.literal('activity/set-times'), id, start: zonedSchema, end: zonedSchema }),
  z.strictObject({ type: z.literal('activity/unschedule'), id }),
  z.strictObject({ type: z.literal('activity/set-attendees'), id, attendees: attendeesSchema }),
  /** Moves an activity along idea, requested, tentative, confirmed, declined, cancelled. */
  z.strictObject({ type: z.literal('activity/set-status'), id, status: statusSchema }),
  /** Sets (or clears) how an appointment is being arranged: who asks the host, when, a note. */
  z.strictObject({ type: z.literal('activity/set-arrangement'), id, arrangement: arrangementSchema.nullable() }),
  z.strictObject({ type: z.literal('activity/delete'), id }),
  z.strictObject({ type: z.literal('entity/create'), collection: collectionSchema, entity: z.unknown() }),
  z.strictObject({ type: z.literal('entity/update'), collection: collectionSchema, entity: z.unknown() }),
  /** Deletes an entity and every reference to it (group memberships, attendee lists). */
  z.strictObject({ type: z.literal('entity/delete'), collection: collectionSchema, id }),
  /** Restores an entity at a position: what undoing a delete needs to restore order exactly. */
  z.strictObject({ type: z.literal('entity/insert'), collection: collectionSchema, entity: z.unknown(), index: z.int().min(0) }),
  z.strictObject({
    type: z.literal('group/set-members'),
    groupId: id,
    participantIds: z.array(id),
    staffIds: z.array(id),
  }),
  z.strictObject({ type: z.literal('program/update-info'), patch: programInfoPatchSchema }),
  /** Records that the planner decided a problem is fine (index: where undo puts it back). */
  z.strictObject({ type: z.literal('problem/dismiss'), dismissal: dismissalSchema, index: z.int().min(0).optional() }),
  z.strictObject({ type: z.literal('problem/undismiss'), problemId: z.string().min(1).max(2000) }),
  /** Records an issued version (computed by issueSnapshot in shared/issuing); it must number after the last. */
  z.strictObject({ type: z.literal('program/issue'), issued: issuedVersionSchema }),
  /** Removes the last issued version (what undoing an issue does). */
  z.strictObject({ type: z.literal('program/unissue'), version: z.int().min(1) }),
  /**
   * What merging teammates' changes did to this copy (team planning): entities put in place or
   * removed as they are in the shared program, with no cascade (the teammate's own edit already
   * removed the references), program fields, and the lists of dismissals and issued versions when
   * they changed. Only the sync layer makes it; it never enters the undo history.
   */
  z.strictObject({
    type: z.literal('program/merge'),
    /** Who made the merged changes, for the status line. */
    by: z.array(z.string().max(300)).max(100),
    upserts: z.array(z.strictObject({ collection: collectionSchema, entity: z.unknown(), index: z.int().min(0) })).max(100_000),
    removes: z.array(z.strictObject({ collection: collectionSchema, id })).max(100_000),
    info: z.record(z.string().max(100), z.unknown()).optional(),
    dismissals: z.array(dismissalSchema).optional(),
    issues: z.array(issuedVersionSchema).optional(),
  }),
  /** Links a file to a shared program (Share…, Join…) or unlinks it; local to this copy, never shared. */
  z.strictObject({ type: z.literal('program/set-shared'), shared: sharedProgramSchema.nullable() }),
] as const;

export type LeafCommand = z.infer<(typeof leafCommandSchemas)[number]>;
export type Command = LeafCommand | { type: 'batch'; label: string; commands: Command[] };

export const commandSchema: z.ZodType<Command, Command> = z.lazy(() =>
  z.union([
    ...leafCommandSchemas,
    z.strictObject({ type: z.literal('batch'), label: z.string().max(200), commands: z.array(commandSchema).min(1).max(10_000) }),
  ]),
);

/** What applying a command gives: the new program, and the command that exactly undoes it. */
export interface Applied {
  program: Program;
  /** Applying this to `program` gives back the program the command was applied to. */
  inverse: Command;
}

export type CommandErrorCode = 'NOT_FOUND' | 'INVALID' | 'IN_USE' | 'DUPLICATE_ID';

/** A command that cannot apply to this program; the program is left as it was. */
export class CommandError extends AppError<CommandErrorCode> {}

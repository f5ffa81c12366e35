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
  timeZoneSchema,
  zonedSchema,
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
] as const;

export type LeafCommand = z.infer<(typeof leafCommandSchemas)[number]>;
export type Command = LeafCommand | { type: 'batch'; label: string; commands: Command[] };

export const commandSchema: z.ZodType<Command, Command> = z.lazy(() =>
  z.union([
    ...leafCommandSchemas,
    z.strictObject({ type: z.literal('batch'), label: z.string().max(200), commands: z.array(commandSchema).min(1).max(10_000) }),
  ]),
);

export type CommandErrorCode = 'NOT_FOUND' | 'INVALID' | 'IN_USE' | 'DUPLICATE_ID';

/** A command that cannot apply to this program; the program is left as it was. */
export class CommandError extends AppError<CommandErrorCode> {}

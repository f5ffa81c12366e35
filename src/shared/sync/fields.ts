/**
 * Who may receive which fields of a shared program (docs/team-planning.md). A shared program is
 * split into Automerge documents by sensitivity, so that a role that must not see a field never
 * receives the document holding it (filtering a document per peer is not possible):
 *
 * - the plan: everything a city partner and a viewer may see (the program's shape, people's names,
 *   positions, organizations, languages, dietary and accessibility needs, every activity);
 * - private: personal contact data and planner-only notes (planners only);
 * - hosts, one per city: the host contacts of that city's activities (planners, that city's partner,
 *   viewers).
 *
 * Every field not listed here goes to the plan. A new field that is personal (a phone, an e-mail, a
 * passport number, a date of birth) or planner-only MUST be added to PRIVATE_FIELDS when it is added
 * to the schema; a new host contact field to HOST_FIELDS.
 */
import type { CollectionName } from '../program/schema';

/** Program-level fields only planners receive. */
export const PRIVATE_PROGRAM_FIELDS: readonly string[] = ['emergencyContacts'];

/** Entity fields only planners receive, by collection. */
export const PRIVATE_FIELDS: Readonly<Partial<Record<CollectionName, readonly string[]>>> = {
  participants: ['phone', 'email', 'internalNotes'],
  staff: ['phone', 'email', 'internalNotes'],
  activities: ['internalNotes'],
  // A host family's home address and phones are a private person's data; an organization's desk
  // numbers travel with each appointment's own `host` copy (a host field) to the city's partner.
  hosts: ['contacts', 'address', 'notes'],
};

/** Entity fields kept per city (the city of the activity), by collection. */
export const HOST_FIELDS: Readonly<Partial<Record<CollectionName, readonly string[]>>> = {
  // One field per activity: a city's hosts document holds each activity's `host` contact. The
  // arranging record (`arrangement`: who asks the host, when, a note, the guests whose diets the
  // host confirmed) holds no contact data, and the city's partner and the program officer keep it
  // together, so it travels with the plan.
  activities: ['host'],
};

/** Whether a field of a collection is private (planners only). */
export function isPrivateField(collection: CollectionName, field: string): boolean {
  return PRIVATE_FIELDS[collection]?.includes(field) ?? false;
}

/** Whether a field of a collection is kept with its city's hosts. */
export function isHostField(collection: CollectionName, field: string): boolean {
  return HOST_FIELDS[collection]?.includes(field) ?? false;
}

/** Issued versions of the itineraries and what changed since (schema version 3). */
export { activitySnapshot, snapshotKey, snapshotLookups } from '../itinerary/activity-snapshot';
export { currentTravelers, issueSnapshot, nextVersionNumber, type TravelerIds } from './snapshot';
export { digestIds, resolveVersions, type ResolvedVersion } from '../program/issued-versions';
export { affectedTravelers, changesSince, describeChange, issuedVersion, whenText, type ActivityChange, type ChangeKind, type TravelerChanges } from './changes';
export { activitySequences } from '../itinerary/sequence';

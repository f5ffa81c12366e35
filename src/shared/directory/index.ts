/** The organization's directory of hosts, venues and hotels: its file format and what programs do with it. */
export * from './schema';
export { adoptHost, adoptVenue, type Adopted } from './adopt';
export { changedFields, HOST_FIELDS, VENUE_FIELDS, venueKey, hostKey, placeOf } from './entries';
export { importPrograms, type ImportResult } from './import';
export { directoryOffer, type DirectoryOffer, type OfferItem } from './offer';
export { searchDirectory, type DirectoryHit } from './search';

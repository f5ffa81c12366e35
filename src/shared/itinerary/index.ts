/** Itineraries: what each traveler, group and staff member receives, as plain data (see project.ts). */
export { attendsThrough, groupByDay, groupItinerary, participantItinerary, personName, programBook, staffItinerary } from './project';
export { dayLabel, durationLabel, issuedDateLabel, localTime, periodLabel, shortDayLabel, zoneLongName } from './format';
export * from './types';

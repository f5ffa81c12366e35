/** Itineraries: what each traveler, group and staff member receives, as plain data (see project.ts). */
export { attendsThrough, groupByDay, groupItinerary, participantItinerary, personName, staffItinerary } from './project';
export { programBook } from './book';
export { dayLabel, durationLabel, issuedDateLabel, localTime, periodLabel, shortDayLabel, zoneLongName } from './format';
export * from './types';
export { cityPacket, mealCityIds, mealSheet, partnerCityIds, type CityPacket, type GuestLine, type MealLine, type MealSheet, type PartnerGroup, type StaffGuestLine } from './partner';

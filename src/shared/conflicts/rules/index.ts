/** Every rule, by unit of work. Adding a rule: write its module, add it here and to RULE_IDS. */
import { appointmentNotConfirmed, toRebook } from './arranging';
import { cancelledInIssued, tentativeInIssued } from './issued';
import { homeHospitalityDiet, homeHospitalityGuests, homeHospitalityLanguage } from './home-hospitality';
import { interpreterCoverage } from './interpreter-coverage';
import { groupDoubleBooked } from './group-double-booked';
import { holidayOrWeekend } from './holiday-or-weekend';
import { missingHotelNight } from './missing-hotel-night';
import { noMealBreak } from './no-meal-break';
import { outsideArrivalDeparture } from './outside-arrival-departure';
import { outsideProgramDates } from './outside-program-dates';
import { personDoubleBooked } from './person-double-booked';
import { personWrongCity } from './person-wrong-city';
import type { ActivityRule, GroupDayRule, PersonDayRule, PersonRule, Rule } from './rule';
import { shortInterpretedMeeting } from './short-interpreted-meeting';
import { tooManyAppointments } from './too-many-appointments';
import { travelTime } from './travel-time';

export const PERSON_DAY_RULES: readonly PersonDayRule[] = [personDoubleBooked, personWrongCity, travelTime, outsideArrivalDeparture, noMealBreak];
export const PERSON_RULES: readonly PersonRule[] = [missingHotelNight];
export const GROUP_DAY_RULES: readonly GroupDayRule[] = [groupDoubleBooked, tooManyAppointments];
export const ACTIVITY_RULES: readonly ActivityRule[] = [
  outsideProgramDates,
  interpreterCoverage,
  shortInterpretedMeeting,
  homeHospitalityGuests,
  homeHospitalityDiet,
  homeHospitalityLanguage,
  appointmentNotConfirmed,
  toRebook,
  holidayOrWeekend,
  tentativeInIssued,
  cancelledInIssued,
];

/** All rules, for documentation and the panel's headings. */
export const RULES: readonly Rule[] = [...PERSON_DAY_RULES, ...PERSON_RULES, ...GROUP_DAY_RULES, ...ACTIVITY_RULES];

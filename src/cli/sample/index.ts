/**
 * The TMSSW 2024 sample program: 56 fictional participants from 47 countries, April 29 to May 17,
 * 2024, in Washington, four city-visit groups across five U.S. time zones, and New York. Pure and
 * deterministic: resources/samples/tmssw-2024.ivlp.json is exactly serializeProgram() of this, and a
 * test keeps the two identical.
 */
import { applyCommand } from '../../shared/commands/apply';
import { directoryOffer, emptyDirectory, importPrograms, type Directory } from '../../shared/directory/index';
import { DEFAULT_PROGRAM_SETTINGS } from '../../shared/program/factory';
import { CURRENT_SCHEMA_VERSION, type Program } from '../../shared/program/schema';
import { SampleBuilder } from './builder';
import { planBorder } from './border';
import { planCyber } from './cyber';
import { planJustice } from './justice';
import { planLogistics } from './logistics';
import { planMaritime } from './maritime';
import { planNewYork } from './new-york';
import { internationalCities, planInternational, registerInternationalAirports } from './international';
import { buildCities, registerPlaces } from './places';
import { buildParticipants } from './roster';
import { buildEmergencyContacts, buildGroups, buildStaff } from './staff';
import { planWashington } from './washington';

export { CONFERENCE_TITLE } from './new-york';

/** Builds the sample program; the same bytes every time. */
export function buildTmssw2024Sample(): Program {
  return buildSample().program;
}

/**
 * The sample program and the organization directory that goes with it: the directory is imported
 * from the program exactly as the app imports one (directory/import.ts), and the program's venues
 * and hosts are then linked to it as the app offers (directory/offer.ts).
 */
export function buildSample(): { program: Program; directory: Directory } {
  const unlinked = buildUnlinked();
  const { directory } = importPrograms(emptyDirectory('Meridian International Center'), [unlinked]);
  const link = directoryOffer(unlinked, directory).command;
  return { program: link ? applyCommand(unlinked, link).program : unlinked, directory };
}

function buildUnlinked(): Program {
  const cities = [...buildCities(), ...internationalCities()];
  const participants = buildParticipants();
  const b = new SampleBuilder(cities, 2024_04_29);
  registerPlaces(b);
  registerInternationalAirports(b);
  planWashington(b);
  planMaritime(b);
  planBorder(b);
  planCyber(b);
  planJustice(b);
  planNewYork(b);
  planLogistics(b, participants);
  planInternational(b, participants);
  const { venues, activities, hosts } = b.result();
  const visitCities = ['tampa', 'st-petersburg', 'seattle', 'phoenix', 'tucson', 'cleveland', 'austin', 'huntsville', 'salt-lake-city'];
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'tmssw-2024',
    title: 'Towards a More Safe and Secure World 2024',
    startDate: '2024-04-29',
    endDate: '2024-05-17',
    homeTimeZone: 'America/New_York',
    description:
      'International Visitor Leadership Program for judicial, law-enforcement and security officials: a plenary in Washington, D.C. hosted by the Bureaus of Educational and Cultural Affairs, International Narcotics and Law Enforcement Affairs and Diplomatic Security; city visits in four groups; and the Combating International Crime: Global Cooperation Conference in New York. Sample data: every person, phone number and address of a person is fictional.',
    phases: [
      { id: 'ph-washington', name: 'Washington, D.C.: orientation and plenary', startDate: '2024-04-29', endDate: '2024-05-03', cityIds: ['washington'] },
      { id: 'ph-city-visits', name: 'City visits', startDate: '2024-05-04', endDate: '2024-05-13', cityIds: visitCities },
      { id: 'ph-new-york', name: 'New York City: Global Cooperation Conference', startDate: '2024-05-14', endDate: '2024-05-17', cityIds: ['new-york'] },
    ],
    emergencyContacts: buildEmergencyContacts(),
    settings: DEFAULT_PROGRAM_SETTINGS,
    cities,
    venues,
    hosts,
    participants,
    staff: buildStaff(),
    groups: buildGroups(),
    activities,
    // The program officer looked at her own tight transfer in Tampa and decided it is fine; the
    // problems panel shows it under "Dismissed" with this reason.
    dismissals: [
      {
        problemId: 'travel-time/2024-05-05/a-log-005+a-log-006/s-po-whitfield',
        reason: 'Carry-on only, and the taxi rank is at the curb outside her gate: 25 minutes is enough.',
        dismissedAt: '2024-04-22T15:40:00.000Z',
      },
    ],
    issues: [],
    shared: null,
  };
}

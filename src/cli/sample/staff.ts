/** The sample's staff, its four city-visit groups and the 24-hour emergency contacts. */
import type { Group, Program, Staff, StaffRole } from '../../shared/program/schema';
import { membersOf, type GroupKey } from './roster';

interface StaffRow {
  id: string;
  role: StaffRole;
  givenName: string;
  familyName: string;
  languages: string[];
  organization: string;
}

const IMPLEMENTER = 'Meridian International Center';
const LANGUAGE_SERVICES = 'Office of Language Services contractor';

const STAFF: readonly StaffRow[] = [
  { id: 's-po-whitfield', role: 'program-officer', givenName: 'Catherine', familyName: 'Whitfield', languages: ['English', 'Spanish'], organization: IMPLEMENTER },
  { id: 's-pa-osei', role: 'program-associate', givenName: 'Daniel', familyName: 'Osei', languages: ['English', 'French'], organization: IMPLEMENTER },
  { id: 's-elo-vega', role: 'english-language-officer', givenName: 'Marisol', familyName: 'Vega', languages: ['English', 'Spanish'], organization: LANGUAGE_SERVICES },
  { id: 's-int-ortega', role: 'interpreter', givenName: 'Julián', familyName: 'Ortega', languages: ['Spanish', 'English'], organization: LANGUAGE_SERVICES },
  { id: 's-int-costa', role: 'interpreter', givenName: 'Ana Beatriz', familyName: 'Costa', languages: ['Portuguese', 'English'], organization: LANGUAGE_SERVICES },
  { id: 's-elo-brennan', role: 'english-language-officer', givenName: 'Thomas', familyName: 'Brennan', languages: ['English', 'Spanish'], organization: LANGUAGE_SERVICES },
  { id: 's-int-marquez', role: 'interpreter', givenName: 'Lucía', familyName: 'Márquez', languages: ['Spanish', 'English'], organization: LANGUAGE_SERVICES },
  { id: 's-int-echeverria', role: 'interpreter', givenName: 'Carlos', familyName: 'Echeverría', languages: ['Spanish', 'English'], organization: LANGUAGE_SERVICES },
  { id: 's-elo-hart', role: 'english-language-officer', givenName: 'Irina', familyName: 'Volkova-Hart', languages: ['English', 'Russian', 'Ukrainian'], organization: LANGUAGE_SERVICES },
  { id: 's-int-antonov', role: 'interpreter', givenName: 'Sergei', familyName: 'Antonov', languages: ['Russian', 'English'], organization: LANGUAGE_SERVICES },
  { id: 's-elo-benali', role: 'english-language-officer', givenName: 'Nadia', familyName: 'Benali', languages: ['English', 'French', 'Arabic'], organization: LANGUAGE_SERVICES },
  { id: 's-int-dubois', role: 'interpreter', givenName: 'Claire', familyName: 'Dubois-Martin', languages: ['French', 'English'], organization: LANGUAGE_SERVICES },
  { id: 's-int-lefevre', role: 'interpreter', givenName: 'Étienne', familyName: 'Lefèvre', languages: ['French', 'English'], organization: LANGUAGE_SERVICES },
  { id: 's-int-mansour', role: 'interpreter', givenName: 'Rania', familyName: 'Mansour', languages: ['Arabic', 'English'], organization: LANGUAGE_SERVICES },
];

/** The program officer: runs Washington and New York and visits two groups in between. */
export const PROGRAM_OFFICER = 's-po-whitfield';
/** The program associate: runs arrivals and goes ahead to New York to prepare the conference. */
export const PROGRAM_ASSOCIATE = 's-pa-osei';

/** Each group's travelling staff; the English Language Officer leads, interpreters cover its languages. */
export const GROUP_STAFF: Readonly<Record<GroupKey, readonly string[]>> = {
  maritime: ['s-elo-vega', 's-int-ortega', 's-int-costa'],
  border: ['s-elo-brennan', 's-int-marquez', 's-int-echeverria'],
  cyber: ['s-elo-hart', 's-int-antonov'],
  justice: ['s-elo-benali', 's-int-dubois', 's-int-lefevre', 's-int-mansour'],
};

/**
 * A member of the group's staff who can interpret `language` and is not in `taken`: interpreters
 * first, then the English Language Officer (who is bilingual), so parallel sessions never share one.
 */
export function staffFor(group: GroupKey, language: string, taken: ReadonlySet<string>): string | undefined {
  const candidates = STAFF.filter((s) => GROUP_STAFF[group].includes(s.id) && s.languages.includes(language) && !taken.has(s.id));
  return (candidates.find((s) => s.role === 'interpreter') ?? candidates[0])?.id;
}

/** Group ids by key, and the display name and calendar color of each. */
export const GROUPS: Readonly<Record<GroupKey, { id: string; name: string; color: string }>> = {
  maritime: { id: 'g-maritime', name: 'Maritime Security and IUU Fishing', color: '#1f6feb' },
  border: { id: 'g-border', name: 'Border Security and Narcotics', color: '#e8590c' },
  cyber: { id: 'g-cyber', name: 'Cybercrime and Financial Crime', color: '#2f9e44' },
  justice: { id: 'g-justice', name: 'Counterterrorism and Rule of Law', color: '#7048e8' },
};

/** The staff list, with fictional phones (703-555-01xx) and example.org addresses. */
export function buildStaff(): Staff[] {
  return STAFF.map((s, i) => ({
    id: s.id,
    givenName: s.givenName,
    familyName: s.familyName,
    languages: s.languages,
    phone: `+1 703-555-${String(101 + i).padStart(4, '0')}`,
    email: `${ascii(s.givenName)}.${ascii(s.familyName)}@example.org`.toLowerCase().replaceAll(' ', '-'),
    arrival: '2024-04-29',
    departure: '2024-05-17',
    internalNotes: s.role === 'interpreter' ? 'Contract covers travel days; overtime pre-approved for the New York conference.' : '',
    role: s.role,
    organization: s.organization,
    // Interpreters and English Language Officers work between English and each of their languages.
    languagePairs: s.role === 'interpreter' || s.role === 'english-language-officer' ? s.languages.filter((l) => l !== 'English').map((l): [string, string] => ['English', l]) : [],
  }));
}

/** The four city-visit groups with their members and travelling staff. */
export function buildGroups(): Group[] {
  return (Object.keys(GROUPS) as GroupKey[]).map((key) => ({
    id: GROUPS[key].id,
    name: GROUPS[key].name,
    color: GROUPS[key].color,
    participantIds: membersOf(key),
    staffIds: [...GROUP_STAFF[key]],
  }));
}

/** 24-hour contacts printed on every itinerary. */
export function buildEmergencyContacts(): Program['emergencyContacts'] {
  return [
    { name: 'Meridian 24-hour duty officer', role: 'Program emergencies, any time', phone: '+1 202-555-0100' },
    { name: 'Catherine Whitfield', role: 'Program officer', phone: '+1 703-555-0101' },
    { name: 'Daniel Osei', role: 'Program associate', phone: '+1 703-555-0102' },
    { name: 'IVLP duty officer, Bureau of Educational and Cultural Affairs', role: 'U.S. Department of State', phone: '+1 202-555-0199' },
    { name: 'Emergency services (police, fire, ambulance)', role: 'Anywhere in the United States', phone: '911' },
  ];
}

// Email local parts are ASCII: strip accents (Julián -> julian) the way mail systems would.
function ascii(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

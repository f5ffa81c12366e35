/**
 * Roster columns: the participant fields a roster column can fill, and the header names (English,
 * case, spacing and punctuation ignored) that map to each without the planner having to say so.
 */

export const ROSTER_FIELDS = [
  'givenName',
  'familyName',
  'passportName',
  'country',
  'position',
  'organization',
  'languages',
  'interpretation',
  'dietaryNotes',
  'accessibilityNotes',
  'phone',
  'email',
  'arrival',
  'departure',
  'group',
  'internalNotes',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Column index (0-based) -> the field it fills; columns not named are ignored. */
export type ColumnMapping = ReadonlyMap<number, RosterField>;

const SYNONYMS: Record<RosterField, readonly string[]> = {
  givenName: ['givenname', 'givennames', 'firstname', 'first', 'forename', 'forenames', 'name', 'prenom'],
  familyName: ['familyname', 'lastname', 'last', 'surname', 'surnames', 'nom'],
  // "Passport name", "Name (Latin)", "Name as in passport", "Latin name", "Name in English"...
  passportName: [
    'passportname',
    'nameinpassport',
    'nameaspassport',
    'nameasinpassport',
    'nameonpassport',
    'nameasonpassport',
    'fullnameaspassport',
    'fullnameasinpassport',
    'fullnameinpassport',
    'namelatin',
    'latinname',
    'nameinlatin',
    'nameinlatinscript',
    'namelatinscript',
    'nameinlatinletters',
    'romanizedname',
    'nameromanized',
    'transliteratedname',
    'nametransliterated',
    'nameinenglish',
    'englishname',
    'nameenglish',
  ],
  country: ['country', 'nationality', 'citizenship', 'countryofcitizenship', 'homecountry', 'countryoforigin'],
  position: ['position', 'title', 'jobtitle', 'role', 'function'],
  organization: ['organization', 'organisation', 'employer', 'institution', 'company', 'agency', 'affiliation'],
  languages: ['languages', 'language', 'languagesspoken', 'spokenlanguages'],
  interpretation: ['interpretation', 'interpreter', 'interpretationlanguage', 'interpretationinto', 'interpreterlanguage'],
  dietaryNotes: ['dietarynotes', 'dietary', 'diet', 'dietaryrequirements', 'dietaryrestrictions', 'dietaryneeds', 'food'],
  accessibilityNotes: ['accessibilitynotes', 'accessibility', 'accessibilityneeds', 'accessibilityrequirements', 'disability', 'mobility'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'mobilephone', 'cell', 'cellphone', 'whatsapp'],
  email: ['email', 'emailaddress', 'mail'],
  arrival: ['arrival', 'arrivaldate', 'dateofarrival', 'arrives', 'arrivingon', 'arrive'],
  departure: ['departure', 'departuredate', 'dateofdeparture', 'departs', 'departingon', 'depart'],
  group: ['group', 'groupname', 'team', 'cohort'],
  // Never printed on itineraries: the place for what only staff should see (e.g. passport numbers).
  internalNotes: ['internalnotes', 'staffnotes'],
};

const BY_HEADER = new Map<string, RosterField>(
  ROSTER_FIELDS.flatMap((field) => SYNONYMS[field].map((name) => [name, field] as const)),
);

/** Lowercase, without diacritics, spaces or punctuation: "Date of Arrival" -> "dateofarrival". */
export function normalizeHeader(header: string): string {
  return header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The field a header names, or null. */
export function fieldForHeader(header: string): RosterField | null {
  return BY_HEADER.get(normalizeHeader(header)) ?? null;
}

/**
 * Guesses the mapping from a header row: each recognised header fills its field, the first column
 * wins when two name the same field. A lone "Name" column counts as the given name only when a
 * family-name column exists too (otherwise it is left for the planner to map).
 */
export function detectMapping(header: readonly string[]): Map<number, RosterField> {
  const mapping = new Map<number, RosterField>();
  const taken = new Set<RosterField>();
  header.forEach((cell, index) => {
    const field = fieldForHeader(cell);
    if (field && !taken.has(field)) {
      mapping.set(index, field);
      taken.add(field);
    }
  });
  if (!taken.has('familyName')) {
    for (const [index, field] of mapping) if (field === 'givenName' && normalizeHeader(header[index] ?? '') === 'name') mapping.delete(index);
  }
  return mapping;
}

/** Whether a string names a roster field (as the command line's --map takes it). */
export function isRosterField(value: string): value is RosterField {
  return (ROSTER_FIELDS as readonly string[]).includes(value);
}

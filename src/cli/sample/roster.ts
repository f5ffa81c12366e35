/**
 * The 56 fictional participants of the sample: 47 countries, names as they are written at home
 * (diacritics, Arabic and Cyrillic script) so every screen, PDF and CSV path meets real names.
 * Positions and organizations are typical of the judicial, law-enforcement and security officials
 * the program brings; the people themselves are invented.
 */
import type { Participant } from '../../shared/program/schema';

/** The four city-visit groups, by expertise and region. */
export type GroupKey = 'maritime' | 'border' | 'cyber' | 'justice';

interface Row {
  id: string;
  group: GroupKey;
  givenName: string;
  familyName: string;
  country: string;
  position: string;
  organization: string;
  languages: string[];
  interpretation: string | null;
}

// One line per person keeps the roster reviewable at a glance; extras (diet, access) follow below.
const row = (
  id: string,
  group: GroupKey,
  givenName: string,
  familyName: string,
  country: string,
  position: string,
  organization: string,
  languages: string[],
  interpretation: string | null = null,
): Row => ({ id, group, givenName, familyName, country, position, organization, languages, interpretation });

const ROWS: readonly Row[] = [
  row('p-cr-quesada', 'maritime', 'Daniela', 'Quesada Jiménez', 'Costa Rica', 'Commander, Pacific Coast Station', 'Servicio Nacional de Guardacostas', ['Spanish'], 'Spanish'),
  row('p-cr-mora', 'maritime', 'Esteban', 'Mora Solano', 'Costa Rica', 'Chief Fisheries Inspector', 'Instituto Costarricense de Pesca y Acuicultura (INCOPESCA)', ['Spanish', 'English']),
  row('p-pa-batista', 'maritime', 'Rodrigo', 'Batista Castillo', 'Panama', 'Deputy Director of Maritime Operations', 'Servicio Nacional Aeronaval (SENAN)', ['Spanish'], 'Spanish'),
  row('p-ec-andrade', 'maritime', 'María José', 'Andrade Villacís', 'Ecuador', 'Specialized Prosecutor for Environmental Crimes', 'Fiscalía General del Estado', ['Spanish'], 'Spanish'),
  row('p-ph-delacruz', 'maritime', 'José Miguel', 'Dela Cruz', 'Philippines', 'Commodore, Maritime Law Enforcement Command', 'Philippine Coast Guard', ['Filipino', 'English']),
  row('p-id-wibowo', 'maritime', 'Ayu Pratiwi', 'Wibowo', 'Indonesia', 'Maritime Security Analyst', 'Badan Keamanan Laut (Bakamla)', ['Indonesian', 'English']),
  row('p-vn-nguyen', 'maritime', 'Thị Thu Hương', 'Nguyễn', 'Vietnam', 'Lieutenant Colonel, Legal Affairs Department', 'Cảnh sát biển Việt Nam (Vietnam Coast Guard)', ['Vietnamese', 'English']),
  row('p-gh-asante', 'maritime', 'Kwame', 'Asante-Mensah', 'Ghana', 'Director of Maritime Security', 'Ghana Maritime Authority', ['English', 'Twi']),
  row('p-ke-kamau', 'maritime', 'Wanjiru', 'Kamau', 'Kenya', 'Senior Superintendent', 'Kenya Coast Guard Service', ['English', 'Swahili']),
  row('p-lk-wickramasinghe', 'maritime', 'Dilshan', 'Wickramasinghe', 'Sri Lanka', 'Commander, Southern Region', 'Sri Lanka Coast Guard', ['Sinhala', 'English']),
  row('p-is-sigurdardottir', 'maritime', 'Guðrún', 'Sigurðardóttir', 'Iceland', 'Chief Inspector, Maritime Operations', 'Landhelgisgæsla Íslands (Icelandic Coast Guard)', ['Icelandic', 'English']),
  row('p-gr-papadaki', 'maritime', 'Eleni', 'Papadaki', 'Greece', 'Lieutenant Commander, Anti-Smuggling Directorate', 'Hellenic Coast Guard', ['Greek', 'English']),
  row('p-pt-goncalves', 'maritime', 'João', 'Gonçalves Ferreira', 'Portugal', 'Inspector, Maritime Crimes Unit', 'Polícia Judiciária', ['Portuguese', 'English', 'Spanish']),
  row('p-mz-macuacua', 'maritime', 'Celso', 'Macuácua', 'Mozambique', 'Customs Inspector, Port of Maputo', 'Autoridade Tributária de Moçambique', ['Portuguese', 'Changana'], 'Portuguese'),

  row('p-mx-ruiz', 'border', 'Alejandro', 'Ruiz Peña', 'Mexico', 'Federal Prosecutor, Organized Crime Unit', 'Fiscalía General de la República', ['Spanish'], 'Spanish'),
  row('p-mx-hernandez', 'border', 'Guadalupe', 'Hernández Ortiz', 'Mexico', 'Customs Inspector, Nogales Port of Entry', 'Agencia Nacional de Aduanas de México', ['Spanish'], 'Spanish'),
  row('p-gt-xicara', 'border', 'Luis Fernando', 'Xicará Tzoc', 'Guatemala', 'Sub-Inspector, Anti-Narcotics Analysis', 'Policía Nacional Civil', ['Spanish', "K'iche'"], 'Spanish'),
  row('p-hn-zelaya', 'border', 'Karla Yamileth', 'Zelaya Banegas', 'Honduras', 'Judge, Court for Organized Crime', 'Poder Judicial de Honduras', ['Spanish'], 'Spanish'),
  row('p-sv-rivas', 'border', 'Óscar Armando', 'Rivas Menjívar', 'El Salvador', 'Inspector, Anti-Narcotics Division', 'Policía Nacional Civil', ['Spanish'], 'Spanish'),
  row('p-co-ospina', 'border', 'Natalia', 'Ospina Restrepo', 'Colombia', 'Major, Directorate of Anti-Narcotics', 'Policía Nacional de Colombia', ['Spanish', 'English']),
  row('p-co-suarez', 'border', 'Camilo Andrés', 'Suárez Beltrán', 'Colombia', 'Prosecutor, Transnational Organized Crime Directorate', 'Fiscalía General de la Nación', ['Spanish'], 'Spanish'),
  row('p-pe-quispe', 'border', 'Renzo', 'Quispe Mamani', 'Peru', 'Provincial Prosecutor, Anti-Drug Prosecutor’s Office', 'Ministerio Público – Fiscalía de la Nación', ['Spanish', 'Quechua'], 'Spanish'),
  row('p-do-pena', 'border', 'Yaritza', 'Peña Almonte', 'Dominican Republic', 'Customs Intelligence Analyst', 'Dirección General de Aduanas', ['Spanish'], 'Spanish'),
  row('p-py-benitez', 'border', 'Fabián', 'Benítez Ayala', 'Paraguay', 'Special Agent', 'Secretaría Nacional Antidrogas (SENAD)', ['Spanish', 'Guaraní'], 'Spanish'),
  row('p-br-albuquerque', 'border', 'Thiago', 'Albuquerque Magalhães', 'Brazil', 'Federal Police Delegate, Border Operations', 'Polícia Federal', ['Portuguese', 'English', 'Spanish']),
  row('p-jm-campbell', 'border', 'Andre', 'Campbell', 'Jamaica', 'Deputy Superintendent, Narcotics Division', 'Jamaica Constabulary Force', ['English']),
  row('p-jm-brown', 'border', 'Shanice', 'Brown-Williams', 'Jamaica', 'Senior Customs Officer, Contraband Enforcement Team', 'Jamaica Customs Agency', ['English']),
  row('p-tr-ozturk', 'border', 'Şebnem', 'Kılıç Öztürk', 'Türkiye', 'Captain, Border Security Department', 'Jandarma Genel Komutanlığı', ['Turkish', 'English']),

  row('p-ua-kovalenko', 'cyber', 'Олена', 'Коваленко', 'Ukraine', 'Head of Unit, Cyber Police Department', 'Національна поліція України', ['Ukrainian', 'English']),
  row('p-ua-melnyk', 'cyber', 'Dmytro', 'Melnyk', 'Ukraine', 'Senior Detective', 'Economic Security Bureau of Ukraine', ['Ukrainian', 'Russian', 'English']),
  row('p-kz-seitkali', 'cyber', 'Айгерім', 'Сейтқали', 'Kazakhstan', 'Senior Investigator, Anti-Corruption Service', 'Anti-Corruption Agency of the Republic of Kazakhstan', ['Kazakh', 'Russian'], 'Russian'),
  row('p-kg-toktogulov', 'cyber', 'Azamat', 'Toktogulov', 'Kyrgyzstan', 'Cybercrime Investigator', 'Ministry of Internal Affairs of the Kyrgyz Republic', ['Kyrgyz', 'Russian'], 'Russian'),
  row('p-uz-rakhimova', 'cyber', 'Dilnoza', 'Rakhimova', 'Uzbekistan', 'Prosecutor, Department for Combating Cybercrime', 'General Prosecutor’s Office of Uzbekistan', ['Uzbek', 'Russian'], 'Russian'),
  row('p-pl-wroblewska', 'cyber', 'Małgorzata', 'Wróblewska', 'Poland', 'Prosecutor, Department for Organized Crime and Corruption', 'Prokuratura Krajowa', ['Polish', 'English']),
  row('p-cz-kucera', 'cyber', 'Tomáš', 'Kučera', 'Czech Republic', 'Chief Inspector, National Centre for Combating Organised Crime', 'Policie České republiky', ['Czech', 'English', 'German']),
  row('p-ee-tamm', 'cyber', 'Kristjan', 'Tamm', 'Estonia', 'Head of Cybercrime Bureau', 'Politsei- ja Piirivalveamet', ['Estonian', 'English', 'Russian']),
  row('p-ro-stefanescu', 'cyber', 'Andreea', 'Ștefănescu', 'Romania', 'Prosecutor, Cybercrime Service', 'DIICOT', ['Romanian', 'English', 'French']),
  row('p-in-venkataraman', 'cyber', 'Priya', 'Venkataraman', 'India', 'Superintendent of Police, Cyber Crime Cell', 'Tamil Nadu Police', ['Tamil', 'Hindi', 'English']),
  row('p-in-mehta', 'cyber', 'Arjun', 'Mehta', 'India', 'Deputy Superintendent, Economic Offences Wing', 'Central Bureau of Investigation', ['Hindi', 'Gujarati', 'English']),
  row('p-ng-okafor', 'cyber', 'Chukwuemeka', 'Okafor', 'Nigeria', 'Deputy Director, Cybercrime Section', 'Economic and Financial Crimes Commission (EFCC)', ['English', 'Igbo']),
  row('p-kr-kim', 'cyber', 'Ji-won', 'Kim', 'South Korea', 'Inspector, Cyber Investigation Bureau', 'Korean National Police Agency', ['Korean', 'English']),
  row('p-ge-beridze', 'cyber', 'Nino', 'Beridze', 'Georgia', 'Head of Cybercrime Division', 'Ministry of Internal Affairs of Georgia', ['Georgian', 'English', 'Russian']),

  row('p-jo-alhaddad', 'justice', 'ليلى', 'الحداد', 'Jordan', 'Public Prosecutor, Amman Court of First Instance', 'Jordanian Judicial Council', ['Arabic'], 'Arabic'),
  row('p-jo-haddad', 'justice', 'Omar', 'Haddad', 'Jordan', 'Lieutenant Colonel, Counter-Terrorism Unit', 'Public Security Directorate', ['Arabic', 'English']),
  row('p-ma-elamrani', 'justice', 'Youssef', 'El Amrani', 'Morocco', 'Police Commissioner, Judicial Police', 'Direction Générale de la Sûreté Nationale', ['Arabic', 'French'], 'French'),
  row('p-ma-bennani', 'justice', 'Fatima Zahra', 'Bennani', 'Morocco', 'Judge, Court of Appeal of Rabat', 'Conseil Supérieur du Pouvoir Judiciaire', ['Arabic', 'French'], 'French'),
  row('p-tn-bensalah', 'justice', 'Amira', 'Ben Salah', 'Tunisia', 'Investigating Judge, Counter-Terrorism Judicial Pole', 'Tribunal de première instance de Tunis', ['Arabic', 'French'], 'French'),
  row('p-iq-aljubouri', 'justice', 'Haider', 'Al-Jubouri', 'Iraq', 'Brigadier, Border Ports Commission', 'Ministry of Interior of Iraq', ['Arabic', 'Kurdish'], 'Arabic'),
  row('p-sn-ndiaye', 'justice', 'Aïssatou', 'Ndiaye', 'Senegal', 'Police Commissioner, Criminal Investigations Division', 'Police nationale du Sénégal', ['French', 'Wolof'], 'French'),
  row('p-sn-sarr', 'justice', 'Cheikh Tidiane', 'Sarr', 'Senegal', 'Customs Inspector, Port of Dakar', 'Direction Générale des Douanes', ['French', 'Wolof'], 'French'),
  row('p-ci-kouassi', 'justice', 'Kouadio Yao', 'Kouassi', 'Côte d’Ivoire', 'Magistrate, Economic and Financial Crimes Unit', 'Pôle pénal économique et financier', ['French', 'Baoulé'], 'French'),
  row('p-cm-mbarga', 'justice', 'Brigitte', 'Mbarga Essomba', 'Cameroon', 'Police Commissioner', 'Délégation Générale à la Sûreté Nationale', ['French', 'English'], 'French'),
  row('p-lb-khoury', 'justice', 'Rami', 'Khoury', 'Lebanon', 'Lieutenant Colonel, Information Branch', 'Internal Security Forces', ['Arabic', 'French', 'English']),
  row('p-pk-siddiqui', 'justice', 'Ayesha', 'Siddiqui', 'Pakistan', 'Assistant Inspector General, Counter Terrorism Department', 'Punjab Police', ['Urdu', 'Punjabi', 'English']),
  row('p-al-hoxha', 'justice', 'Blerina', 'Hoxha', 'Albania', 'Prosecutor', 'Prokuroria e Posaçme (SPAK)', ['Albanian', 'English', 'Italian']),
  row('p-mr-ahmed', 'justice', 'Mariem', 'Mint Ahmed', 'Mauritania', 'Judge, Counter-Terrorism Chamber', 'Ministère de la Justice', ['Arabic', 'French', 'Hassaniya'], 'Arabic'),
];

// Only a few people have notes, as in a real roster; most fields stay empty.
const EXTRAS: Readonly<Record<string, Partial<Pick<Participant, 'dietaryNotes' | 'accessibilityNotes' | 'internalNotes' | 'passportName'>>>> = {
  // Names written in Arabic or Cyrillic script carry the passport's Latin spelling, which tickets use.
  'p-jo-alhaddad': { dietaryNotes: 'Halal meals.', passportName: 'Laila Al-Haddad' },
  'p-jo-haddad': { dietaryNotes: 'Halal meals.' },
  'p-iq-aljubouri': { dietaryNotes: 'Halal meals; no alcohol at the table.' },
  'p-pk-siddiqui': { dietaryNotes: 'Halal meals.' },
  'p-mr-ahmed': { dietaryNotes: 'Halal meals.', internalNotes: 'Prefers a female interpreter for one-to-one conversations.' },
  'p-in-venkataraman': { dietaryNotes: 'Vegetarian (no meat, fish or eggs).' },
  'p-in-mehta': { dietaryNotes: 'Vegetarian.' },
  'p-pl-wroblewska': { dietaryNotes: 'Gluten-free (coeliac disease).' },
  'p-gr-papadaki': { dietaryNotes: 'Shellfish allergy (carries an epinephrine auto-injector).' },
  'p-gh-asante': {
    accessibilityNotes: 'Walks with a cane: needs step-free access, seating at site visits and short walking distances.',
    internalNotes: 'Request ground-floor or elevator-side hotel rooms in every city.',
  },
  'p-cz-kucera': { accessibilityNotes: 'Wears hearing aids: seat near the speaker; a microphone helps in large rooms.' },
  'p-tr-ozturk': { internalNotes: 'Arrives a day late (court testimony at home on April 29). Brief her on the evening of April 30.' },
  'p-ua-kovalenko': { passportName: 'Olena Kovalenko' },
  'p-kz-seitkali': { passportName: 'Aigerim Seitkali' },
};

/** The sample's participants, each with a fictional U.S. program phone and an example.com address. */
export function buildParticipants(): Participant[] {
  return ROWS.map((r, i) => {
    const extras = EXTRAS[r.id] ?? {};
    return {
      id: r.id,
      givenName: r.givenName,
      familyName: r.familyName,
      languages: r.languages,
      // 555-0100..0199 are the numbers reserved for fiction.
      phone: `+1 202-555-${String(101 + i).padStart(4, '0')}`,
      email: `${r.id.split('-').slice(2).join('-')}.${r.id.split('-')[1]}@example.com`,
      arrival: r.id === 'p-tr-ozturk' ? '2024-04-30' : '2024-04-29',
      departure: '2024-05-17',
      internalNotes: extras.internalNotes ?? '',
      passportName: extras.passportName ?? '',
      country: r.country,
      position: r.position,
      organization: r.organization,
      interpretation: r.interpretation,
      dietaryNotes: extras.dietaryNotes ?? '',
      accessibilityNotes: extras.accessibilityNotes ?? '',
    };
  });
}

/** Participants with dietary needs on record. */
export function dietaryIds(): string[] {
  return Object.entries(EXTRAS)
    .filter(([, extra]) => extra.dietaryNotes)
    .map(([id]) => id);
}

/** Participant ids of one city-visit group, in roster order. */
export function membersOf(group: GroupKey): string[] {
  return ROWS.filter((r) => r.group === group).map((r) => r.id);
}

/** Participant ids of a group who need interpretation into `language`. */
export function needing(group: GroupKey, language: string): string[] {
  return ROWS.filter((r) => r.group === group && r.interpretation === language).map((r) => r.id);
}

/**
 * Phase 1, Washington D.C. (April 29 - May 3): orientation and the plenary hosted by the State
 * Department's ECA, INL and Diplomatic Security bureaus, everyone together, plus each group's first
 * meetings with federal counterparts.
 */
import type { ActivityTranslation } from '../../shared/program/schema';
import { attendees, type SampleBuilder } from './builder';
import { GROUPS, PROGRAM_ASSOCIATE } from './staff';
import { day, visit, type Line } from './visit';
import type { GroupKey } from './roster';

const ECA = 'U.S. Department of State, Bureau of Educational and Cultural Affairs (ECA)';
const INL = 'U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs (INL)';
const DS = 'U.S. Department of State, Bureau of Diplomatic Security';
const MERIDIAN = 'Meridian International Center';

/** Adds the Washington phase. */
// What a planner enters for bilingual itineraries: the first day's titles and notes in the
// interpreted languages (where a translation is missing, the itinerary prints the English).
const ORIENTATION: ActivityTranslation[] = [
  { language: 'fr', title: 'Orientation du programme et accueil', notes: 'Apportez votre passeport et ce livret de programme. Les cartes de per diem et les téléphones du programme sont remis ici.' },
  { language: 'es', title: 'Orientación del programa y bienvenida', notes: 'Traiga su pasaporte y este cuaderno del programa. Aquí se entregan las tarjetas de viáticos y los teléfonos del programa.' },
  { language: 'ar', title: 'التعريف بالبرنامج والترحيب', notes: 'أحضروا جواز السفر وكتيّب البرنامج هذا. تُوزَّع هنا بطاقات المصروف اليومي وهواتف البرنامج.' },
  { language: 'ru', title: 'Вводная встреча и приветствие', notes: 'Возьмите паспорт и эту программу. Здесь выдают карты суточных и телефоны программы.' },
  { language: 'pt', title: 'Orientação do programa e boas-vindas', notes: '' },
  { language: 'zh', title: '项目介绍与欢迎', notes: '' },
];
const RECEPTION: ActivityTranslation[] = [
  { language: 'fr', title: 'Réception de bienvenue', notes: '' },
  { language: 'es', title: 'Recepción de bienvenida', notes: '' },
  { language: 'ar', title: 'حفل استقبال ترحيبي', notes: '' },
  { language: 'ru', title: 'Приветственный приём', notes: '' },
  { language: 'pt', title: 'Recepção de boas-vindas', notes: '' },
  { language: 'zh', title: '欢迎招待会', notes: '' },
];
const OPENING: ActivityTranslation[] = [
  { language: 'fr', title: 'Séance plénière d’ouverture : vers un monde plus sûr, dix ans après', notes: 'Passeport exigé à l’entrée. Les places sont attribuées par pays.' },
  { language: 'es', title: 'Sesión plenaria de apertura: hacia un mundo más seguro, diez años después', notes: 'Se exige el pasaporte en la entrada. Los asientos se asignan por país.' },
  { language: 'ar', title: 'الجلسة العامة الافتتاحية: نحو عالم أكثر أمنًا بعد عشر سنوات', notes: 'يُطلب جواز السفر عند الدخول. تُخصَّص المقاعد حسب البلد.' },
];

export function planWashington(b: SampleBuilder): void {
  b.section('dc');
  const everyone = attendees({ everyone: true });
  const all = { ...visit(b, 'maritime', 'washington', '202'), who: everyone };
  const plenary = { venue: 'v-truman', interpretation: 'simultaneous' as const, dressCode: 'Business formal' };
  const atMeridian = { venue: 'v-meridian', interpretation: 'simultaneous' as const };
  const coach = (date: string, time: string, to: string, back = false) =>
    b.travel({
      mode: 'ground',
      title: back ? 'Coach back to the hotel' : `Coach to ${to === 'v-truman' ? 'the Department of State' : 'Meridian International Center'}`,
      from: back ? to : 'v-hotel-dc',
      to: back ? 'v-hotel-dc' : to,
      depart: `${date}T${time}`,
      minutes: 25,
      who: everyone,
      pickupPoint: back ? '' : 'Hotel lobby, E Street entrance',
    });

  b.hotel({
    title: 'Foggy Bottom Conference Hotel',
    hotel: 'v-hotel-dc',
    checkIn: '2024-04-29T14:00',
    checkOut: '2024-05-04T11:00',
    who: everyone,
    travelerNotes: 'Room and tax are paid by the program; incidentals and minibar are yours.',
    internalNotes: 'Early check-in arranged for morning arrivals. Two accessible rooms near the elevator requested.',
  });

  coach('2024-04-29', '15:00', 'v-meridian');
  day(all, '2024-04-29', [
    ['15:30', '17:30', 'briefing', 'Program orientation and welcome', MERIDIAN, { ...atMeridian, travelerNotes: 'Bring your passport and this program book. Per diem cards and program phones are handed out here.', translations: ORIENTATION }],
    ['18:00', '20:00', 'meal', 'Welcome reception', MERIDIAN, { venue: 'v-meridian', dressCode: 'Business attire', translations: RECEPTION }],
  ]);
  coach('2024-04-29', '20:15', 'v-meridian', true);

  // One participant lands a day late; she gets her own pick-up and a short private orientation.
  const late = attendees({ participantIds: ['p-tr-ozturk'] });
  b.travel({ mode: 'flight', title: 'Istanbul to Washington', carrier: 'Turkish Airlines', number: 'TK 7', from: 'v-ist', to: 'v-iad', depart: '2024-04-30T14:05', minutes: 660, who: late, internalNotes: 'Rebooked after her court date moved; fare difference approved by ECA.' });
  b.travel({ mode: 'ground', title: 'Airport pick-up', from: 'v-iad', to: 'v-hotel-dc', depart: '2024-04-30T19:15', minutes: 50, who: attendees({ participantIds: ['p-tr-ozturk'], staffIds: [PROGRAM_ASSOCIATE] }), pickupPoint: 'International arrivals hall, exit door 4; Daniel Osei holds a Meridian sign.' });
  b.place({ type: 'briefing', title: 'Individual orientation', city: 'washington', date: '2024-04-30', start: '20:30', end: '21:15', venue: 'v-hotel-dc', who: attendees({ participantIds: ['p-tr-ozturk'], staffIds: [PROGRAM_ASSOCIATE] }), travelerNotes: 'Catch-up on the first two days: program book, phone, per diem.' });

  coach('2024-04-30', '08:00', 'v-truman');
  day(all, '2024-04-30', [
    ['09:00', '10:30', 'plenary', 'Opening plenary: Towards a More Safe and Secure World at ten', ECA, { ...plenary, travelerNotes: 'Passport required at the door. Seats are assigned by country.', translations: OPENING }],
    ['10:45', '12:15', 'plenary', 'Countering transnational crime through law-enforcement partnerships', INL, plenary],
    ['12:30', '13:45', 'meal', 'Working lunch with regional bureau desk officers', ECA, { venue: 'v-truman' }],
    ['14:00', '15:30', 'plenary', 'Protecting people, facilities and information abroad', DS, plenary],
    ['15:45', '17:00', 'plenary', 'The U.S. criminal justice system: an overview', INL, { ...plenary, internalNotes: 'Speaker to confirm by April 26; backup speaker from DOJ OPDAT on standby.' }],
  ]);
  coach('2024-04-30', '17:15', 'v-truman', true);
  day(all, '2024-04-30', [['18:00', '22:00', 'free-time', 'Evening at leisure', null, { dressCode: '' }]]);

  coach('2024-05-01', '08:15', 'v-meridian');
  day(all, '2024-05-01', [
    ['09:00', '10:45', 'plenary', 'Panel: U.S. federal intelligence agencies on information sharing across jurisdictions', INL, atMeridian],
    ['11:00', '12:30', 'plenary', 'Illicit synthetic drugs: precursor chemicals, freight and customs', INL, atMeridian],
    ['12:30', '13:30', 'meal', 'Lunch at Meridian', MERIDIAN, { venue: 'v-meridian' }],
  ]);
  groupMeetings(b, '2024-05-01', '14:00', '15:30', {
    maritime: ['U.S. Coast Guard Headquarters: Office of Maritime Law Enforcement', 'U.S. Coast Guard Headquarters', '2703 Martin Luther King Jr Ave SE, Washington, DC 20593'],
    border: ['Customs and Border Protection: Office of International Affairs', 'U.S. Customs and Border Protection', '1300 Pennsylvania Ave NW, Washington, DC 20229'],
    cyber: ['Secret Service: cyber-enabled financial crime', 'U.S. Secret Service, Office of Investigations', '950 H St NW, Washington, DC 20223'],
    justice: ['Justice Department: prosecutorial development and training abroad', 'U.S. Department of Justice, OPDAT', '950 Pennsylvania Ave NW, Washington, DC 20530'],
  });
  groupMeetings(b, '2024-05-01', '16:00', '17:30', {
    maritime: ['NOAA Office of Law Enforcement: seafood import monitoring', 'NOAA Fisheries, Office of Law Enforcement', '1315 East-West Hwy, Silver Spring, MD 20910'],
    border: ['DEA: global enforcement and foreign partners', 'Drug Enforcement Administration, Office of Global Enforcement', '700 Army Navy Dr, Arlington, VA 22202'],
    cyber: ['FinCEN: financial intelligence and virtual assets', 'Financial Crimes Enforcement Network', '2070 Chain Bridge Rd, Vienna, VA 22182'],
    justice: ['Rule of law and violent extremism: lessons from the field', 'United States Institute of Peace', '2301 Constitution Ave NW, Washington, DC 20037'],
  });
  day(all, '2024-05-01', [['19:30', '21:30', 'cultural', 'Evening monuments tour by coach', MERIDIAN, { travelerNotes: 'Comfortable shoes; the coach stops at the Lincoln, Korean War and Martin Luther King Jr. memorials.', dressCode: 'Casual' }]]);

  coach('2024-05-02', '08:00', 'v-truman');
  day(all, '2024-05-02', [
    ['09:00', '10:30', 'plenary', 'Public–private partnerships: the Overseas Security Advisory Council', DS, plenary],
    ['10:45', '12:15', 'plenary', 'Combating trafficking in persons: victim-centered investigations', 'U.S. Department of State, Office to Monitor and Combat Trafficking in Persons', plenary],
    ['12:30', '14:00', 'meal', 'Luncheon hosted by INL', INL, { venue: 'v-truman' }],
  ]);
  groupMeetings(b, '2024-05-02', '14:30', '16:00', {
    maritime: ['Illegal, unreported and unregulated fishing: U.S. diplomacy', 'U.S. Department of State, Office of Marine Conservation', '2201 C Street NW, Washington, DC 20520'],
    border: ['Homeland Security: border partnerships with the Americas', 'U.S. Department of Homeland Security, Office of International Affairs', '2707 Martin Luther King Jr Ave SE, Washington, DC 20528'],
    cyber: ['Computer crime and intellectual property prosecutions', 'U.S. Department of Justice, CCIPS', '1301 New York Ave NW, Washington, DC 20005'],
    justice: ['Countering terrorist financing', 'U.S. Department of the Treasury, Office of Terrorist Financing and Financial Crimes', '1500 Pennsylvania Ave NW, Washington, DC 20220'],
  });
  groupMeetings(b, '2024-05-02', '16:30', '18:00', {
    maritime: ['Maritime domain awareness and information sharing', 'Office of Global Maritime Situational Awareness', '1 Seafarers Way, Suitland, MD 20746'],
    border: ['Security assistance for police in the Americas', 'U.S. Department of State, INL Office of Western Hemisphere Programs', '2201 C Street NW, Washington, DC 20520'],
    cyber: ['Cyber diplomacy and the Budapest Convention', 'U.S. Department of State, Bureau of Cyberspace and Digital Policy', '2201 C Street NW, Washington, DC 20520'],
    justice: ['Judicial independence and court administration', 'Federal Judicial Center, International Judicial Relations Office', 'One Columbus Circle NE, Washington, DC 20002'],
  });
  day(all, '2024-05-02', [['18:00', '22:00', 'free-time', 'Evening at leisure', null, { dressCode: '' }]]);

  for (const key of Object.keys(GROUPS) as GroupKey[]) {
    day(visit(b, key, 'washington', '202'), '2024-05-03', [
      ['09:00', '10:30', 'briefing', `Preparing for city visits: ${GROUPS[key].name}`, MERIDIAN, { venue: 'v-hotel-dc', travelerNotes: 'Your English Language Officer walks through flights, hotels and the first week of meetings. Pack for heat in Florida and Arizona and rain in Seattle.' }],
    ]);
  }
  day(all, '2024-05-03', [
    ['11:00', '12:30', 'plenary', 'Balancing security and civil liberties', INL, atMeridian],
    ['13:00', '17:30', 'free-time', 'Afternoon at leisure (Smithsonian museums on the National Mall are free)', null, { dressCode: '' }],
    ['13:00', '17:30', 'cultural', 'Excursion to George Washington’s Mount Vernon', MERIDIAN, { status: 'cancelled', internalNotes: 'Cancelled April 24: coach contract fell through. Replaced by the afternoon at leisure; it was never announced to participants.' }],
    ['19:00', '21:00', 'cultural', 'Kennedy Center Millennium Stage performance', 'The John F. Kennedy Center for the Performing Arts', { status: 'tentative', address: '2700 F St NW, Washington, DC 20566', internalNotes: 'Free performance; the schedule is published one week ahead.' }],
  ]);
}

/** The same slot for each group, each with its own federal counterpart in the capital region. */
function groupMeetings(b: SampleBuilder, date: string, start: string, end: string, rows: Record<GroupKey, [string, string, string]>): void {
  for (const key of Object.keys(rows) as GroupKey[]) {
    const [title, org, address] = rows[key];
    const line: Line = [start, end, 'meeting', title, org, { address }];
    day(visit(b, key, 'washington', '202'), date, [line]);
  }
}

/**
 * @module fixture-kb
 * A tiny in-memory knowledge base for the entity rule tests.
 */
import { buildKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import type { KbRecord } from '../../../src/knowledge/kb-types.ts';

const country = (iso2: string, iso3: string, name: string, official: string, adjectives: string[]) =>
  ({ id: `country:${iso2}`, type: 'country', name, aliases: [official], sources: [], iso2, iso3, official, adjectives }) as KbRecord;

/** Countries, a city, a format with meetings, an organisation and people (two Berdimuhamedovs). */
export const fixtureKb = buildKnowledgeBase([
  country('KZ', 'KAZ', 'Kazakhstan', 'Republic of Kazakhstan', ['Kazakh', 'Kazakhstani']),
  country('KG', 'KGZ', 'Kyrgyzstan', 'Kyrgyz Republic', ['Kyrgyz']),
  country('TM', 'TKM', 'Turkmenistan', 'Turkmenistan', ['Turkmen']),
  country('CN', 'CHN', 'China', "People's Republic of China", ['Chinese']),
  country('UZ', 'UZB', 'Uzbekistan', 'Republic of Uzbekistan', ['Uzbek']),
  { id: 'city:astana', type: 'city', name: 'Astana', aliases: ['Nur-Sultan'], sources: [], country: 'KZ' } as KbRecord,
  { id: 'city:shanghai', type: 'city', name: 'Shanghai', aliases: [], sources: [], country: 'CN' } as KbRecord,
  { id: 'city:abu-dhabi', type: 'city', name: 'Abu Dhabi', aliases: [], sources: [], country: 'AE' } as KbRecord,
  { id: 'org:sco', type: 'organization', name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organization'], acronyms: ['SCO'], sources: [] } as KbRecord,
  { id: 'org:un', type: 'organization', name: 'United Nations', aliases: [], acronyms: ['UN'], sources: [] } as KbRecord,
  { id: 'org:party', type: 'organization', name: 'Central Committee of the People’s Party', aliases: [], country: 'CN', sources: [] } as KbRecord,
  { id: 'org:cca', type: 'organization', name: 'China–Central Asia', aliases: ['Central Asia–China', 'C5+China', 'China–Central Asia Cooperation Forum'], sources: [], format: {
    formatName: 'China–Central Asia', members: ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ'], bodies: [{ id: 'org:cca#forum', name: 'China–Central Asia Cooperation Forum', level: 'foreign-ministers' }], meetings: [
      { id: 'event:cca-summit-1', name: 'First China–Central Asia Summit', level: 'heads-of-state', edition: 1, date: '2023-05-18', city: "Xi'an", country: 'CN', sources: [] },
      { id: 'event:cca-summit-2', name: 'Second China–Central Asia Summit', level: 'heads-of-state', edition: 2, date: '2025-06-17', city: 'Astana', country: 'KZ', sources: [] },
      { id: 'event:cca-fm-6', name: "6th China–Central Asia Foreign Ministers' Meeting", level: 'foreign-ministers', edition: 6, date: '2025-04-26', city: 'Almaty', country: 'KZ', sources: [] },
    ] } } as KbRecord,
  { id: 'person:kulubaev', type: 'person', name: 'Jeenbek Kulubaev', aliases: [], sources: [], givenName: 'Jeenbek', familyName: 'Kulubaev', country: 'KG',
    memberships: [{ role: 'Minister of Foreign Affairs', country: 'KG', start: '2020-12-01', end: null }] } as KbRecord,
  { id: 'person:gurbanguly', type: 'person', name: 'Gurbanguly Berdimuhamedov', aliases: [], sources: [], givenName: 'Gurbanguly', familyName: 'Berdimuhamedov', country: 'TM',
    memberships: [{ role: 'President', country: 'TM', start: '2007-02-14', end: '2022-03-19' }, { role: 'Chairman of the Halk Maslahaty', country: 'TM', start: '2023-01-21', end: null }] } as KbRecord,
  { id: 'person:serdar', type: 'person', name: 'Serdar Berdimuhamedov', aliases: [], sources: [], givenName: 'Serdar', familyName: 'Berdimuhamedov', country: 'TM',
    memberships: [{ role: 'President', country: 'TM', start: '2022-03-19', end: null }] } as KbRecord,
  { id: 'person:wang-yi', type: 'person', name: 'Wang Yi', aliases: [], sources: [], givenName: 'Yi', familyName: 'Wang', country: 'CN',
    memberships: [{ role: 'Minister of Foreign Affairs', country: 'CN', start: '2022-12-30', end: null }] } as KbRecord,
  // A format named as its meetings are (invented spelling variants of a real pattern).
  { id: 'org:consult', type: 'organization', name: 'Consultative Meetings of the Heads of State of the Region', aliases: ['Consultative Meeting of the Leaders of Regional States'], sources: [], format: {
    formatName: 'Regional Consultative Meeting', members: ['KZ', 'KG', 'TM', 'UZ'], bodies: [], meetings: [
      { id: 'event:consult-6', name: '6th Consultative Meeting of the Heads of State of the Region', level: 'heads-of-state', edition: 6, date: '2024-08-09', city: 'Astana', country: 'KZ', sources: [] },
    ] } } as KbRecord,
  // Invented: two people sharing a long family name, told apart by their given names.
  { id: 'person:qasimi-faris', type: 'person', name: 'Faris Al-Hamad Al-Qasimi', aliases: [], sources: [], givenName: 'Faris Al-Hamad', familyName: 'Al-Qasimi', country: 'UZ',
    memberships: [{ role: 'Crown Prince', country: 'UZ', start: '2020-01-01', end: '2023-12-31' }] } as KbRecord,
  { id: 'person:qasimi-nasser', type: 'person', name: 'Nasser Al-Majid Al-Qasimi', aliases: [], sources: [], givenName: 'Nasser Al-Majid', familyName: 'Al-Qasimi', country: 'UZ',
    memberships: [{ role: 'Crown Prince', country: 'UZ', start: '2024-01-01', end: null }] } as KbRecord,
  { id: 'person:ostrova', type: 'person', name: 'Maria Ostrova', aliases: [], sources: [], givenName: 'Maria', familyName: 'Ostrova', country: 'KZ',
    memberships: [{ role: 'Secretary-General', organization: 'org:un', start: '2024-01-01', end: null }] } as KbRecord,
]);

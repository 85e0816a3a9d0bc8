/**
 * @module fixture-lexicons
 * The real lexicons over a tiny hand-made knowledge base, so tests do not depend on data/kb.
 */
import { buildKbView } from '../../../src/analyse/shared/kb-view.ts';
import { loadLexicons, type Lexicons } from '../../../src/analyse/shared/load-lexicons.ts';
import type { KbRecord } from '../../../src/knowledge/kb-types.ts';

const country = (iso2: string, name: string, adjectives: string[], aliases: string[] = []): KbRecord =>
  ({
    id: `country:${iso2}`,
    type: 'country',
    name,
    aliases,
    sources: [],
    iso2,
    iso3: `${iso2}X`,
    official: aliases[0] ?? name,
    adjectives,
  }) as KbRecord;
const city = (name: string, iso: string): KbRecord =>
  ({ id: `city:${name.toLowerCase()}`, type: 'city', name, aliases: [], sources: [], country: iso }) as KbRecord;

export const FIXTURE_RECORDS: KbRecord[] = [
  country('KZ', 'Kazakhstan', ['Kazakh', 'Kazakhstani'], ['Republic of Kazakhstan']),
  country('KG', 'Kyrgyzstan', ['Kyrgyz'], ['Kyrgyz Republic']),
  country('TJ', 'Tajikistan', ['Tajik'], ['Republic of Tajikistan']),
  country('TM', 'Turkmenistan', ['Turkmen']),
  country('UZ', 'Uzbekistan', ['Uzbek'], ['Republic of Uzbekistan']),
  country('CN', 'China', ['Chinese'], ["People's Republic of China"]),
  country('RU', 'Russia', ['Russian'], ['Russian Federation']),
  country('IN', 'India', ['Indian']),
  city('Almaty', 'KZ'),
  city('Astana', 'KZ'),
  city('Dushanbe', 'TJ'),
  city('Shanghai', 'CN'),
  city("Xi'an", 'CN'),
  {
    id: 'org:china-central-asia',
    type: 'organization',
    name: 'China–Central Asia',
    aliases: ['China-Central Asia', 'Central Asia–China', 'China + Central Asia', 'C+C5'],
    sources: [],
    format: {
      formatName: 'China–Central Asia',
      members: ['CN', 'KG', 'KZ', 'TJ', 'TM', 'UZ'],
      bodies: [
        {
          id: 'org:china-central-asia#forum',
          name: 'China–Central Asia Cooperation Forum',
          level: 'foreign-ministers',
        },
      ],
      meetings: [
        {
          id: 'event:cca-fm6',
          name: "6th China–Central Asia Foreign Ministers' Meeting",
          level: 'foreign-ministers',
          edition: 6,
          date: '2025-04-26',
          city: 'Almaty',
          country: 'KZ',
          sources: [],
        },
        {
          id: 'event:cca-summit2',
          name: 'Second China–Central Asia Summit',
          level: 'heads-of-state',
          edition: 2,
          date: '2025-06-17',
          city: 'Astana',
          country: 'KZ',
          sources: [],
        },
      ],
    },
  } as KbRecord,
  {
    id: 'org:sco',
    type: 'organization',
    name: 'Shanghai Cooperation Organisation',
    aliases: ['Shanghai Cooperation Organization'],
    acronyms: ['SCO'],
    members: ['CN', 'IN', 'KG', 'KZ', 'RU', 'TJ', 'UZ'],
    sources: [],
  } as KbRecord,
];

let cached: Lexicons | undefined;

/** Lexicons from data/lexicons with the fixture knowledge base. */
export function fixtureLexicons(): Lexicons {
  return (cached ??= loadLexicons(buildKbView(FIXTURE_RECORDS)));
}

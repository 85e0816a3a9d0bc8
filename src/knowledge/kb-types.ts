/**
 * @module kb-types
 * The shape of the knowledge base in `data/kb/*.json`. Each file is
 * `{ "description": string, "sources": KbSource[], "records": Record[] }`; every record also
 * carries its own `sources`. Facts only: no code holds a name list.
 */
import type { EntityType, MeetingLevel } from '../model/layers.ts';

export interface KbSource {
  /** Where the fact can be checked (a public reference page), or */
  url?: string;
  /** a corpus document file name that states it. */
  document?: string;
  note?: string;
}

export interface KbRecord {
  /** Stable id: `<type>:<slug>`, e.g. `country:KZ`, `person:tokayev-kassym-jomart`, `org:sco`. */
  id: string;
  type: EntityType;
  /** The canonical English name (the spelling every export uses). */
  name: string;
  /** Other spellings: official names, transliterations, Cyrillic/Chinese forms, former names. */
  aliases: string[];
  sources: KbSource[];
}

export interface CountryRecord extends KbRecord {
  type: 'country';
  iso2: string;
  iso3: string;
  official: string;
  /** "Kazakh", "Kazakhstani", "Chinese", … */
  adjectives: string[];
  /** Names in other scripts, also listed in `aliases`. */
  names?: { ru?: string; zh?: string };
}

export interface CityRecord extends KbRecord {
  type: 'city';
  /** ISO 3166-1 alpha-2. */
  country: string;
  capital?: boolean;
  formerNames?: { name: string; from?: string; until?: string }[];
}

/** A Popolo-style membership: a person holding a role, from/to ISO dates. */
export interface Membership {
  role: string;
  /** Organisation or government the post belongs to: an id like `gov:KZ`, `org:sco`. */
  organization?: string;
  /** The state represented; absent for a post in an international organisation. */
  country?: string;
  start?: string;
  end?: string | null;
}

export interface PersonRecord extends KbRecord {
  type: 'person';
  givenName?: string;
  familyName: string;
  country?: string;
  memberships: Membership[];
}

export interface OrganizationRecord extends KbRecord {
  type: 'organization';
  acronyms?: string[];
  /**
   * ISO2 of the state a national body belongs to (a party, government organ or national news
   * agency); absent for an international organisation, whose officials represent no state.
   */
  country?: string;
  /** Member states (ISO codes), where it has members. */
  members?: string[];
  /** Parent organisation or format id. */
  parent?: string;
  /** For a multilateral format: its bodies and meetings. */
  format?: FormatInfo;
}

export interface FormatInfo {
  /** The format's name as the GUIDE writes it ("China–Central Asia", "C5+1", "SCO"). */
  formatName: string;
  members: string[];
  bodies: { id: string; name: string; level: MeetingLevel }[];
  meetings: FormatMeeting[];
}

export interface FormatMeeting {
  /** `event:<slug>`. */
  id: string;
  /** Canonical event name, e.g. "6th China–Central Asia Foreign Ministers' Meeting". */
  name: string;
  aliases?: string[];
  level: MeetingLevel;
  edition: number | null;
  date: string | null;
  end?: string | null;
  city: string | null;
  country: string | null;
  sources: KbSource[];
}

export interface InitiativeRecord extends KbRecord {
  type: 'initiative';
  /** ISO code of the proposing state, or an organisation id. */
  proposer?: string;
}

export interface EventRecord extends KbRecord {
  type: 'event';
  date?: string | null;
  end?: string | null;
  city?: string | null;
  country?: string | null;
}

export interface KbFile<R extends KbRecord = KbRecord> {
  description: string;
  sources: KbSource[];
  records: R[];
}

/**
 * @module entity-lexicons
 * The word lists the entity rules read, from `data/lexicons/` (roles, organisation heads,
 * event nouns, name stop words, ordinals, meeting levels, ministry and outlet cues), loaded once and folded.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fold } from '../../knowledge/fold.ts';
import { readLocalNames, readMonthLexicon, readWithLanguages, type MeetingLevelLexicon } from './load-lexicons.ts';
import type { LocalNames } from './kb-view.ts';
import { createDateFinder, type DateFinder } from './find-dates.ts';

const DIR = new URL('../../../data/lexicons/', import.meta.url);

/** British → American and American → British words and word endings, read by `spellingVariants`. */
export interface SpellingLexicon {
  readonly toUs: ReadonlyMap<string, string>;
  readonly toUk: ReadonlyMap<string, string>;
  /** [British, American] endings, longest first ("-isations" before "-isation"). */
  readonly suffixes: readonly (readonly [string, string])[];
  readonly minStem: number;
}

export interface EntityLexicons {
  readonly roleHeads: ReadonlySet<string>;
  readonly roleModifiers: ReadonlySet<string>;
  /** Folded honorific phrases, as token sequences joined by spaces ("his excellency", "mr"). */
  readonly honorifics: ReadonlySet<string>;
  /** Canonical post → folded spellings. */
  readonly canonicalRoles: ReadonlyMap<string, readonly string[]>;
  readonly nonParticipant: ReadonlySet<string>;
  /** Matches a word of a sentence that lists who took part ("attended", "counterparts"). */
  readonly participationCue: RegExp;
  /** Courtesy words shortly before a role-cued name: the person hosts, sends or is thanked (`roles.json`). */
  readonly notTakingPart: RegExp;
  readonly orgHeads: ReadonlySet<string>;
  /** Last word of a multi-word head → the words that must precede it ("general" → ["consulate"]). */
  readonly orgHeadTails: ReadonlyMap<string, readonly string[][]>;
  readonly orgOpeners: ReadonlySet<string>;
  /** Heads of missions whose name ends "in <place>" ("Consulate General of Kazakhstan in Guangzhou"). */
  readonly orgPlacedHeads: ReadonlySet<string>;
  readonly orgWeakHeads: ReadonlySet<string>;
  /** Heads of diplomatic posts, bodies when "to <state or body>" follows ("U.S. Mission to ASEAN"). */
  readonly orgAccreditedHeads: ReadonlySet<string>;
  /** Heads that after a leader's surname name a term of office ("the Biden-Harris Administration"), not a body. */
  readonly orgLeaderNamedHeads: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly eventHeads: ReadonlySet<string>;
  readonly formatEventHeads: ReadonlySet<string>;
  readonly genericEventHeads: ReadonlySet<string>;
  /** Event-like heads that name a standing process, not one event ("C5+1 Critical Minerals Dialogue"). */
  readonly initiativeEventHeads: ReadonlySet<string>;
  /** Head nouns of named initiatives (`entity-initiative-heads.json`), and those that need more around them. */
  readonly initiativeHeads: ReadonlySet<string>;
  readonly initiativeWeakHeads: ReadonlySet<string>;
  /** Weak heads a city's name alone before them makes a standing text's name ("Lomé Convention", "Bali Process"). */
  readonly initiativePlaceNamed: ReadonlySet<string>;
  /** Heads that never open an unlisted initiative's name ("Partnership for …" is a theme). */
  readonly initiativeModifiedHeads: ReadonlySet<string>;
  /** Words that carry a name on past its head ("… Partnership Agreement", "… Partnership Strategy"). */
  readonly initiativeTails: ReadonlySet<string>;
  /** Lower-case words a title goes on with past its head ("… into Trade Policy", "… to Implement the …"). */
  readonly initiativeConnectors: ReadonlySet<string>;
  /** Words before a horizon year that closes a title ("… Roadmap Towards 2030"). */
  readonly initiativeHorizonWords: ReadonlySet<string>;
  /** French and Spanish head-first names ('Partenariat pour …', 'Acuerdo de París'): the language files' lists. */
  readonly initiativeHeadFirst: HeadFirstLexicon;
  /**
   * Heads of standing texts ("Declaration", "Treaty"), words that name none of them ("Joint", "Final"), and the verbs
   * that make one the meeting's own outcome ("adopted the", "signing of the"), as a regex ending where a name starts.
   */
  readonly documentHeads: ReadonlySet<string>;
  readonly documentGeneric: ReadonlySet<string>;
  /** Plural possessives before a text's name that make it a meeting's outcome ("APEC Leaders’ … Declaration"). */
  readonly documentOfMeeting: ReadonlySet<string>;
  readonly adoptionCue: RegExp;
  readonly nameStopwords: ReadonlySet<string>;
  /** Function words, months and weekdays: they end a role walked back from a name. */
  readonly openers: ReadonlySet<string>;
  /** Lower-case words hyphenated after a name that are not part of it ("-led", "-based"). */
  readonly hyphenSuffixes: ReadonlySet<string>;
  /** Generational suffixes that close a name ("…, Jr.", "… III"). */
  readonly nameSuffixes: ReadonlySet<string>;
  readonly adjectiveExclusions: ReadonlySet<string>;
  /** Lower-case nouns after a city name that make it an attribute ("the Shanghai spirit"). */
  readonly cityAttributive: ReadonlySet<string>;
  /** Words before a country adjective that make it a region's ("Latin American", "Inter-American"). */
  readonly adjectiveRegionPrefixes: ReadonlySet<string>;
  /** Nouns that make a city name part of a larger place's ("Jeju Island"), in any case. */
  readonly cityInPlaceName: ReadonlySet<string>;
  /** Folded ordinal word → number ("sixth" → 6). */
  readonly ordinals: ReadonlyMap<string, number>;
  /** The level cues of meetings, shared with the meeting step (`meeting-levels.json`). */
  readonly meetingLevels: MeetingLevelLexicon;
  /** Nouns and openers of a list of organisations' acronyms (`entity-org-list-cues.json`), longest opener first. */
  readonly orgListCues: { readonly nouns: ReadonlySet<string>; readonly openers: readonly string[][] };
  /** Ministries named without their full title (`entity-ministry-cues.json`). */
  readonly ministryCues: {
    /** Folded phrase words → capitalised form, longest first. */
    readonly phrases: readonly { words: string[]; name: string }[];
    /** Abbreviation as printed → full title. */
    readonly abbreviations: ReadonlyMap<string, string>;
  };
  /** Top-level domains of outlets named by their website (`entity-web-domains.json`). */
  readonly webDomains: ReadonlySet<string>;
  /** British and American spellings of name words (`spelling-variants.json`). */
  readonly spellings: SpellingLexicon;
  /** Dates read with the month lexicon every step reads (`months.json`). */
  readonly dates: DateFinder;
  /** The drafting languages whose names of states are mentions too (`languages.json` countryNames). */
  readonly localNames: LocalNames;
}

let cached: EntityLexicons | undefined;

/** Loads (once) the entity lexicons. @example loadEntityLexicons().roleHeads.has('president') */
export function loadEntityLexicons(): EntityLexicons {
  if (cached) return cached;
  const roles = read('roles.json');
  const orgs = read('entity-org-heads.json');
  const events = read('entity-event-nouns.json');
  const initiatives = readWithLanguages('entity-initiative-heads.json') as Record<string, unknown>;
  const stop = read('entity-name-stopwords.json');
  const ordinals = read('ordinals.json') as { words: Record<string, number> };
  const exclusions = read('entity-adjective-exclusions.json');
  const orgList = read('entity-org-list-cues.json') as { nouns: string[]; openers: string[] };
  const ministry = read('entity-ministry-cues.json') as {
    phrases: Record<string, string>;
    abbreviations: Record<string, string>;
  };
  const set = (xs: unknown) => new Set((xs as string[]).map((x) => fold(x)));
  cached = Object.freeze({
    roleHeads: splitSet(roles.heads),
    roleModifiers: set(roles.modifiers),
    honorifics: set(roles.honorifics),
    canonicalRoles: new Map(
      Object.entries(roles.canonical as Record<string, string[]>).map(([k, v]) => [k, v.map(fold)]),
    ),
    nonParticipant: set(roles.nonParticipant),
    participationCue: new RegExp(`\\b(?:${(roles.participationCues as string[]).map(escapeRegExp).join('|')})\\b`, 'i'),
    notTakingPart: new RegExp(
      `\\b(?:${(roles.notTakingPartCues as { words: string[] }).words.map(escapeRegExp).join('|')})\\b[^.;]{0,80}$`,
      'i',
    ),
    orgHeads: splitSet(orgs.heads),
    orgHeadTails: tailsOf(orgs.heads),
    orgOpeners: set(orgs.openers),
    orgPlacedHeads: set(orgs.placed ?? []),
    orgWeakHeads: set(orgs.weakHeads),
    orgAccreditedHeads: set(orgs.accredited ?? []),
    orgLeaderNamedHeads: set(orgs.leaderNamed ?? []),
    connectors: set(orgs.connectors),
    eventHeads: set(events.heads),
    formatEventHeads: set(events.formatEventHeads),
    genericEventHeads: set(events.generic),
    initiativeEventHeads: set(events.initiativeHeads ?? []),
    initiativeHeads: set(initiatives.heads),
    initiativeWeakHeads: set(initiatives.weak),
    initiativeModifiedHeads: set(initiatives.modified ?? []),
    initiativePlaceNamed: set(initiatives.placeNamed ?? []),
    initiativeTails: new Set([...set(initiatives.heads), ...set(initiatives.tails ?? [])]),
    initiativeConnectors: set(initiatives.connectors ?? []),
    initiativeHorizonWords: set(initiatives.horizonWords ?? []),
    initiativeHeadFirst: headFirstLexicon(initiatives.headFirst as Record<string, string[]>, set),
    documentHeads: set(initiatives.documents ?? []),
    documentGeneric: set(initiatives.documentGeneric ?? []),
    documentOfMeeting: set(initiatives.documentOfMeeting ?? []),
    adoptionCue: new RegExp(
      String.raw`\b(?:${(initiatives.adoptionCues as string[]).map(escapeRegExp).join('|')})` +
        String.raw`[ \t\n]+(?:(?:the|a|an)[ \t\n]+)?$`,
      'i',
    ),
    nameStopwords: new Set([...set(stop.words), ...set(stop.openers)]),
    openers: set(stop.openers),
    hyphenSuffixes: set(stop.hyphenSuffixes ?? []),
    nameSuffixes: set(stop.nameSuffixes ?? []),
    adjectiveExclusions: set(exclusions.words),
    cityAttributive: set(exclusions.afterCity ?? []),
    cityInPlaceName: set(exclusions.afterCityPlace ?? []),
    adjectiveRegionPrefixes: set(exclusions.beforeAdjective ?? []),
    ordinals: new Map(Object.entries(ordinals.words).map(([k, v]) => [fold(k), v])),
    meetingLevels: read('meeting-levels.json') as unknown as MeetingLevelLexicon,
    // Longest opener first, so "such as" wins over "as".
    orgListCues: {
      nouns: new Set(orgList.nouns),
      openers: orgList.openers.map((o) => o.split(' ')).sort((a, b) => b.length - a.length),
    },
    ministryCues: {
      phrases: Object.entries(ministry.phrases)
        .map(([k, name]) => ({ words: fold(k).split(' '), name }))
        .sort((a, b) => b.words.length - a.words.length),
      abbreviations: new Map(Object.entries(ministry.abbreviations)),
    },
    webDomains: new Set((read('entity-web-domains.json') as { domains: string[] }).domains),
    spellings: spellingLexicon(read('spelling-variants.json')),
    dates: createDateFinder(readMonthLexicon()),
    localNames: readLocalNames(),
  });
  return cached;
}

// A word that is a head only as the end of a longer head ("general" of "consulate-general"),
// with the words before it in each such head.
function tailsOf(xs: unknown): Map<string, string[][]> {
  const single = new Set((xs as string[]).map((x) => fold(x)).filter((f) => !f.includes(' ')));
  const out = new Map<string, string[][]>();
  for (const x of xs as string[]) {
    const words = fold(x).split(' ');
    const tail = words.at(-1)!;
    if (words.length < 2 || single.has(tail)) continue;
    out.set(tail, [...(out.get(tail) ?? []), words.slice(0, -1)]);
  }
  return out;
}

/** The head-first lists (`entity-initiative-heads.json` headFirst, filled by the language files). */
export interface HeadFirstLexicon {
  /** Heads of every type as folded token sequences, longest first ("feuille de route" before "feuille"). */
  readonly heads: readonly string[][];
  /** The type a head (its words joined by spaces) names: a body, a meeting, else an initiative. */
  readonly headTypes: ReadonlyMap<string, 'organization' | 'event' | 'initiative'>;
  /** Adjectives between a head and its connector ("Pacte mondial pour …"), folded. */
  readonly modifiers: ReadonlySet<string>;
  /** Words that close a comma list going on a name ("… sûres, ordonnées et régulières"). */
  readonly conjunctions: ReadonlySet<string>;
  readonly connectors: readonly string[][];
  readonly inner: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly adoption: ReadonlySet<string>;
}

function headFirstLexicon(d: Record<string, string[]>, set: (xs: unknown) => Set<string>): HeadFirstLexicon {
  // The tokenizer reads "d’action" as one word "daction" and "d’Amérique" as "d" + "amerique".
  // "Haut-Commissariat" is two tokens, as the hyphen separates words.
  const words = (xs: string[]) =>
    xs.map((x) => fold(x.replace(/[’']\s*/g, '’')).split(/[\s\-‐]+/)).sort((a, b) => b.length - a.length);
  const typed = [
    ...words(d.organizationHeads ?? []).map((w) => [w, 'organization'] as const),
    ...words(d.eventHeads ?? []).map((w) => [w, 'event'] as const),
    ...words(d.heads ?? []).map((w) => [w, 'initiative'] as const),
  ];
  return {
    heads: typed.map(([w]) => w).sort((a, b) => b.length - a.length),
    headTypes: new Map(typed.map(([w, type]) => [w.join(' '), type])),
    modifiers: set(d.modifiers ?? []),
    conjunctions: set(d.conjunctions ?? []),
    connectors: words(d.connectors ?? []),
    inner: set(d.inner ?? []),
    articles: set(d.articles ?? []),
    stops: set(d.stops ?? []),
    adoption: set(d.adoption ?? []),
  };
}

function read(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fileURLToPath(new URL(name, DIR)), 'utf8')) as Record<string, unknown>;
}

// "secretary-general" is two tokens to the tokenizer: keep the whole and each part's last word.
function splitSet(xs: unknown): Set<string> {
  const out = new Set<string>();
  for (const x of xs as string[]) {
    const f = fold(x);
    out.add(f);
    out.add(f.split(' ').at(-1)!);
    // "chargé d’affaires": the tokenizer reads an elided "d’" before a capital as a word of its own.
    out.add(fold(x.split(/[\s'’]/).at(-1)!));
  }
  return out;
}

// Both directions of the word pairs, and the endings longest first so "-isations" is not read as "-isation" + "s".
function spellingLexicon(data: { [key: string]: unknown }): SpellingLexicon {
  const pairs = data.pairs as [string, string][];
  const suffixes = [...(data.suffixPairs as [string, string][])].sort((a, b) => b[0].length - a[0].length);
  return {
    toUs: new Map(pairs.map(([uk, us]) => [uk, us])),
    toUk: new Map(pairs.map(([uk, us]) => [us, uk])),
    suffixes,
    minStem: data.suffixMinStem as number,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
}

/**
 * @module resolve-actors
 * Who makes a statement: the subject phrase before its main verb. Group phrases ("the Parties",
 * "all sides", "we", "the heads of state") mean the document's parties; "the Central Asian
 * States" the Central Asian parties; a named state ("China", "the Chinese side", "Kazakhstan and
 * China") itself; pronouns ("they") and a missing subject continue the previous statement. A state
 * named after a preposition ("the elections in Syria"), in a place's name ("the South China Sea")
 * or before "and we" is no subject; territories and member economies are never actors.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { countriesIn } from '../shared/find-countries.ts';
import { annotationsIn } from '../shared/annotations-in.ts';
import type { EntityMentionValue } from '../../model/layers.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { membersOn } from '../shared/group-members.ts';
import { bodyHits, memberHits, treatyHits, type Hit } from './actor-hits.ts';
import { anyOf, compileOnce } from '../shared/compile-once.ts';
import { leadingPhraseEnd } from './find-cues.ts';
import { regionShape, type RegionLexicon } from '../shared/region-shapes.ts';

export interface ActorContext {
  readonly parties: readonly string[];
  readonly previous: readonly string[] | null;
  readonly lexicons: Lexicons;
  readonly entities: readonly Annotation[];
  /** The document's date: "ASEAN member states" are the members on that day. */
  readonly date?: string | null;
  /** A chair's statement: `parties` is the chair, "we" means it, and "the leaders", "members" are nobody named. */
  readonly chair?: boolean;
  /** Where the statement ends: one without a main verb is read whole for the speakers' pronouns. */
  readonly end?: number;
}

export interface ActorFinding {
  readonly actors: string[];
  /**
   * `group:<means>`, `country`, `members:<id>`, `organization`, `person`, `previous`, `speaker` (a first-person
   * subject), `default`; `…:within-parties` when states that are no parties were left out, `…:non-party` when the
   * subject named none of the parties (the parties state it).
   */
  readonly rule: string;
}

const groupCache = new WeakMap<object, { re: RegExp; means: string }[]>();

/**
 * Resolves the actors of `text[start, cueStart)`, the stretch before the main verb.
 * @example resolveActors(text, s.start, cue.start, ctx).actors
 */
export function resolveActors(text: string, start: number, cueStart: number | null, ctx: ActorContext): ActorFinding {
  return withinParties(subjectActors(text, start, cueStart, ctx), ctx);
}

/**
 * Only the parties state what a joint text says: a subject that names a state outside them ("Russia must withdraw
 * …", "Iran should …") is the object of the parties' statement, and states outside them are left out of a list.
 * A chair's statement, or a document whose parties are unknown, keeps what the subject names.
 */
function withinParties(found: ActorFinding, ctx: ActorContext): ActorFinding {
  if (ctx.chair || !ctx.parties.length || !found.actors.length) return found;
  const kept = found.actors.filter((c) => ctx.parties.includes(c));
  if (kept.length === found.actors.length) return found;
  return kept.length
    ? { actors: kept, rule: `${found.rule}:within-parties` }
    : { actors: [...ctx.parties], rule: `${found.rule}:non-party` };
}

function subjectActors(text: string, start: number, cueStart: number | null, ctx: ActorContext): ActorFinding {
  // No subject of its own: the statement before continues ("It will also …"), unless the statement speaks in the
  // first person ("Achieving our shared vision requires …"): then it is the speakers'.
  // A statement without a main verb that opens on a state outside the parties ("China should refrain …") is the
  // parties' statement about it.
  const fallback = (): ActorFinding => {
    if (!ctx.previous?.length) return { actors: [...ctx.parties], rule: 'default' };
    const stretch = text.slice(start, cueStart ?? ctx.end ?? start);
    if (firstPerson(ctx.lexicons.actors)?.test(stretch)) return { actors: [...ctx.parties], rule: 'speaker' };
    if (cueStart === null && opensOnOther(text, start, ctx)) return { actors: [...ctx.parties], rule: 'non-party' };
    return { actors: [...ctx.previous], rule: 'previous' };
  };
  if (cueStart === null) return fallback();
  const raw = maskClauses(
    maskParentheses(maskParticiples(maskLeading(text.slice(start, cueStart), ctx.lexicons))),
    ctx.lexicons,
  );
  const members = [...memberHits(raw, ctx), ...treatyHits(raw, ctx)];
  const before = maskNames(raw, ctx.lexicons);
  const own = [
    ...groupHits(before, ctx),
    ...countryHits(text, start, before, ctx),
    ...bodyHits(text, start, before, ctx),
  ];
  const hits = [...members, ...own].sort((a, b) => a.start - b.start || b.end - a.end);
  const nonOverlapping: Hit[] = [];
  for (const h of hits)
    if (!nonOverlapping.length || h.start >= nonOverlapping[nonOverlapping.length - 1].end) nonOverlapping.push(h);
  const clean = objectsDropped(nonOverlapping, before, ctx.lexicons);
  if (!clean.length) return fallback();
  // The subject is the last actor phrase before the verb, with the phrases coordinated to it.
  let i = clean.length - 1;
  // "With regard to the war against Ukraine, we …", "… our approach towards Russia and we are ready …": "we" joins no
  // list; what comes before it closes a fronted phrase or a clause of its own.
  // "The U.S. and Japan": the name's matcher leaves an abbreviation's last period out of it.
  // "The United States, together with Japan, will …": both act.
  const joins = (k: number) =>
    clean[k].rule !== 'group:speaker' &&
    /^\.?\s*(,|and|,\s*and|as well as|,?\s*(?:together|along|jointly) with)\s*(the\s+)?$/i.test(
      before.slice(clean[k - 1].end, clean[k].start),
    );
  while (i > 0 && joins(i)) i--;
  const chosen = clean.slice(i);
  // A subject must sit close to its verb (adverbs, an auxiliary, a short apposition).
  if (
    before
      .slice(chosen[chosen.length - 1].end)
      .trim()
      .split(/\s+/)
      .filter(Boolean).length > 6
  )
    return fallback();
  const codes = new Set<string>();
  // An actor is a state: "Chinese Taipei will …" names a member economy, which states nothing as a party.
  const nonStates = ctx.lexicons.kb.nonStates;
  for (const h of chosen) for (const c of h.codes) if (!nonStates?.has(c)) codes.add(c);
  const rule = chosen.map((h) => h.rule).join('+');
  if (!codes.size && chosen.some((h) => h.codes.length)) return { actors: [], rule };
  // "Some leaders", "most members": a part of the meeting no text names is no actor.
  if (!codes.size) return chosen.every((h) => h.rule === 'group:none' || ctx.chair) ? { actors: [], rule } : fallback();
  return { actors: [...codes].sort(), rule };
}

/**
 * Removes the states named after a preposition ("the elections in Syria and Iraq", `actors.json` objectPrepositions)
 * and those coordinated to them: objects of a phrase, not the subject. Other phrases ("we", "the parties") stay.
 */
function objectsDropped(hits: readonly Hit[], before: string, lexicons: Lexicons): Hit[] {
  const prep = objectBefore(lexicons.actors);
  const object: boolean[] = [];
  hits.forEach((h, k) => {
    const gap = k > 0 ? before.slice(hits[k - 1].end, h.start) : '';
    const coordinated = k > 0 && object[k - 1] && /^\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?$/i.test(gap);
    object.push(h.rule === 'country' && (coordinated || prep.test(before.slice(Math.max(0, h.start - 40), h.start))));
  });
  return hits.filter((_, k) => !object[k]);
}
const objectBefore = compileOnce(
  (actors: Lexicons['actors']): RegExp =>
    // "together with Japan" coordinates Japan with the subject (see `joins`).
    new RegExp(
      String.raw`(?<!\b(?:together|along|jointly)\s+)\b(?:${anyOf(actors.objectPrepositions.words)})\s+(?:the\s+)?$`,
      'i',
    ),
);

/** True when the statement's first words ("China …", "The DPRK's …") name a state that is no party. */
function opensOnOther(text: string, start: number, ctx: ActorContext): boolean {
  if (ctx.chair || !ctx.parties.length) return false;
  const lead = /^\s*(?:the\s+)?/i.exec(text.slice(start, start + 12))?.[0].length ?? 0;
  const first = annotationsIn(ctx.entities, start + lead, ctx.end ?? start + lead + 80).find(
    (a) => a.start === start + lead,
  );
  const v = first?.value as EntityMentionValue | undefined;
  return v?.type === 'country' && !!v.country && !ctx.parties.includes(v.country);
}

/** The speakers' pronouns (`actors.json` firstPerson), lower case or capitalised: "us", never the initialism "US". */
const firstPerson = compileOnce((actors: Lexicons['actors']): RegExp | null => {
  const words = actors.firstPerson?.words ?? [];
  if (!words.length) return null;
  const cased = words.map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1).toLowerCase()}`);
  return new RegExp(String.raw`(?<![\p{L}])(?:${cased.join('|')})(?![\p{L}])`, 'u');
});

/** Blanks a leading phrase ("With a view to … against Russia, the G7 will …"): its names are no subject. */
function maskLeading(s: string, lexicons: Lexicons): string {
  const end = leadingPhraseEnd(s, lexicons);
  return end ? ' '.repeat(end) + s.slice(end) : s;
}

/** Blanks comma-delimited participle phrases (", noting the role of China and …,") keeping offsets. */
function maskParticiples(s: string): string {
  return s.replace(/,\s*(?:\w+ly\s+)?\w+ing\b[^,]*(?:,|$)/g, (m) => ' '.repeat(m.length));
}

/** A module constant: the sources' build turns a `\p{…}` regex literal into a `new RegExp(…)` at every call. */
const INFINITIVE_SUBJECT = /\bfor\s+[^,;]{1,60}?\s+to\s+\p{L}+/gu;

/**
 * Blanks the subject of an infinitive ("It is not right for Russia to decide …"), an apposition ("The United
 * Kingdom, as G7 president, will …") and a parenthetical naming who leads the subject ("the United States and the
 * African Union, under the leadership of A, B, and C, affirm …", up to its last comma): none is the subject.
 */
function maskClauses(s: string, lexicons: Lexicons): string {
  return s
    .replace(INFINITIVE_SUBJECT, (m) => ' '.repeat(m.length))
    .replace(/,\s*as\s+[^,;]{1,60},/g, (m) => ' '.repeat(m.length))
    .replace(ledBy(lexicons.actors), (m) => ' '.repeat(m.length));
}
/** ", under the leadership of …," up to the last comma (`actors.json` ledBy). */
const ledBy = compileOnce(
  (actors: Lexicons['actors']): RegExp => new RegExp(String.raw`,\s*(?:${anyOf(actors.ledBy.words)})\b.*,`, 's'),
);

/** Blanks parentheses ("the Republic of Korea (ROK), and …"): an abbreviation does not break a list. */
function maskParentheses(s: string): string {
  return s.replace(/\([^()]{0,60}\)/g, (m) => ' '.repeat(m.length));
}

/** Blanks format and organisation names ("the China–Central Asia mechanism"): the states in them are no subject. */
function maskNames(s: string, lexicons: Lexicons): string {
  let out = s;
  const hits = [
    ...kbMatchers(lexicons.kb).groups.find(s),
    ...[...s.matchAll(formatName(lexicons.regions))].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  for (const h of hits) out = out.slice(0, h.start) + ' '.repeat(h.end - h.start) + out.slice(h.end);
  return out;
}
const formatName = compileOnce((lexicon: RegionLexicon) => new RegExp(regionShape(lexicon).sides, 'g'));

function groupHits(before: string, ctx: ActorContext): Hit[] {
  const out: Hit[] = [];
  for (const g of compiledGroups(ctx.lexicons)) {
    // The group regexes themselves, from the start: `matchAll` would clone each of them for every subject.
    g.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.re.exec(before))) {
      out.push({ start: m.index, end: m.index + m[0].length, codes: expand(g.means, ctx), rule: `group:${g.means}` });
      if (!m[0].length) g.re.lastIndex++;
    }
  }
  return out;
}

function countryHits(text: string, start: number, before: string, ctx: ActorContext): Hit[] {
  return (
    countriesIn(text, start, start + before.length, ctx.lexicons, ctx.entities, true)
      .filter((h) => before.slice(h.start - start, h.end - start).trim() !== '') // masked stretches are blank
      // "Tajikistan's initiative" is an object, not a subject; "Japan's Ministry of Finance will …" is the state acting
      .filter(
        (h) => !/^['’]s\b/.test(text.slice(h.end, h.end + 3)) || NATIONAL_BODY.test(text.slice(h.end, h.end + 60)),
      )
      // "the South China Sea", "the Korean Peninsula": a place named after the state
      .filter((h) => !placeAfter(ctx.lexicons.actors).test(text.slice(h.end, h.end + 20)))
      .map((h) => ({ start: h.start - start, end: h.end - start, codes: [h.iso], rule: 'country' }))
  );
}

/** A geographic feature noun right after a state's name (`actors.json` placeNouns). */
const placeAfter = compileOnce(
  (actors: Lexicons['actors']): RegExp => new RegExp(String.raw`^\s+(?:${anyOf(actors.placeNouns.words)})\b`, 'i'),
);

/** A state's own body after its name in the possessive: the state acts through it. */
const NATIONAL_BODY = new RegExp(
  String.raw`^['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:ministry|department|agency|government|administration|cabinet` +
    String.raw`|office|embassy|central bank|armed forces|coast guard)\b`,
  'i',
);

function expand(means: string, ctx: ActorContext): string[] {
  if (means === 'speaker') return [...ctx.parties];
  if (means === 'parties') return ctx.chair ? [] : [...ctx.parties];
  if (means.startsWith('members:')) {
    const group = ctx.lexicons.kb.groups.find((g) => g.id === means.slice(8));
    const all = group ? membersOn(group, ctx.date) : [];
    const inParties = all.filter((c) => ctx.parties.includes(c));
    return inParties.length ? inParties : all;
  }
  if (means === 'previous') return ctx.previous?.length ? [...ctx.previous] : [...ctx.parties];
  if (means.startsWith('region:')) {
    const region = ctx.lexicons.actors.regions[means.slice(7)] ?? [];
    const inParties = ctx.parties.filter((p) => region.includes(p));
    return inParties.length ? inParties : [...region];
  }
  return [];
}

function compiledGroups(lexicons: Lexicons): { re: RegExp; means: string }[] {
  let c = groupCache.get(lexicons.actors);
  if (!c) {
    c = lexicons.actors.groups.map((g) => ({ re: new RegExp(`\\b(?:${g.pattern})\\b`, 'gi'), means: g.means }));
    groupCache.set(lexicons.actors, c);
  }
  return c;
}

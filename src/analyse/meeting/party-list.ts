/**
 * @module party-list
 * Reads a list of parties whole, as opening formulas and subjects write it: "the Leaders of the
 * Group of Seven (G7)", "the Heads of State or Government of the EU and of CELAC, and the
 * Presidents of …", "the Member States of ASEAN and the United States of America", "Prime Minister
 * X, President Y, and President Z". Each item is a state (itself), an organisation (its member
 * states on the document's date, per the knowledge base's memberships; one without members adds
 * nothing and never ends the list), a territory (no party: it takes part but is no state) or a
 * person taking part (the state they represent). The list ends at the first word that is neither
 * an item nor a joiner.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { ParticipantValue } from '../../model/layers.ts';
import { countriesIn } from '../shared/find-countries.ts';
import { membersOn } from '../shared/group-members.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { anyOf, anyOfPhrases, compileOnce } from '../shared/compile-once.ts';

export interface ListContext {
  readonly lexicons: Lexicons;
  readonly entities: readonly Annotation[];
  readonly participants?: readonly Annotation[];
  /** The document's date (meeting or publication), for memberships. */
  readonly date?: string | null;
}

export interface PartyList {
  readonly start: number;
  readonly end: number;
  readonly parties: string[];
  /** How many items the list has (states, organisations, people). */
  readonly items: number;
  /** True when an organisation's members were read in. */
  readonly viaGroup: boolean;
}

const ABBREVIATION = /^\s*\([^()]{1,40}\)/;
const SUFFIX = /^,?\s*(?:Jr|Sr)\.?(?=[\s,])/;
const TITLE_WORDS = /^(?:(?:[A-Z][\w.’'-]*|of|the|and)\s+){1,5}$/;
/** Capitalised title words between a state's name and a person ("President", "Prime Minister"), no joiner. */
const TITLES = /^\.?\s+(?:[A-Z][\w.’'-]*\s+){0,4}$/;

/**
 * The list's small words in every drafting language (`actors.json` listWords): "A, B and of C", "A, B et du C",
 * "A, B y el C"; an item's leading article; a list head with its "of" ("the Heads of State of", "chefs d’État du").
 */
const listPatterns = compileOnce((actors: Lexicons['actors']) => {
  const w = actors.listWords;
  const and = anyOf(w.and);
  const m = actors.memberNouns;
  return {
    members: new RegExp(String.raw`^\s+(?:${anyOfPhrases(m.nouns)})\b`, 'i'),
    own: new RegExp(String.raw`^(?:${anyOf(m.possessives)})\s+(?:${anyOfPhrases(m.own)})\b`, 'i'),
    joiner: new RegExp(String.raw`^\s*(?:,\s*(?:${and})?|${and})(?:${anyOf(w.of)})?`, 'i'),
    article: new RegExp(String.raw`^\s*(?:${anyOf(w.articles)})?`, 'i'),
    head: actors.listHeads
      ? new RegExp(
          String.raw`^\s*(?:${anyOf(w.articles)})?(?:${actors.listHeads.words.join('|')})\s+(?:${anyOf(w.of)})`,
          'i',
        )
      : null,
  };
});

/** The list of parties that starts at `at` (leading white space and "the" skipped), or null. */
export function readPartyList(text: string, at: number, ctx: ListContext): PartyList | null {
  const parties = new Set<string>();
  let pos = at;
  let end = at;
  let items = 0;
  let viaGroup = false;
  for (;;) {
    let p = pos;
    if (items > 0) {
      const j = listPatterns(ctx.lexicons.actors).joiner.exec(text.slice(p, p + 20));
      if (!j) break;
      p += j[0].length;
    }
    // "the Heads of State and Government of the member states of the EU": a head, then maybe a second one.
    const head = listPatterns(ctx.lexicons.actors).head;
    p = skip(text, skip(text, p, head), head);
    const item = itemAt(text, p, ctx);
    if (!item) break;
    for (const c of item.codes) parties.add(c);
    viaGroup ||= item.group;
    items++;
    end = item.end;
    const abbr = ABBREVIATION.exec(text.slice(end, end + 44));
    if (abbr) end += abbr[0].length;
    const sfx = SUFFIX.exec(text.slice(end, end + 6));
    if (sfx) end += sfx[0].length;
    pos = end;
  }
  if (!items) return null;
  return { start: at, end, parties: [...parties].sort(), items, viaGroup };
}

type Item = { end: number; codes: string[]; group: boolean };

/** The item after its article; else from its first word, for a name that opens with one ("El Salvador"). */
function itemAt(text: string, at: number, ctx: ListContext): Item | null {
  const window = text.slice(at, at + 140);
  const lead = listPatterns(ctx.lexicons.actors).article.exec(window)?.[0].length ?? 0;
  const space = /^\s*/.exec(window)?.[0].length ?? 0;
  return itemFrom(text, at + lead, ctx) ?? (lead > space ? itemFrom(text, at + space, ctx) : null);
}

function itemFrom(text: string, from: number, ctx: ListContext): Item | null {
  return namedItem(text, from, ctx) ?? listNameItem(text, from, ctx);
}

/** Compiled once: the build turns a `\p{…}` regex literal into a `new RegExp(…)` run at every call. */
const LOCAL_NAME = /^\p{Lu}[\p{L}]+(?![\p{L}'’-]|\s+\p{Lu})/u;

/** A state's local name kept out of free text ("du Chili", `KbCountry.listNames`), read only as a list's item. */
function listNameItem(text: string, from: number, ctx: ListContext): Item | null {
  const word = LOCAL_NAME.exec(text.slice(from, from + 40))?.[0];
  const country = word ? ctx.lexicons.kb.countries.find((c) => c.listNames?.includes(word)) : undefined;
  return country && word ? { end: from + word.length, codes: [country.iso2], group: false } : null;
}

function namedItem(text: string, from: number, ctx: ListContext): Item | null {
  const country = countriesIn(text, from, Math.min(text.length, from + 80), ctx.lexicons, ctx.entities)[0];
  const group = kbMatchers(ctx.lexicons.kb).groups.find(text.slice(from, from + 120))[0];
  const groupHit = group && group.start === 0 ? group : null;
  // The longer name wins: "the Community of Latin American and Caribbean States" is an organisation, not a state.
  if (country && country.start === from && (!groupHit || country.end - from >= groupHit.end)) {
    // "U.S. President Joe Biden", "South Korean President Yoon": the state's name titles a person; the item is the
    // person, so the list goes on after the name.
    const titled = (ctx.participants ?? []).find(
      (a) =>
        a.start >= from &&
        a.end > country.end &&
        (a.start <= country.end || (a.start - country.end <= 40 && TITLES.test(text.slice(country.end, a.start)))),
    );
    return { end: titled?.end ?? country.end, codes: [country.iso], group: false };
  }
  if (groupHit) {
    // "ASEAN Member States", "the BRICS countries": the organisation's name with its members' noun.
    const noun = listPatterns(ctx.lexicons.actors).members.exec(
      text.slice(from + groupHit.end, from + groupHit.end + 30),
    );
    const end = from + groupHit.end + (noun?.[0].length ?? 0);
    return { end, codes: membersOn(groupHit.value, ctx.date), group: true };
  }
  // "The European Union and its Member States and Japan": the organisation before already stands for them.
  const own = listPatterns(ctx.lexicons.actors).own.exec(text.slice(from, from + 40));
  if (own) return { end: from + own[0].length, codes: [], group: false };
  // "…, Fiji, French Polynesia, Kiribati, …": a territory signs beside the states but is none; the list goes on.
  const territory = kbMatchers(ctx.lexicons.kb).territories.find(text.slice(from, from + 80))[0];
  if (territory?.start === 0) return { end: from + territory.end, codes: [], group: false };
  for (const a of ctx.participants ?? []) {
    if (a.start < from || a.start - from > 60) continue;
    const gap = text.slice(from, a.start);
    if (gap && !TITLE_WORDS.test(gap)) continue;
    const iso = (a.value as ParticipantValue).country;
    return { end: a.end, codes: iso ? [iso] : [], group: false };
  }
  return null;
}

function skip(text: string, at: number, re: RegExp | null): number {
  if (!re) return at;
  const m = re.exec(text.slice(at, at + 80));
  return m ? at + m[0].length : at;
}

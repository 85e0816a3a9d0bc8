/**
 * @module initiative-pattern-rule
 * Initiatives, strategies and programmes named by a capitalised sequence around a head noun
 * ("Turkic World Vision – 2040", "OTS Simplified Customs Corridor", "Border Management Programme
 * in Central Asia"): linked to the knowledge base when the whole name is listed, else new
 * (`entities:pattern/initiative`, known: false).
 */
import { accreditedTo } from './accredited-to.ts';
import { valueOf } from './alias-rule.ts';
import { newEntityId, type Mention } from './entity-mention.ts';
import { cleanName } from './org-pattern-rule.ts';
import { afterAbbreviation, growLeft, growRight, nameToken, pastArticles } from './pattern-span.ts';
import {
  addMention,
  firstTokenAtOrAfter,
  foundWhole,
  listedRecord,
  mentionAt,
  spanText,
  uncover,
  entityRule,
  type EntityRule,
  type Scan,
} from './scan.ts';

/** Adds initiative mentions found by head noun. */
export const initiativePatternRule: EntityRule = entityRule(findInitiativePattern);

function findInitiativePattern(scan: Scan): void {
  const { tokens } = scan;
  const { initiativeHeads: heads, initiativeWeakHeads: weak } = scan.lex;
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (!t.cap || !heads.has(t.norm) || scan.covered[h] >= 0 || accreditedTo(scan, h) >= 0) continue;
    let from = growLeft(scan, h, true);
    while (from < h && (pastArticles(scan, from, h) > from || scan.lex.openers.has(tokens[from].norm))) from++;
    if (from === h && scan.lex.initiativeModifiedHeads.has(t.norm)) continue;
    let to = withYear(scan, growRight(scan, lastHead(scan, h), false, true));
    // An initiative already read after the head (a quoted title) is its own name, not part of this one.
    const read = initiativeAfter(scan, h, to);
    to = read >= 0 ? read : titleGoesOn(scan, to);
    // "… Food Production Facility of the African Development Bank": the body after "of" says whose it is.
    if (from < h) to = withoutOwner(scan, lastHead(scan, h), to);
    if (to - from < 2) continue;
    // "Action Plan", "Development Strategy": a weak head needs more than one word before it or a name after it; a
    // city before a standing text's head names it ("Lomé Convention", "Bali Process").
    if (weak.has(t.norm) && h - from < 2 && !namesSomethingAfter(scan, h, to) && !placeNamed(scan, from, h)) continue;
    // Already found whole by an earlier rule.
    if (foundWhole(scan, from, to)) continue;
    const text = spanText(scan, from, to);
    const known = listedRecord(scan, text, 'initiative');
    const named = known ? undefined : namedBeforeHead(scan, from, h, to);
    const value = known
      ? valueOf(known)
      : (named ?? {
          entityId: newEntityId('initiative', text),
          type: 'initiative' as const,
          name: cleanName(text),
          known: false,
        });
    addMention(
      scan,
      from,
      to,
      {
        start: tokens[from].start,
        end: tokens[to - 1].end,
        value,
        source: 'entities:pattern/initiative',
        confidence: known || named ? 0.85 : 0.55,
      },
      true,
    );
    h = to - 1;
  }
}

/**
 * The initiative a listed name before a closing head already names ("Feed the Future Initiative", "Power Africa
 * Program" are "Feed the Future" and "Power Africa"), so that both spellings are one entity; else undefined.
 */
function namedBeforeHead(scan: Scan, from: number, h: number, to: number): Mention['value'] | undefined {
  const m = mentionAt(scan, from);
  if (to !== h + 1 || m?.value.type !== 'initiative' || m.start !== scan.tokens[from].start) return undefined;
  return scan.covered[h - 1] === scan.covered[from] ? m.value : undefined;
}

/** `end + 1` when the words after the head at `end` are "of (the)" and one body's name, else `to`. */
function withoutOwner(scan: Scan, end: number, to: number): number {
  const { tokens } = scan;
  if (tokens[end + 1]?.norm !== 'of') return to;
  const k = tokens[end + 2]?.norm === 'the' ? end + 3 : end + 2;
  const owner = mentionAt(scan, k);
  const whole = owner && owner.start === tokens[k].start && owner.end === tokens[to - 1].end;
  return whole && owner.value.type === 'organization' ? end + 1 : to;
}

/**
 * True when the one word before the head at `h` is a city and the head one a place names ("Lomé Convention"), and no
 * lower-case complement follows it ("the … Process on glacier conservation" describes, a name goes on in capitals).
 */
export function placeNamed(scan: Scan, from: number, h: number): boolean {
  const { tokens } = scan;
  const described = RIGHT_WORDS.has(tokens[h + 1]?.norm ?? '') && tokens[h + 2]?.joined && !tokens[h + 2].cap;
  return (
    h - from === 1 &&
    !described &&
    scan.lex.initiativePlaceNamed.has(tokens[h].norm) &&
    mentionAt(scan, from)?.value.type === 'city'
  );
}

/** Words that open a name's complement ("… on …", "… for …", "… of …"). */
const RIGHT_WORDS = new Set(['on', 'for', 'of']);

/** The first token in `(h, to)` that an initiative already found covers, or -1. */
function initiativeAfter(scan: Scan, h: number, to: number): number {
  for (let k = h + 1; k < to; k++) if (mentionAt(scan, k)?.value.type === 'initiative') return k;
  return -1;
}

/**
 * One past the end of a title that goes on past `to`: "… Principles on Integrating Inclusivity into Trade and
 * Investment Policy", "Plan of Action to Implement the …" (a lower-case connector, then a plain capitalised word and
 * the name it governs), "… Roadmap Towards 2030" (a horizon year closes it).
 */
export function titleGoesOn(scan: Scan, to: number): number {
  const { tokens, lex } = scan;
  for (let rounds = 0; rounds < 3; rounds++) {
    const c = tokens[to];
    if (!c?.joined || tokens[to - 1].possessive) return to;
    const next = tokens[to + 1];
    if (lex.initiativeHorizonWords.has(c.norm) && next?.joined && /^(19|20)\d\d$/.test(next.norm)) return to + 2;
    // "… on Mainstreaming the Rights of …": a capitalised verb in -ing governs the name after it.
    const governed = c.norm === 'the' && /ing$/.test(tokens[to - 1].norm) && nameToken(scan, to + 1);
    const connected = !c.cap && lex.initiativeConnectors.has(c.norm) && next?.cap && scan.covered[to + 1] < 0;
    // A found name right after the connector ("Mission to ASEAN") says where or whom, not what.
    if (!next?.joined || !(governed || (connected && !lex.openers.has(next.norm)))) return to;
    let k = to + 2;
    for (; k < tokens.length && runsOn(scan, k) && k - to < 16; k++) {
      if (nameToken(scan, k)) continue;
      // "to Implement the ASEAN–U.S. Strategic Partnership": the verb's object keeps its article.
      if (!(tokens[k].norm === 'the' && tokens[k + 1]?.joined && nameToken(scan, k + 1))) break;
    }
    to = growRight(scan, k - 1, false, true);
  }
  return to;
}

// Token k goes on the words before it: joined, or after an abbreviation's full stop ("ASEAN-U.S.\nStrategic").
function runsOn(scan: Scan, k: number): boolean {
  const { tokens } = scan;
  const initial =
    tokens[k - 1].dotAfter && tokens[k - 1].norm.length === 1 && tokens[k].start === tokens[k - 1].end + 1;
  return tokens[k].joined || initial || afterAbbreviation(scan, k);
}

/** "Economic Partnership Strategy", "Partnership Agreement": the last head of the capitalised run that opens at `h`. */
function lastHead(scan: Scan, h: number): number {
  let last = h;
  for (let k = h + 1; k < scan.tokens.length && scan.tokens[k].joined && scan.tokens[k].cap; k++) {
    if (scan.covered[k] >= 0) break;
    if (scan.lex.initiativeTails.has(scan.tokens[k].norm)) last = k;
  }
  return last;
}

/**
 * "the Central Asia – 2040 development concept", "the “Kazakhstan-2050” strategy": a name with a year horizon before a
 * lower-case head.
 */
const YEAR_HEAD =
  String.raw`(?:19|20)\d\d)["”»]?[ \t]+(?:(?:development|national|regional|long-term|joint)[ \t]+)?` +
  String.raw`(?:concept|strategy|programme|program|vision|plan|agenda)\b`;
const YEAR_NAMED = new RegExp(
  String.raw`(["“«]?)(\p{Lu}[\p{L}'’]*(?:[ \t]+\p{Lu}[\p{L}'’]*){0,4})[ \t]*(?:--|[-–—])[ \t]*(` + YEAR_HEAD,
  'gu',
);
/** What every match of YEAR_NAMED ends with (a document without it needs no full search). */
const YEAR_TAIL = new RegExp(String.raw`[-–—][ \t]*(` + YEAR_HEAD, 'u');
/** "Roadmap for regional cooperation until 2027": a capitalised head, a lower-case object and a horizon year. */
const UNTIL_YEAR = new RegExp(
  String.raw`\b(Roadmap|Road Map|Action Plan|Plan|Programme|Program|Strategy|Concept)[ \t]+(?:for|on|of)[ \t]+` +
    String.raw`(?:the[ \t]+)?[a-z][a-z \t-]{2,60}?[ \t]+(?:until|till|up to|through|to)[ \t]+((?:19|20)\d\d)\b`,
  'gu',
);

/**
 * "the Initiative “On World Unity for Just Peace, Harmony, and Development”": the quoted title is the initiative's
 * name.
 */
const QUOTED_AFTER_HEAD = /\b[Ii]nitiative[ \t]+["“«]([^"“”«»\n]{5,120}?)[,.]?["”»]/gu;

/**
 * Adds initiatives the head-noun rule cannot see: named with a year horizon (lower-case head,
 * lower-case object) or by a quoted title after the word "initiative".
 */
export const yearHorizonInitiativeRule: EntityRule = entityRule(findYearHorizonInitiative);

function findYearHorizonInitiative(scan: Scan): void {
  for (const m of scan.text.matchAll(QUOTED_AFTER_HEAD)) {
    const start = m.index + m[0].indexOf(m[1]);
    addInitiative(scan, start, start + m[1].length, m[1].trim());
  }
  // The name regex tries every capital letter; its dash–year–head tail is rare, and looked for first.
  if (YEAR_TAIL.test(scan.text))
    for (const m of scan.text.matchAll(YEAR_NAMED)) {
      const start = m.index + m[1].length;
      const end = start + m[0].slice(m[1].length).search(/(?:19|20)\d\d/) + 4;
      addInitiative(scan, start, end, `${m[2]} – ${m[3]}`);
    }
  for (const m of scan.text.matchAll(UNTIL_YEAR)) {
    // A capitalised word before the head belongs to a name the head-noun rule reads.
    if (/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(scan.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    addInitiative(scan, m.index, m.index + m[0].length, m[0].replace(/\s+/g, ' '));
  }
}

/** Adds an initiative mention over the tokens of [start, end), unless any of them is taken. */
function addInitiative(scan: Scan, start: number, end: number, name: string): void {
  const from = firstTokenAtOrAfter(scan, start);
  let to = from;
  while (to >= 0 && to < scan.tokens.length && scan.tokens[to].end <= end) to++;
  if (from < 0 || to - from < 2) return;
  for (let k = from; k < to; k++)
    if (
      scan.covered[k] >= 0 &&
      scan.mentions[scan.covered[k]].value.type !== 'country' &&
      scan.mentions[scan.covered[k]].value.type !== 'organization'
    )
      return;
  const known = listedRecord(scan, name, 'initiative');
  const value = known
    ? valueOf(known)
    : { entityId: newEntityId('initiative', name), type: 'initiative' as const, name, known: false };
  uncover(scan, from, to);
  addMention(scan, from, to, {
    start: scan.tokens[from].start,
    end: scan.tokens[to - 1].end,
    value,
    source: 'entities:pattern/initiative',
    confidence: known ? 0.85 : 0.55,
  });
}

/**
 * True when the words after the head hold more than places ("Plan of Kazakhstan and Russia" does not); a year counts.
 * @example "Plan of Action" → true
 */
export function namesSomethingAfter(scan: Scan, head: number, to: number): boolean {
  for (let k = head + 1; k < to; k++) {
    const m = mentionAt(scan, k);
    if (
      m
        ? m.value.type !== 'country' && m.value.type !== 'city'
        : scan.tokens[k].cap || /^\d+$/.test(scan.tokens[k].norm)
    )
      return true;
  }
  return false;
}

// "Turkic World Vision – 2040", "Strategy-2050", "ASEAN Community Vision 2025": a year joined by a dash or a
// space closes the name.
function withYear(scan: Scan, to: number): number {
  const t = scan.tokens[to];
  if (!t || !/^(19|20)\d\d$/.test(t.norm)) return to;
  const gap = scan.text.slice(scan.tokens[to - 1].end, t.start);
  return /^\s*[-–—]\s*$|^[ \t]+$/.test(gap) ? to + 1 : to;
}

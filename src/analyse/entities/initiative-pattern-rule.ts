/**
 * @module initiative-pattern-rule
 * Initiatives, strategies and programmes named by a capitalised sequence around a head noun
 * ("Turkic World Vision – 2040", "OTS Simplified Customs Corridor", "Border Management Programme
 * in Central Asia"): linked to the knowledge base when the whole name is listed, else new
 * (`entities:pattern/initiative`, known: false).
 */
import { valueOf } from './alias-rule.ts';
import { newEntityId } from './entity-mention.ts';
import { cleanName } from './org-pattern-rule.ts';
import { growLeft, growRight } from './pattern-span.ts';
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
    if (!t.cap || !heads.has(t.norm) || scan.covered[h] >= 0) continue;
    let from = growLeft(scan, h, true);
    while (from < h && (tokens[from].norm === 'the' || scan.lex.openers.has(tokens[from].norm))) from++;
    if (from === h && scan.lex.initiativeModifiedHeads.has(t.norm)) continue;
    let to = growRight(scan, lastHead(scan, h), false, true);
    to = withYear(scan, to);
    // An initiative already read after the head (a quoted title) is its own name, not part of this one.
    for (let k = h + 1; k < to; k++)
      if (mentionAt(scan, k)?.value.type === 'initiative') {
        to = k;
        break;
      }
    if (to - from < 2) continue;
    // "Action Plan", "Development Strategy": a weak head needs more than one word before it or a name after it.
    if (weak.has(t.norm) && h - from < 2 && !namesSomethingAfter(scan, h, to)) continue;
    // Already found whole by an earlier rule.
    if (foundWhole(scan, from, to)) continue;
    const text = spanText(scan, from, to);
    const known = listedRecord(scan, text, 'initiative');
    const value = known
      ? valueOf(known)
      : { entityId: newEntityId('initiative', text), type: 'initiative' as const, name: cleanName(text), known: false };
    addMention(
      scan,
      from,
      to,
      {
        start: tokens[from].start,
        end: tokens[to - 1].end,
        value,
        source: 'entities:pattern/initiative',
        confidence: known ? 0.85 : 0.55,
      },
      true,
    );
    h = to - 1;
  }
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

/**
 * @module acronym-rule
 * Acronyms of entities named in the same document: defined in brackets after the full name
 * ("Central Asian Regional Information and Coordination Centre (CARICC)"), or spelling the
 * initials of a name used earlier ("BRI" after "Belt and Road Initiative") (`entities:acronym`).
 */
import type { EntityMentionDetail, Mention } from './entity-mention.ts';
import type { Token } from '../../knowledge/tokenize.ts';
import { addMention, entityRule, replaceMention, type EntityRule, type Scan } from './scan.ts';

const SKIPPED_IN_INITIALS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'a']);

/** Adds acronym mentions. */
export const acronymRule: EntityRule = entityRule(findAcronym);

function findAcronym(scan: Scan): void {
  const { tokens, text } = scan;
  const known = new Map<string, EntityMentionDetail>();
  const byEnd = new Map<number, EntityMentionDetail>();
  for (const m of scan.mentions) {
    if (m.value.type === 'person') continue;
    byEnd.set(m.end, m.value);
    const init = initials(m.value.name);
    if (init.length >= 2 && !known.has(init)) known.set(init, m.value);
    const printed = initials(text.slice(m.start, m.end));
    if (printed.length >= 2 && !known.has(printed)) known.set(printed, m.value);
  }
  // "the International Coordination Council (ICC)": an acronym the text defines for a name it spells is that name's
  // from there on, even where the knowledge base lists the letters for another body.
  const defined = new Map<string, EntityMentionDetail>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.upper || t.norm.length > 8) continue;
    const acronym = text.slice(t.start, t.end);
    // "(CARICC)" right after a found name defines the acronym for the rest of the document.
    if (text[t.start - 1] === '(' && text[t.end] === ')' && k > 0) {
      const before = byEnd.get(text.slice(0, t.start - 1).trimEnd().length);
      if (before && scan.covered[k] < 0) known.set(acronym, before);
      const name = before && scan.mentions.find((m) => m.value === before);
      if (name && spells(acronym, text.slice(name.start, name.end))) defined.set(acronym, name.value);
      if (before && scan.covered[k] >= 0) knownByAcronym(scan, before, scan.mentions[scan.covered[k]], t);
    }
    const index = scan.covered[k];
    const value = index >= 0 ? defined.get(acronym) : known.get(acronym);
    if (!value) continue;
    const mention = { start: t.start, end: t.end, value: { ...value }, source: 'entities:acronym', confidence: 0.75 };
    if (index < 0) addMention(scan, k, k + 1, mention);
    else if (otherEntityOnToken(scan, index, t, value)) replaceMention(scan, index, k, k + 1, mention);
  }
}

/**
 * "the 2023 UN Climate Change Conference (COP28)": a name no record lists, followed by the bracketed acronym of a
 * listed entity of its type, is that entity, so both spellings are one.
 */
function knownByAcronym(scan: Scan, before: EntityMentionDetail, acronym: Mention, t: Token): void {
  const { value } = acronym;
  if (before.known || !value.known || value.type !== before.type || acronym.start !== t.start || acronym.end !== t.end)
    return;
  const index = scan.mentions.findIndex((m) => m.value === before);
  const name = scan.mentions[index];
  // "Island Aviation Council (IAC)": letters that spell the name define them for it, whatever the record says.
  if (spells(scan.text.slice(t.start, t.end), scan.text.slice(name.start, name.end))) return;
  const from = scan.tokens.findIndex((x) => x.start === name.start);
  const to = scan.tokens.findIndex((x) => x.end === name.end) + 1;
  if (from >= 0 && to > from) replaceMention(scan, index, from, to, { ...name, value: { ...value } });
}

// True when mention `index` is the token alone and names another entity than the one the text defined.
function otherEntityOnToken(scan: Scan, index: number, t: Token, value: EntityMentionDetail): boolean {
  const m = scan.mentions[index];
  return m.start === t.start && m.end === t.end && m.value.entityId !== value.entityId;
}

/** True when the acronym's letters are the initials of the name's words, in order ("PGII", "ICC"). */
function spells(acronym: string, name: string): boolean {
  const init = initials(name).toUpperCase();
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 && (init === letters || init.startsWith(letters) || letters.startsWith(init));
}

/** Compiled once: the build turns a `\p{…}` regex literal into a `new RegExp(…)` run at every call. */
const OPENS_CAPITAL = /^\p{Lu}/u;

function initials(name: string): string {
  return name
    .split(/[\s\-–—]+/)
    .filter((w) => w && !SKIPPED_IN_INITIALS.has(w.toLowerCase()) && OPENS_CAPITAL.test(w))
    .map((w) => w[0])
    .join('');
}

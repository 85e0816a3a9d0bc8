/**
 * @module role-title-rule
 * People introduced by a title or role ("President Rahmon", "Minister of Foreign Affairs of
 * Uzbekistan Bakhtiyor Saidov", "Chinese Foreign Minister Wang Yi", "H.E. Mr. …"):
 * attaches the role to people already found, and finds people the knowledge base spells
 * otherwise or does not hold (`entities:role-title`, `known: false` for the latter).
 */
import { skeletonKey, skeletonWord } from '../../knowledge/name-skeleton.ts';
import { personNamedBefore } from './surname-index.ts';
import { transliterate } from '../../knowledge/transliterate.ts';
import { newEntityId, type Mention } from './entity-mention.ts';
import { valueOf } from './alias-rule.ts';
import { nameRunAt, type NameRun } from './name-run.ts';
import { choosePerson, personByRole, resemblesName } from './person-resolver.ts';
import type { PersonRecord } from '../../knowledge/kb-types.ts';
import { addMention, mentionAt, spanText, entityRule, type EntityRule, type Scan } from './scan.ts';
import { roleAfter } from './role-after.ts';
import { afterAbbreviatedCountry } from './pattern-span.ts';
import { isDestination } from './destination-country.ts';
import { inTitleCaseLine } from './headline-line.ts';

/** A role printed before a name. */
export interface RoleCue {
  readonly role: string;
  readonly roleStart: number;
  readonly country?: string;
}

const ROLE_CONNECTORS = new Set(['of', 'and', 'the', 'for', 'to', 'on']);
/** French "de" elided before a capital, a word of its own to the tokenizer ("Chargé d’Affaires"). */
const ELIDED_OF = 'd';
const MAX_ROLE_TOKENS = 18;
// Courtesy words printed between a role and the name ("Minister H.E. Mr. …"); "H.E." is read as two tokens.
const HONORIFICS_BETWEEN = new Set(['mr', 'mrs', 'ms', 'dr', 'madam', 'excellency']);

/** Attaches roles to person mentions, then finds role-cued people not yet found. */
export const roleTitleRule: EntityRule = entityRule(findRoleTitle);

function findRoleTitle(scan: Scan): void {
  for (let k = 0; k < scan.tokens.length; k++) {
    const m = mentionAt(scan, k);
    if (m && m.value.type === 'person' && scan.tokens[k].start === m.start) attachRole(scan, m, k);
  }
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.covered[i] >= 0) continue;
    const run = nameRunAt(scan, i);
    if (!run) continue;
    const split = splitRoleAndName(scan, run);
    if (split) addRolePerson(scan, split.run, split.cue);
    else if (run.to - run.wordsFrom >= 2) {
      // "Ivan Petrov, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan"
      const after = roleAfter(scan.text, scan.tokens[run.to - 1].end, scan.lex);
      if (after)
        addRolePerson(scan, run, {
          role: after.role,
          roleStart: after.start,
          country: countryOfRole(scan, after.start, after.end),
        });
    }
    i = run.to - 1;
  }
}

/**
 * Where a capitalised run parts into role and name ("Chairman of the Halk Maslahaty" +
 * "Berdimuhamedov"): the longest name the knowledge base knows, else the name after a role
 * that ends on a title word or a country ("Minister of Culture" + "Ivan Petrov").
 */
function splitRoleAndName(scan: Scan, run: NameRun): { run: NameRun; cue: RoleCue } | undefined {
  const last = run.initials ? run.from : run.to - 1;
  for (let s = run.from; s <= last; s++) {
    const cue = roleBefore(scan, s, false);
    const words = s === run.from ? run.wordsFrom : s;
    const ids = cue ? scan.kb.lookupSkeleton(skeletonKey(spanText(scan, words, run.to))) : [];
    if (!ids.length) continue;
    // "Crown Prince Sheikh Mishal Al-Ahmed Al-Jaber Al-Sabah": a hit on the family name alone
    // would drop the given names into the role; start at the given name when it names one of them.
    const fuller = s > run.wordsFrom ? fullerName(scan, run, s, ids) : undefined;
    if (fuller) return fuller;
    return { run: s === run.from ? run : { from: s, to: run.to, initials: '', wordsFrom: s }, cue: cue! };
  }
  for (let s = run.from; s <= last; s++) {
    const cue = roleBefore(scan, s, true);
    if (cue) return { run: s === run.from ? run : { from: s, to: run.to, initials: '', wordsFrom: s }, cue };
  }
  return undefined;
}

/**
 * The split at an earlier word whose name (given names included) resembles one of the people a
 * shorter tail matched, after a strict role: long names sharing a family name (the Al-Sabahs)
 * are told apart by their given names.
 */
function fullerName(
  scan: Scan,
  run: NameRun,
  s: number,
  ids: readonly string[],
): { run: NameRun; cue: RoleCue } | undefined {
  for (let t = run.wordsFrom; t < s; t++) {
    const cue = roleBefore(scan, t, true);
    if (!cue) continue;
    const printed = transliterate(spanText(scan, t, run.to));
    const fits = ids.some((id) => {
      const rec = scan.kb.byId.get(id) as PersonRecord | undefined;
      return rec?.type === 'person' && !!rec.givenName && resemblesName(printed, rec) && givenNamed(printed, rec);
    });
    if (fits) return { run: t === run.wordsFrom ? run : { from: t, to: run.to, initials: '', wordsFrom: t }, cue };
  }
  return undefined;
}

/** True when the printed name's first word is the person's first given name (up to transliteration). */
function givenNamed(printed: string, rec: PersonRecord): boolean {
  const first = printed.split(/[\s-]+/)[0] ?? '';
  const given = (rec.givenName ?? '').split(/[\s-]+/)[0] ?? '';
  return first.length > 1 && skeletonWord(first) === skeletonWord(given);
}

/**
 * The role printed right before token `from`, walking left over role words, connectors,
 * capitalised words and country names, stopping at punctuation or ordinary lower-case words.
 */
export function roleBefore(scan: Scan, from: number, strictEnd = true): RoleCue | undefined {
  const { tokens, lex } = scan;
  let j = from - 1;
  // Honorifics ("H.E.", "Mr.") sit between the role and the name.
  while (
    j >= 0 &&
    (HONORIFICS_BETWEEN.has(tokens[j].norm) || (tokens[j].norm === 'e' && tokens[j - 1]?.norm === 'h'))
  ) {
    if (tokens[j].norm === 'e') j--;
    j--;
  }
  if (j < 0) return undefined;
  // "Deputy Prime Minister and Foreign Minister, Murat Nurtleu": a comma may part a role from the name.
  const comma = !tokens[j + 1].joined && /^\s*,\s*$/.test(scan.text.slice(tokens[j].end, tokens[j + 1].start));
  const abbreviation = tokens[j].dotAfter && tokens[j].norm.length <= 3;
  const endType = mentionAt(scan, j)?.value.type;
  const roleEnd = lex.roleHeads.has(tokens[j].norm) || endType === 'country' || endType === 'organization';
  if (!tokens[j + 1].joined && !abbreviation && !(comma && roleEnd)) return undefined;
  let first = -1;
  let hasHead = false;
  let country: string | undefined;
  let and = -1;
  for (let k = j; k >= 0 && j - k < MAX_ROLE_TOKENS; k--) {
    const t = tokens[k];
    const m = mentionAt(scan, k);
    // "President Ivan Petrov of Samoa and Prime Minister …": what follows another person up to "and" is theirs.
    if (m?.value.type === 'person' && and > first && first >= 0) {
      first = and + 1;
      country = countryOfRole(scan, tokens[first].start, tokens[j].end);
      break;
    }
    if (t.norm === 'and') and = k;
    // A signature block ("President A of X⏎Prime Minister B of Y"): a country after "of" that ends
    // the line before this role's title is the previous line's, and closes this role.
    if (m?.value.type === 'country' && hasHead && endsPreviousLine(scan, m, k)) break;
    if (m?.value.type === 'country') {
      // "Ambassador of Turkmenistan to China": the country after "to" is where, not whom, they serve.
      if (!isDestination(scan.text, m.start)) country ??= m.value.country;
      // "U.S.": an abbreviated country is one mention over several tokens.
      while (k > 0 && mentionAt(scan, k - 1) === m) k--;
      first = k;
    }
    // "President of the European Council", "Head of UNRCCA": a body named inside the role.
    else if (m?.value.type === 'organization') first = k;
    else if (m) break;
    else if (lex.roleHeads.has(t.norm)) {
      hasHead = true;
      first = k;
    } else if (lex.roleModifiers.has(t.norm) || lex.orgHeads.has(t.norm)) first = k;
    else if (ROLE_CONNECTORS.has(t.norm) || (t.norm === ELIDED_OF && !t.cap)) {
      /* kept only between role words; "Chargé d’Affaires" */
    } else if (t.cap && !lex.openers.has(t.norm)) first = k;
    else break;
    // Punctuation before this token closes the role, save the full stop of an abbreviated
    // country ("U.S. Vice President").
    if (!scan.tokens[k].joined && !afterAbbreviatedCountry(scan, k)) break;
  }
  if (!hasHead || first < 0) return undefined;
  while (first <= j && ROLE_CONNECTORS.has(tokens[first].norm)) first++;
  // A role never ends on a connector; a strict one ends on a title word or a country.
  if (ROLE_CONNECTORS.has(tokens[j].norm)) return undefined;
  if (strictEnd && !lex.roleHeads.has(tokens[j].norm) && endType !== 'country' && endType !== 'organization')
    return undefined;
  return { role: spanText(scan, first, j + 1), roleStart: tokens[first].start, country };
}

/** True when the country mention `m` (its last token `k`) reads "of (the) <country>" and a line ends after it. */
function endsPreviousLine(scan: Scan, m: Mention, k: number): boolean {
  const next = scan.tokens[k + 1];
  return (
    !!next &&
    scan.text.slice(m.end, next.start).includes('\n') &&
    /\bof(?:\s+the)?\s+$/i.test(scan.text.slice(Math.max(0, m.start - 12), m.start))
  );
}

function attachRole(scan: Scan, m: Mention, from: number): void {
  // The name is already bounded, so a role may end on a portfolio ("Secretary of State Antony Blinken").
  const cue = roleBefore(scan, from, m.value.known !== true);
  if (!cue) return;
  m.value.role = cue.role;
  m.value.roleStart = cue.roleStart;
  if (!m.value.country && cue.country) m.value.country = cue.country;
}

function addRolePerson(scan: Scan, run: NameRun, cue: RoleCue): void {
  const { tokens } = scan;
  const start = tokens[run.from].start,
    end = tokens[run.to - 1].end;
  const words = spanText(scan, run.wordsFrom, run.to);
  // "Vice Minister Kim" after "Kim Hong-kyun": a lone surname is the person the document named
  // before, whoever else the knowledge base holds with that surname.
  const earlier = run.to - run.wordsFrom === 1 ? personNamedBefore(scan, skeletonWord(words), start) : undefined;
  const exact = earlier ? [] : scan.kb.lookupSkeleton(skeletonKey(words));
  const candidates = exact.length || earlier || run.to - run.wordsFrom < 3 ? exact : sameFamily(scan, words);
  const id = earlier?.known
    ? earlier.entityId
    : earlier
      ? undefined
      : ((candidates.length
          ? choosePerson(scan, candidates, { role: cue.role, country: cue.country, initials: run.initials })
          : undefined) ?? personByRole(scan, cue.role, cue.country, transliterate(words)));
  const rec = id ? scan.kb.byId.get(id) : undefined;
  // In a headline every word is capitalised: "Foreign Minister Meets …" names nobody new
  // (a lone word there is a verb or noun; two words may still be a name in a list line).
  if (!rec && !earlier && run.to - run.wordsFrom === 1 && inTitleCaseLine(scan.text, start)) return;
  const base = rec
    ? valueOf(rec)
    : earlier
      ? {
          entityId: earlier.entityId,
          type: 'person' as const,
          name: earlier.name,
          known: earlier.known,
          ...(earlier.country ? { country: earlier.country } : {}),
        }
      : {
          entityId: newEntityId('person', transliterate(words)),
          type: 'person' as const,
          name: transliterate(words),
          known: false,
        };
  const value = {
    ...base,
    role: cue.role,
    roleStart: cue.roleStart,
    ...(cue.country && !base.country ? { country: cue.country } : {}),
  };
  const confidence = rec ? (candidates.length ? 0.85 : 0.6) : 0.7;
  addMention(scan, run.from, run.to, { start, end, value, source: 'entities:role-title', confidence });
}

/**
 * People of the knowledge base whose family name ends the printed name and whose first given name
 * opens it: "Mishal Al-Ahmed Al-Jaber Al-Sabah" (spelt otherwise than the record) is Mishal
 * Al-Ahmad Al-Jaber Al-Sabah, not another Al-Sabah.
 */
function sameFamily(scan: Scan, words: string): string[] {
  const parts = transliterate(words).split(/\s+/);
  for (let k = parts.length - 1; k >= 1; k--) {
    const ids = scan.kb.lookupSkeleton(skeletonKey(parts.slice(k).join(' ')));
    const fit = ids.filter((id) => {
      const rec = scan.kb.byId.get(id) as PersonRecord | undefined;
      return (
        rec?.type === 'person' &&
        !!rec.familyName &&
        skeletonKey(rec.familyName) === skeletonKey(parts.slice(k).join(' ')) &&
        givenNamed(parts.join(' '), rec) &&
        resemblesName(parts.join(' '), rec)
      );
    });
    if (fit.length) return fit;
  }
  return [];
}

// The country a role printed after the name names (first country mention inside it, not after "to").
function countryOfRole(scan: Scan, start: number, end: number): string | undefined {
  for (const m of scan.mentions) {
    if (m.value.type !== 'country' || m.start < start || m.end > end) continue;
    if (!isDestination(scan.text, m.start)) return m.value.country;
  }
  return undefined;
}

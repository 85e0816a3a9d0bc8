/**
 * @module person-name-rules
 * People found without a title: full names that match a knowledge-base person only up to
 * transliteration (`entities:fuzzy`: "Sirodjiddin Muhriddin", "Жээнбек Кулубаев"), and
 * surnames alone of people named earlier in the document or held by the knowledge base
 * (`entities:surname`: "Tokayev", "S.G. Berdimuhamedov", "Wang").
 */
import { skeletonKey, skeletonWord } from '../../knowledge/name-skeleton.ts';
import type { PersonRecord } from '../../knowledge/kb-types.ts';
import { valueOf } from './alias-rule.ts';
import { nameRunAt } from './name-run.ts';
import { activeOn, choosePerson } from './person-resolver.ts';
import { roleBefore } from './role-title-rule.ts';
import { addMention, spanText, entityRule, type EntityRule, type Scan } from './scan.ts';
import type { EntityMentionDetail } from './entity-mention.ts';
import { surnameKeys } from './surname-index.ts';

/**
 * Surnames shorter than this are linked to the knowledge base only with a title or when the document named the person
 * in full ("Xi", "Wang", "Li").
 */
const MIN_KB_SURNAME = 5;

/** Full-name matches by skeleton key against knowledge-base people. */
export const fuzzyPersonRule: EntityRule = entityRule(findFuzzyPerson);

function findFuzzyPerson(scan: Scan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.covered[i] >= 0) continue;
    const run = nameRunAt(scan, i);
    if (!run || run.to - run.wordsFrom < 2) continue;
    // Try the whole run, then its first two or three words ("Murat Nurtleu Kazakhstan's").
    for (let to = run.to; to >= run.wordsFrom + 2; to--) {
      const ids = scan.kb.lookupSkeleton(skeletonKey(spanText(scan, run.wordsFrom, to)));
      if (!ids.length) continue;
      const id = choosePerson(scan, ids, { role: roleBefore(scan, i)?.role, initials: run.initials });
      const rec = id && scan.kb.byId.get(id);
      if (!rec) break;
      addMention(scan, i, to, {
        start: scan.tokens[i].start,
        end: scan.tokens[to - 1].end,
        value: valueOf(rec),
        source: 'entities:fuzzy',
        confidence: 0.75,
      });
      i = to - 1;
      break;
    }
  }
}

/**
 * Surname-only mentions of people named in full earlier in the document, or of knowledge-base
 * people when a title, initials or a distinctive surname held by an office holder on the
 * document's date support it. A full name printed later never resolves an earlier surname:
 * two people may share it (father and son, namesakes).
 */
export const surnameRule: EntityRule = entityRule(findSurname);

function findSurname(scan: Scan): void {
  const people = scan.mentions.filter((m) => m.value.type === 'person').sort((a, b) => a.start - b.start);
  const named = new Map<string, EntityMentionDetail>();
  let next = 0;
  for (let i = 0; i < scan.tokens.length; i++) {
    // Only mentions that end before this token have been read.
    while (next < people.length && people[next].end <= scan.tokens[i].start) {
      for (const key of surnameKeys(scan, people[next].value)) if (!named.has(key)) named.set(key, people[next].value);
      next++;
    }
    if (scan.covered[i] >= 0) continue;
    const run = nameRunAt(scan, i);
    if (!run || run.to - run.wordsFrom !== 1) continue;
    const t = scan.tokens[run.wordsFrom];
    const key = skeletonWord(spanText(scan, run.wordsFrom, run.to));
    const cue = roleBefore(scan, i);
    let value = named.get(key);
    if (value && run.initials && value.known) {
      const rec = scan.kb.byId.get(value.entityId) as PersonRecord | undefined;
      if (rec?.givenName && !rec.givenName.toLowerCase().startsWith(run.initials[0])) value = undefined;
    }
    if (!value && (t.norm.length >= MIN_KB_SURNAME || cue || run.initials)) {
      const ids = scan.kb.lookupSkeleton(key).filter((id) => surnameOf(scan, id) === key);
      const id = ids.length
        ? choosePerson(scan, ids, { role: cue?.role, country: cue?.country, initials: run.initials })
        : undefined;
      const rec = id ? (scan.kb.byId.get(id) as PersonRecord | undefined) : undefined;
      if (rec && (cue || run.initials || inOfficeOn(rec, scan.date))) value = valueOf(rec);
    }
    if (!value) continue;
    addMention(scan, i, run.to, {
      start: scan.tokens[i].start,
      end: scan.tokens[run.to - 1].end,
      value: { ...value, ...(cue ? { role: cue.role, roleStart: cue.roleStart } : {}) },
      source: 'entities:surname',
      confidence: 0.7,
    });
  }
}

// True when the person held some post on the date (no date: holds one now); a bare surname of
// someone out of office is more likely a namesake.
function inOfficeOn(p: PersonRecord, date: string | undefined): boolean {
  return (p.memberships ?? []).some((m) => activeOn(m, date));
}

function surnameOf(scan: Scan, id: string): string {
  const p = scan.kb.byId.get(id) as PersonRecord | undefined;
  return p?.familyName ? skeletonWord(p.familyName) : '';
}

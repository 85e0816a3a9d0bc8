/**
 * @module honorific-rule
 * People named after a courtesy title alone ("Dr. Anna Ivanova", "Ms. Ivanova", "H.E. Mr. …")
 * that no earlier rule found: a person of the knowledge base when the name matches one, else a
 * new person (`entities:honorific`). A lone surname becomes a person only when the document
 * names no one else with it later (then a later rule or reader links it), never by guess.
 */
import { skeletonKey, skeletonWord } from '../../knowledge/name-skeleton.ts';
import { transliterate } from '../../knowledge/transliterate.ts';
import { valueOf } from './alias-rule.ts';
import { newEntityId, type EntityMentionDetail } from './entity-mention.ts';
import { nameRunAt } from './name-run.ts';
import { personNamedBefore, surnameNamedAfter } from './surname-index.ts';
import { choosePerson } from './person-resolver.ts';
import { addMention, spanText, entityRule, type EntityRule, type Scan } from './scan.ts';

const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr', 'madam', 'mme', 'prof']);

/** Adds people named after a courtesy title. */
export const honorificRule: EntityRule = entityRule(findHonorific);

function findHonorific(scan: Scan): void {
  const { tokens } = scan;
  for (let i = 1; i < tokens.length; i++) {
    if (scan.covered[i] >= 0 || !courtesyBefore(scan, i)) continue;
    const run = nameRunAt(scan, i);
    if (!run || run.initials) continue;
    const words = spanText(scan, run.wordsFrom, run.to);
    const lone = run.to - run.wordsFrom === 1;
    const earlier = lone ? withoutRole(personNamedBefore(scan, skeletonWord(words), tokens[i].start)) : undefined;
    if (earlier) {
      addMention(scan, run.from, run.to, {
        start: tokens[run.from].start,
        end: tokens[run.to - 1].end,
        value: { ...earlier },
        source: 'entities:honorific',
        confidence: 0.7,
      });
      continue;
    }
    if (lone && surnameNamedAfter(scan, skeletonWord(words), tokens[i].start)) continue;
    const ids = scan.kb.lookupSkeleton(skeletonKey(words));
    const id = ids.length ? choosePerson(scan, ids, {}) : undefined;
    const rec = id ? scan.kb.byId.get(id) : undefined;
    const name = transliterate(words);
    const value = rec
      ? valueOf(rec)
      : { entityId: newEntityId('person', name), type: 'person' as const, name, known: false };
    addMention(scan, run.from, run.to, {
      start: tokens[run.from].start,
      end: tokens[run.to - 1].end,
      value,
      source: 'entities:honorific',
      confidence: rec ? 0.8 : 0.6,
    });
    i = run.to - 1;
  }
}

// "Mr." / "Dr" / "Ms." right before token i, joined to it.
function courtesyBefore(scan: Scan, i: number): boolean {
  const prev = scan.tokens[i - 1];
  return COURTESY.has(prev.norm) && prev.cap && /^\.?\s+$/.test(scan.text.slice(prev.end, scan.tokens[i].start));
}

// The role stays with the mention that printed it.
function withoutRole(v: EntityMentionDetail | undefined): EntityMentionDetail | undefined {
  if (!v) return undefined;
  const { role: _role, roleStart: _start, ...value } = v;
  return value;
}

/**
 * @module surname-index
 * Who the document names with a surname, first and last: kept up to date as rules add mentions
 * (they only append), so asking "named before here?" costs no pass over every mention — a long
 * list of names stays linear.
 */
import { skeletonWord } from '../../knowledge/name-skeleton.ts';
import type { PersonRecord } from '../../knowledge/kb-types.ts';
import type { EntityMentionDetail, Mention } from './entity-mention.ts';
import type { Scan } from './scan.ts';

interface Index {
  seen: number;
  first: Map<string, Mention>;
  last: Map<string, Mention>;
}
const indexes = new WeakMap<Scan, Index>();

function indexOf(scan: Scan): Index {
  let ix = indexes.get(scan);
  if (!ix) indexes.set(scan, (ix = { seen: 0, first: new Map(), last: new Map() }));
  for (; ix.seen < scan.mentions.length; ix.seen++) {
    const m = scan.mentions[ix.seen];
    if (m.value.type !== 'person') continue;
    for (const key of surnameKeys(scan, m.value)) {
      const f = ix.first.get(key),
        l = ix.last.get(key);
      if (!f || m.start < f.start) ix.first.set(key, m);
      if (!l || m.start > l.start) ix.last.set(key, m);
    }
  }
  return ix;
}

/** The person the first mention with surname `key` names, when that mention ends before `at`. */
export function personNamedBefore(scan: Scan, key: string, at: number): EntityMentionDetail | undefined {
  const m = indexOf(scan).first.get(key);
  return m && m.end <= at ? m.value : undefined;
}

/** True when a person mention starting after `at` has surname `key`. */
export function surnameNamedAfter(scan: Scan, key: string, at: number): boolean {
  const m = indexOf(scan).last.get(key);
  return !!m && m.start > at;
}

/**
 * The surname keys of a person mention: the family name of a KB person; for a new person the
 * last word, and the first word too when the name is two short words (East Asian order:
 * "Guo Jiakun" → "Guo").
 */
export function surnameKeys(scan: Scan, v: EntityMentionDetail): string[] {
  const rec = v.known ? (scan.kb.byId.get(v.entityId) as PersonRecord | undefined) : undefined;
  if (rec?.familyName) return [skeletonWord(rec.familyName)];
  const words = v.name.split(/\s+/).filter((w) => !w.endsWith('.'));
  const keys = words.length > 1 ? [skeletonWord(words.at(-1)!)] : [];
  if (words.length === 2 && words[0].length <= 4) keys.push(skeletonWord(words[0]));
  return keys.filter((k) => k.length >= 2);
}

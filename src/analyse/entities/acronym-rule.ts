/**
 * @module acronym-rule
 * Acronyms of entities named in the same document: defined in brackets after the full name
 * ("Central Asian Regional Information and Coordination Centre (CARICC)"), or spelling the
 * initials of a name used earlier ("BRI" after "Belt and Road Initiative") (`entities:acronym`).
 */
import type { EntityMentionDetail } from './entity-mention.ts';
import { addMention, entityRule, type EntityRule, type Scan } from './scan.ts';

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
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.upper || scan.covered[k] >= 0 || t.norm.length > 8) continue;
    const acronym = text.slice(t.start, t.end);
    // "(CARICC)" right after a found name defines the acronym for the rest of the document.
    if (text[t.start - 1] === '(' && text[t.end] === ')' && k > 0) {
      const before = byEnd.get(text.slice(0, t.start - 1).trimEnd().length);
      if (before) known.set(acronym, before);
    }
    const value = known.get(acronym);
    if (value)
      addMention(scan, k, k + 1, {
        start: t.start,
        end: t.end,
        value: { ...value },
        source: 'entities:acronym',
        confidence: 0.75,
      });
  }
}

function initials(name: string): string {
  return name
    .split(/[\s\-–—]+/)
    .filter((w) => w && !SKIPPED_IN_INITIALS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

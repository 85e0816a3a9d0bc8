/**
 * @module local-name-rule
 * A state's local name kept out of free text as a given name or English word (`languages.json` countryNames.excluded:
 * "Chili", "Grenade") is still the state after the article French and Spanish put before it ("le Chili", "du Chili",
 * "la Grenade"), unless a capitalised word follows as a surname ("du Maurice Dupont").
 */
import type { CountryRecord } from '../../knowledge/kb-types.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { LocalNames } from '../shared/kb-view.ts';
import { valueOf } from './alias-rule.ts';
import { addMention, entityRule, type EntityRule, type Scan } from './scan.ts';

const cache = new WeakMap<KnowledgeBase, Map<string, CountryRecord>>();

/** Adds the states named by an excluded local name after an article. */
export const localNameRule: EntityRule = entityRule(findLocalNames);

function findLocalNames(scan: Scan): void {
  const { tokens } = scan;
  const names = excludedNames(scan.kb, scan.lex.localNames);
  const articles = new Set(scan.lex.localNames.articles ?? []);
  if (!names.size) return;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || !t.joined || scan.covered[k] >= 0 || !articles.has(tokens[k - 1].norm)) continue;
    const rec = names.get(scan.text.slice(t.start, t.end));
    const next = tokens[k + 1];
    if (!rec || (next?.joined && next.cap)) continue;
    addMention(scan, k, k + 1, {
      start: t.start,
      end: t.end,
      value: valueOf(rec),
      source: 'entities:alias',
      confidence: 0.75,
    });
  }
}

/** Excluded local name → its state, once per knowledge base. */
function excludedNames(kb: KnowledgeBase, localNames: LocalNames): Map<string, CountryRecord> {
  let out = cache.get(kb);
  if (out) return out;
  out = new Map();
  for (const r of kb.records()) {
    if (r.type !== 'country') continue;
    const c = r as CountryRecord;
    for (const l of localNames.languages) {
      const n = c.names?.[l as keyof NonNullable<CountryRecord['names']>];
      if (n && localNames.excluded.includes(n)) out.set(n, c);
    }
  }
  cache.set(kb, out);
  return out;
}

/**
 * @module inverted-index
 * The in-memory `RetrievalIndex`: postings per term and per fact, BM25 over the terms plus a
 * bonus per shared fact (entity, state, date, figure). A query touches only the postings of its
 * own terms and facts, so its cost follows the passages that share something with it, not the
 * index size.
 */
import type { RetrievalIndex } from './retrieval-index.ts';
import type { Candidate, RetrievalQuery, RetrievalUnit, UnitFacts } from './retrieval-unit.ts';
import { retrievalTerms as terms } from './terms.ts';

const K1 = 1.2;
const B = 0.75;
/** What one shared fact adds to the word rank. */
const FACT_BONUS = 0.5;
const FACT_FIELDS = ['entities', 'states', 'dates', 'figures'] as const satisfies readonly (keyof UnitFacts)[];

interface Held {
  unit: RetrievalUnit;
  length: number;
}

/** A new, empty index. @example const index = createInvertedIndex(); index.add(units); */
export function createInvertedIndex(): RetrievalIndex {
  const units = new Map<string, Held>();
  const postings = new Map<string, Map<string, number>>();
  const factPostings = new Map<string, Set<string>>();
  const byDocument = new Map<string, Set<string>>();
  let totalLength = 0;

  const remove = (id: string) => {
    const held = units.get(id);
    if (!held) return;
    for (const t of new Set(terms(held.unit.text))) postings.get(t)?.delete(id);
    for (const f of factKeys(held.unit.facts)) factPostings.get(f)?.delete(id);
    byDocument.get(held.unit.documentId)?.delete(id);
    totalLength -= held.length;
    units.delete(id);
  };

  /** Rarity of a term: words in few passages weigh more (BM25's idf, never negative). */
  const idf = (t: string) => {
    const n = units.size;
    const df = postings.get(t)?.size ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };

  return {
    get size() {
      return units.size;
    },
    add(list) {
      for (const unit of list) {
        remove(unit.id);
        const ts = terms(unit.text);
        units.set(unit.id, { unit, length: ts.length });
        totalLength += ts.length;
        for (const t of ts) {
          let p = postings.get(t);
          if (!p) postings.set(t, (p = new Map()));
          p.set(unit.id, (p.get(unit.id) ?? 0) + 1);
        }
        for (const f of factKeys(unit.facts)) {
          let p = factPostings.get(f);
          if (!p) factPostings.set(f, (p = new Set()));
          p.add(unit.id);
        }
        let d = byDocument.get(unit.documentId);
        if (!d) byDocument.set(unit.documentId, (d = new Set()));
        d.add(unit.id);
      }
    },
    removeDocument(documentId) {
      for (const id of [...(byDocument.get(documentId) ?? [])]) remove(id);
      byDocument.delete(documentId);
    },
    coverage(query, unitIds) {
      const queryTerms = [...new Set(terms(query.text))];
      const total = queryTerms.reduce((s, t) => s + idf(t), 0);
      if (!total) return 0;
      const held = queryTerms.filter((t) => unitIds.some((id) => postings.get(t)?.has(id)));
      return held.reduce((s, t) => s + idf(t), 0) / total;
    },
    candidates(query, limit = 5) {
      const n = units.size;
      if (!n) return [];
      const avg = totalLength / n || 1;
      const inScope = scopeFilter(query);
      const queryTerms = [...new Set(terms(query.text))];
      const totalIdf = queryTerms.reduce((s, t) => s + idf(t), 0) || 1;
      const acc = new Map<string, { score: number; covered: number; shared: string[] }>();
      const entry = (id: string) => {
        let e = acc.get(id);
        if (!e) acc.set(id, (e = { score: 0, covered: 0, shared: [] }));
        return e;
      };
      for (const t of queryTerms) {
        const w = idf(t);
        for (const [id, tf] of postings.get(t) ?? []) {
          const held = units.get(id)!;
          if (!inScope(held.unit)) continue;
          const e = entry(id);
          e.score += (w * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * held.length) / avg));
          e.covered += w;
        }
      }
      for (const f of factKeys(query.facts ?? {})) {
        for (const id of factPostings.get(f) ?? []) {
          if (!inScope(units.get(id)!.unit)) continue;
          const e = entry(id);
          e.score += FACT_BONUS;
          e.shared.push(f);
        }
      }
      const ranked: Candidate[] = [...acc].map(([id, e]) => ({
        unit: units.get(id)!.unit,
        score: e.score,
        coverage: e.covered / totalIdf,
        shared: e.shared,
      }));
      return ranked.sort((a, b) => b.score - a.score || a.unit.id.localeCompare(b.unit.id)).slice(0, limit);
    },
  };
}

function factKeys(facts: Partial<UnitFacts>): string[] {
  return FACT_FIELDS.flatMap((field) => (facts[field] ?? []).map((v) => `${field}:${v}`));
}

function scopeFilter(query: RetrievalQuery): (unit: RetrievalUnit) => boolean {
  const docs = query.documentIds ? new Set(query.documentIds) : null;
  return (unit) =>
    (query.meetingId === undefined || unit.meetingId === query.meetingId) && (!docs || docs.has(unit.documentId));
}

/**
 * @module clause-candidates
 * Candidates by clause: a primary document's clause is the unit evidence names, and it often
 * says one thing over several sentences ("The Parties discussed preparations for the Summit. …
 * and committed to close coordination for a successful summit."). The sentences of one clause
 * among the candidates are read as one passage, whose coverage is what they hold together.
 */
import type { RetrievalIndex } from './retrieval-index.ts';
import type { Candidate, RetrievalQuery, RetrievalUnit, UnitFacts } from './retrieval-unit.ts';

/**
 * The candidates with the sentences of each clause merged, best coverage first.
 * @example clauseCandidates(index, query, index.candidates(query, 12))[0].unit.clause
 */
export function clauseCandidates(
  index: RetrievalIndex,
  query: RetrievalQuery,
  candidates: readonly Candidate[],
): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.unit.documentId}#${c.unit.clause}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()]
    .map((group) => (group.length === 1 ? group[0] : merged(index, query, group)))
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score);
}

function merged(index: RetrievalIndex, query: RetrievalQuery, group: readonly Candidate[]): Candidate {
  const units = [...group].map((c) => c.unit).sort((a, b) => a.start - b.start);
  const first = units[0];
  const unit: RetrievalUnit = {
    ...first,
    end: Math.max(...units.map((u) => u.end)),
    text: units.map((u) => u.text).join(' '),
    facts: mergedFacts(units.map((u) => u.facts)),
  };
  return {
    unit,
    score: Math.max(...group.map((c) => c.score)),
    coverage: index.coverage(
      query,
      units.map((u) => u.id),
    ),
    shared: [...new Set(group.flatMap((c) => c.shared))],
  };
}

function mergedFacts(all: readonly UnitFacts[]): UnitFacts {
  const field = (k: keyof UnitFacts) => [...new Set(all.flatMap((f) => f[k]))].sort();
  return {
    entities: field('entities'),
    states: field('states'),
    sectors: field('sectors'),
    dates: field('dates'),
    figures: field('figures'),
  };
}

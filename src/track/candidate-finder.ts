/**
 * @module candidate-finder
 * Where the tracker looks for evidence, behind one small interface so a retrieval index
 * (src/link/retrieval/, the claims work) can replace it. This one asks the store's full-text
 * index for passages naming a promise's anchors and topic pairs, and the tracker's term index
 * for the promises a new document's words could report on; neither scans every document.
 */
import type { Store } from '../store/store.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';
import type { TrackingRepository } from './tracking-repository.ts';
import { implementationLexicon } from './implementation-lexicon.ts';

export interface CandidatePassage {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
}

export interface CandidateFinder {
  /** Passages of other documents that may report on the promise. */
  passagesFor(c: TrackedCommitment): Promise<CandidatePassage[]>;
  /** Promises made before `date` that a document with these terms may report on. */
  commitmentsFor(terms: readonly string[], date: string): Promise<TrackedCommitment[]>;
}

/** Queries per promise and hits per query: bounds that keep one document's linking cheap. */
const MAX_QUERIES = 8;
const HITS_PER_QUERY = 100;

export function storeCandidateFinder(store: Store, repo: TrackingRepository): CandidateFinder {
  return {
    async passagesFor(c) {
      // A document newer than everything stored (the usual case: news comes in order) has no later one to search.
      if (c.madeOn && !(await repo.hasDocumentsAfter(c.madeOn))) return [];
      const queries = [
        ...c.anchors.map((a) => [...a.searchWords, ...ordinalAlternatives(a.tokens)].join(' ')),
        ...c.anchors.flatMap((a) => (a.acronym ? [a.acronym] : [])),
        // A promise to meet again: the texts naming its format, among them its next meetings'.
        ...(c.meetsAgain && c.format ? [formatQuery(c.format)] : []),
        // Before the topics: a promise has many pairs but few heads, and the queries are bounded.
        ...(c.objects ?? []).map(prefixOf),
        // A body it creates, named by generic nouns only: a query of its own, ahead of the many topic pairs.
        ...(c.bodies ?? []).map(prefixesOf),
        ...[...c.topics, ...(c.acts ?? [])].map(prefixesOf),
      ].filter(Boolean);
      const out = new Map<string, CandidatePassage>();
      for (const query of queries.slice(0, MAX_QUERIES)) {
        // Documents known to be older than the promise cannot report on it: the index leaves them out.
        const page = await store.search({
          query,
          limit: HITS_PER_QUERY,
          ...(c.madeOn ? { publishedAfter: c.madeOn } : {}),
        });
        for (const h of page.items) {
          if (h.documentId === c.documentId) continue;
          out.set(`${h.documentId}:${h.start}`, { documentId: h.documentId, start: h.start, end: h.end });
        }
      }
      return [...out.values()];
    },
    commitmentsFor: (terms, date) => repo.commitmentsWithTerms(terms, date),
  };
}

/** Endings `normalise` (word-form.ts) writes, cut to what every spelling of them begins with. */
const SPELLED_AS: Record<string, string> = { iz: 'i', y: '', ter: 't' };

/** The words of a pair or act, each as a prefix query. */
function prefixesOf(forms: string): string {
  return forms.split(' ').map(prefixOf).join(' ');
}

/**
 * A compared form as a prefix query that finds every spelling it stands for: the form is the
 * term index's ("exerciz" for "exercises", "country" for "countries", "center" for "centre"),
 * so the letters normalising may have changed are cut and the search, from the promise's side,
 * finds the reports the term index finds from the report's side (issue 10: any arrival order).
 */
export function prefixOf(form: string): string {
  if (form.length <= 4) return `${form}*`;
  const end = Object.keys(SPELLED_AS).find((e) => form.endsWith(e));
  return `${end ? form.slice(0, -end.length) + SPELLED_AS[end] : form}*`;
}

/** An anchor's ordinals as a search group: "second OR 2nd" for 2. */
function ordinalAlternatives(tokens: readonly string[]): string[] {
  const { ordinals } = implementationLexicon();
  return tokens
    .filter((t) => /^\d+$/.test(t))
    .map((n) => {
      const named = [...ordinals].filter(([, v]) => String(v) === n).map(([w]) => w);
      return [...named, `${n}${suffix(Number(n))}`].join(' OR ');
    });
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** A format's name as a query: its longer words ("US–Pacific Islands" → "Pacific Islands"). */
function formatQuery(format: string): string {
  return format
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2)
    .join(' ');
}

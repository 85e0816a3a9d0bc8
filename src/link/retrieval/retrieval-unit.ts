/**
 * @module retrieval-unit
 * What the retrieval index holds and answers with: a passage of a stored document (a sentence
 * of a primary document's clause, by default) with the facts it names, so candidates can be
 * ranked by shared words and shared structured facts alike.
 */

/** The structured facts a passage or a query names. */
export interface UnitFacts {
  /** Entity ids (`country:KZ`, `person:…`, `org:…`). */
  readonly entities: readonly string[];
  /** ISO codes of the states named or acting. */
  readonly states: readonly string[];
  readonly sectors: readonly string[];
  /** Years and ISO dates named ("2026", "2025-04-26"). */
  readonly dates: readonly string[];
  /** Figures as comparable keys (`money:usd`, `percent`, `count:countries`). */
  readonly figures: readonly string[];
}

/** One indexed passage. */
export interface RetrievalUnit {
  /** Unique in the index: `<documentId>:<start>`. */
  readonly id: string;
  readonly documentId: string;
  /** The document's file name (else its id): what evidence names. */
  readonly document: string;
  /** Clause label as printed, `preamble` or `p<N>`. */
  readonly clause: string;
  /** The meeting the document belongs to (scopes queries). */
  readonly meetingId: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly facts: UnitFacts;
}

/** A query: a passage's words and facts, optionally restricted to one meeting or some documents. */
export interface RetrievalQuery {
  readonly text: string;
  readonly facts?: Partial<UnitFacts>;
  readonly meetingId?: string | null;
  readonly documentIds?: readonly string[];
}

/** A ranked answer. `coverage` is the share of the query's (rarity-weighted) words the unit holds. */
export interface Candidate {
  readonly unit: RetrievalUnit;
  /** Word rank (BM25) plus shared facts; only for ordering. */
  readonly score: number;
  /** 0..1: how much of the query the unit covers, comparable across queries. */
  readonly coverage: number;
  /** The facts the unit and the query share. */
  readonly shared: readonly string[];
}

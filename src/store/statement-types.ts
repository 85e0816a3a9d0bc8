/**
 * @module statement-types
 * The shapes of the store's statements query, apart from its implementation, so that the Store
 * interface names them without importing the query code (which imports the store's rows).
 */
import type { MeetingValue, StatementValue } from '../model/layers.ts';

/** What the store filters statements by. */
export interface StatementRowQuery {
  readonly documentId?: string;
  readonly kind?: string;
  /** Cut each statement's text from its document (default true); false leaves `text` empty and reads no text. */
  readonly withText?: boolean;
}

/** One stored statement with its text, its document's title and its meeting. */
export interface StoredStatement {
  readonly documentId: string;
  readonly title: string | null;
  readonly fileName: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: StatementValue;
  readonly source: string;
  readonly confidence: number;
  readonly meeting: MeetingValue | null;
}

/** A page of statements filtered, ordered, counted and faceted by the database. */
export interface StatementPageQuery {
  readonly kind?: string;
  /** A state among the actors (ISO alpha-2, any case). */
  readonly actor?: string;
  readonly sector?: string;
  /** Inclusive deadline bounds compared as ISO prefixes ("2026" ≤ "2026-05" ≤ "2026-12-31"). */
  readonly deadlineFrom?: string;
  readonly deadlineTo?: string;
  /** Documents left out (those whose statements or meeting reviewers changed). */
  readonly excludeDocuments?: readonly string[];
  /** Also list the meeting formats of all documents with statements (for a filter form). */
  readonly withFormats?: boolean;
  readonly limit: number;
  readonly offset: number;
}

/** The page (texts left empty), how many match, and counts per kind, sector and actor over all that match. */
export interface StatementPage {
  readonly rows: readonly StoredStatement[];
  readonly total: number;
  readonly byKind: Readonly<Record<string, number>>;
  readonly bySector: Readonly<Record<string, number>>;
  readonly byActor: Readonly<Record<string, number>>;
  /** With `withFormats`: the distinct meeting formats of documents with statements. */
  readonly formats?: readonly string[];
}

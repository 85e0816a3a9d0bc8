/**
 * @module entity-index
 * What the store's entity index answers (migration 100; src/store/entities/entity-index-store.ts).
 */
import type { Annotation } from '../../model/annotation.ts';

/** One entity as the machine's mentions count it. */
export interface EntityIndexRow {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly known: boolean;
  readonly mentionCount: number;
  readonly documentCount: number;
}

export interface EntityIndexQuery {
  readonly type?: string;
  /** Case-insensitive substring of the name or of any spelling. */
  readonly text?: string;
  /** Entities left out (those reviewers' decisions change). */
  readonly exclude?: readonly string[];
  readonly limit: number;
  readonly offset: number;
}

/** An entity sharing documents with another, and how many. */
export interface CoOccurrence {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly documents: number;
}

/** Where a mention is: document and span. */
export interface MentionPlace {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
}

/** A document that names the entity among its participants or parties. */
export interface AttendanceRow {
  readonly documentId: string;
  readonly title: string;
  readonly as: 'participant' | 'party';
  readonly role: string | null;
  /** The document's meeting annotation value, when it has one. */
  readonly meeting: unknown;
}

/** A stored entity mention, with the text it covers. */
export type IndexedMention = Annotation & { readonly documentId: string; readonly surface?: string };

/** The machine's mentions counted per entity. Reviewers' decisions are applied above (src/services/). */
export interface EntityIndex {
  /** A page of entities, most mentioned first (then by name and id), with the count of all that match. */
  page(query: EntityIndexQuery): Promise<{ items: EntityIndexRow[]; total: number }>;
  /** How many entities of each type match. */
  countByType(query: Omit<EntityIndexQuery, 'type' | 'limit' | 'offset'>): Promise<Map<string, number>>;
  /** The entities with these ids (those the index knows). */
  get(ids: readonly string[]): Promise<EntityIndexRow[]>;
  /** Each entity's spellings, most frequent first. */
  spellings(ids: readonly string[]): Promise<Map<string, string[]>>;
  /** Mentions of these entities in store order (document, start, end), optionally one page of them. */
  mentions(ids: readonly string[], page?: { limit: number; offset: number }): Promise<IndexedMention[]>;
  /** The entities the machine linked the mentions at these places to. */
  entitiesAt(places: readonly MentionPlace[]): Promise<string[]>;
  /** The ids of the documents that mention the entity. */
  documentIds(entityId: string): Promise<string[]>;
  /** Documents naming the entity among their participants or (given a state's code) parties. */
  attendance(entityId: string, iso?: string): Promise<AttendanceRow[]>;
  /** Entities sharing documents with an entity (or in given documents), most shared first. */
  coOccurring(
    of: { readonly entityId: string } | { readonly documentIds: readonly string[] },
    exclude: readonly string[],
    limit: number,
  ): Promise<CoOccurrence[]>;
}

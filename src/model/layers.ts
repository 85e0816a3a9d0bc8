/**
 * @module layers
 * The value types of the standard annotation layers. These are the contract between the
 * analysis steps (which write them) and the store, server and exporters (which read them).
 * Every annotation also carries its span, source and confidence (see `Annotation`).
 */
import type { DocumentKind } from './document.ts';

export const ENTITY_TYPES = ['person', 'country', 'city', 'organization', 'initiative', 'event', 'territory'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Layer `entities`: one annotation per mention; its span is the mention's surface text. */
export interface EntityMentionValue {
  /**
   * Knowledge-base id (`country:KZ`, `person:tokayev-kassym-jomart`) or, for an entity not in the knowledge base,
   * `new:<type>:<slug>`.
   */
  entityId: string;
  type: EntityType;
  /** The entity's canonical name ("Kyrgyzstan" for "Kyrgyz Republic"). */
  name: string;
  /** False for entities found by pattern but absent from the knowledge base (unreviewed). */
  known: boolean;
  /** ISO 3166-1 alpha-2 for countries; the represented country for people, where known. */
  country?: string;
}

/** Layer `documentKind`: one document-wide annotation (span = the evidence). */
export interface DocumentKindValue {
  kind: DocumentKind;
}

export const MEETING_LEVELS = [
  'heads-of-state',
  'foreign-ministers',
  'ministers',
  'senior-officials',
  'other',
] as const;
export type MeetingLevel = (typeof MEETING_LEVELS)[number];

/** Layer `meeting`: at most one annotation; span = the sentence that names the meeting. */
export interface MeetingValue {
  format: string | null;
  /** Knowledge-base id of the format (`format:china-central-asia`), where linked. */
  formatId?: string | null;
  level: MeetingLevel | null;
  edition: number | null;
  /** ISO date of the (first) day. */
  date: string | null;
  /** ISO date of the last day, null for a one-day meeting. */
  end: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

/** Layer `participants`: one annotation per participant; span = the name as first given with its role. */
export interface ParticipantValue {
  name: string;
  entityId?: string;
  /** ISO code of the state represented. */
  country: string | null;
  /** The role as the text gives it. */
  role: string | null;
}

/** Layer `parties`: one annotation; span = the passage that names the parties. */
export interface PartiesValue {
  /** Sorted ISO codes of the states that adopted or signed the document. */
  parties: string[];
}

export const STATEMENT_KINDS = ['commitment', 'endorsement', 'position', 'record'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const SECTORS = [
  'political',
  'security',
  'institutional',
  'multilateral',
  'trade',
  'investment',
  'finance',
  'transport',
  'energy',
  'agriculture',
  'environment',
  'digital',
  'health',
  'education',
  'culture',
  'social',
] as const;
export type Sector = (typeof SECTORS)[number];

export interface ReferenceValue {
  type: 'event' | 'organization' | 'initiative' | 'project';
  name: string;
  date?: string | null;
  place?: string | null;
  /** Where the statement names it: offsets into the document text, `[start, end)`. */
  start: number;
  end: number;
}

/** Layer `statements`: one annotation per statement; span = the statement's exact text. */
export interface StatementValue {
  /** The clause label as printed, `preamble`, or `p<N>`. */
  clause: string;
  kind: StatementKind;
  /** Sorted ISO codes. */
  actors: string[];
  sectors: Sector[];
  /** ISO date, YYYY-MM, YYYY, or null. */
  deadline: string | null;
  references: ReferenceValue[];
}

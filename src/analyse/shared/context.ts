/**
 * @module context
 * What steps get besides the document: the knowledge of one analysis, built once by
 * `loadContext` (`src/analyse/load-context.ts`) so that every part reads the same knowledge
 * (reviewed aliases included). Steps treat it as read-only and never load knowledge themselves.
 */
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { EntityLexicons } from './entity-lexicons.ts';
import type { Lexicons } from './load-lexicons.ts';

export interface AnalysisContext {
  /** The knowledge base the entity rules link to. */
  readonly kb: KnowledgeBase;
  /** Word lists of the document-kind, meeting, parties and statements steps, with their view of `kb`. */
  readonly lexicons: Lexicons;
  /** Word lists of the entity rules. */
  readonly entityLexicons: EntityLexicons;
}

/**
 * @module load-context
 * Builds the analysis context: the one function every caller (ingest, review, the CLI, scripts,
 * benches, tests) uses, so each analysis reads one view of the knowledge.
 */
import type { AnalysisContext } from './shared/context.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { sharedKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { withReviewedAliases, type ReviewedAlias } from '../knowledge/with-reviewed-aliases.ts';
import { loadEntityLexicons, type EntityLexicons } from './shared/entity-lexicons.ts';
import { buildKbView } from './shared/kb-view.ts';
import { loadLexicons, readLocalNames, type Lexicons } from './shared/load-lexicons.ts';
import { sharedClaimLexicon, type ClaimLexicon } from './shared/claim-lexicon.ts';
import { sharedFigureLexicon, type FigureLexicon } from './shared/figure-lexicon.ts';

export interface ContextOptions {
  /** The knowledge base (default: the repository's, read once per process). */
  readonly kb?: KnowledgeBase;
  /** Reviewers' aliases, applied to the knowledge base before anything is built from it. */
  readonly reviewedAliases?: readonly ReviewedAlias[];
  /** Lexicons as given (test fixtures); default: `data/lexicons` with a view of the knowledge base. */
  readonly lexicons?: Lexicons;
  readonly entityLexicons?: EntityLexicons;
  readonly figures?: FigureLexicon;
  readonly claimCues?: ClaimLexicon;
}

let cached: AnalysisContext | undefined;

/**
 * The analysis context. Without options it is the repository's knowledge, built on first use and
 * then shared (it is read-only). With reviewed aliases, the knowledge base holds them and the
 * lexicons' view of it is built from that same knowledge base (not cached: it depends on the
 * store's decisions).
 * @example createPipeline(DEFAULT_STEPS).run(document, tree, loadContext())
 */
export function loadContext(options: ContextOptions = {}): AnalysisContext {
  const given = options.lexicons || options.entityLexicons || options.figures || options.claimCues;
  const plain = !options.kb && !options.reviewedAliases?.length && !given;
  if (plain && cached) return cached;
  const base = options.kb ?? sharedKnowledgeBase();
  const kb = options.reviewedAliases?.length ? withReviewedAliases(base, options.reviewedAliases) : base;
  const context: AnalysisContext = Object.freeze({
    kb,
    lexicons: options.lexicons ?? loadLexicons(buildKbView(kb.records(), readLocalNames())),
    entityLexicons: options.entityLexicons ?? loadEntityLexicons(),
    figures: options.figures ?? sharedFigureLexicon(),
    claimCues: options.claimCues ?? sharedClaimLexicon(),
  });
  if (plain) cached = context;
  return context;
}

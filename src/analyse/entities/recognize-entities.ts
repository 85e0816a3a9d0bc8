/**
 * @module recognize-entities
 * Finds every entity mention of a text: the rules in order, each a pure function from the mentions accepted so far
 * to its candidates, decided by `acceptCandidates`.
 * Pure: same text, date and knowledge base, same mentions.
 */
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { tokenize } from '../../knowledge/tokenize.ts';
import { acronymListRule } from './acronym-list-rule.ts';
import { webOutletRule } from './web-outlet-rule.ts';
import { bylineRule } from './byline-rule.ts';
import { betweenMeetingRule } from './between-meeting-rule.ts';
import { acronymRule } from './acronym-rule.ts';
import { aliasRule } from './alias-rule.ts';
import { localNameRule } from './local-name-rule.ts';
import { placeMentions } from './city-in-name.ts';
import { loadEntityLexicons, type EntityLexicons } from '../shared/entity-lexicons.ts';
import type { Mention } from './entity-mention.ts';
import { documentNameRule } from './document-name-rule.ts';
import { eventPatternRule } from './event-pattern-rule.ts';
import { formatMeetingRule } from './format-meeting-rule.ts';
import { honorificRule } from './honorific-rule.ts';
import { headFirstNameRule } from './head-first-name-rule.ts';
import { initiativePatternRule, yearHorizonInitiativeRule } from './initiative-pattern-rule.ts';
import { withoutInlineMarkup } from './inline-markup.ts';
import { ministryRule } from './ministry-rule.ts';
import { orgPatternRule } from './org-pattern-rule.ts';
import { fuzzyPersonRule, surnameRule } from './person-name-rules.ts';
import { recognizerFor } from './recognizer.ts';
import { roleTitleRule } from './role-title-rule.ts';
import { createScan, type EntityRule } from './scan.ts';
import { acceptCandidates } from './candidate.ts';

export interface RecognizeOptions {
  /** The document's date (ISO), to choose among holders of an office. */
  readonly date?: string;
  /** Offset where the body starts (a header block is skipped). */
  readonly from?: number;
  /** The entity word lists (the analysis context's; tools and tests may leave them to be loaded). */
  readonly lexicons?: EntityLexicons;
}

/**
 * All entity mentions of `text`, sorted by start.
 * @example recognizeEntities('President Tokayev met Wang Yi.', kb)
 */
export function recognizeEntities(printed: string, kb: KnowledgeBase, options: RecognizeOptions = {}): Mention[] {
  // Same length as printed, so mentions' offsets are the document's.
  const text = withoutInlineMarkup(printed);
  const tokens = tokenize(text, options.from ?? 0);
  let state = createScan(text, tokens, kb, options.lexicons ?? loadEntityLexicons(), options.date);
  // Each rule reads what the rules before it accepted; its candidates are decided in one place.
  for (const rule of rulesFor(kb, state.lex)) state = acceptCandidates(state, rule(state));
  return placeMentions(state).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The rules in the order they run: a rule reads the mentions the rules before it accepted (the tokens they cover),
 * and where two candidates claim a token the earlier one keeps it.
 */
function rulesFor(kb: KnowledgeBase, lex: EntityLexicons): EntityRule[] {
  return [
    aliasRule(recognizerFor(kb, lex.spellings, lex.localNames)),
    localNameRule,
    webOutletRule,
    bylineRule,
    formatMeetingRule,
    roleTitleRule,
    fuzzyPersonRule,
    // Before the head-noun rule, which would read "Initiative “On World Unity …" as one capitalised run.
    yearHorizonInitiativeRule,
    // French and Spanish names open with their head ('Alianza para …'); the English rule would read none of them.
    headFirstNameRule,
    initiativePatternRule,
    documentNameRule,
    eventPatternRule,
    betweenMeetingRule,
    ministryRule,
    orgPatternRule,
    surnameRule,
    honorificRule,
    acronymRule,
    // Last: an acronym the document defines or the knowledge base knows keeps its own entity.
    acronymListRule,
  ];
}

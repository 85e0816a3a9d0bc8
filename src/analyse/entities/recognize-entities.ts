/**
 * @module recognize-entities
 * Finds every entity mention of a text: the rules in order, each adding to a shared scan.
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
import { placeMentions } from './city-in-name.ts';
import { loadEntityLexicons, type EntityLexicons } from '../shared/entity-lexicons.ts';
import type { Mention } from './entity-mention.ts';
import { eventPatternRule } from './event-pattern-rule.ts';
import { formatMeetingRule } from './format-meeting-rule.ts';
import { honorificRule } from './honorific-rule.ts';
import { initiativePatternRule, yearHorizonInitiativeRule } from './initiative-pattern-rule.ts';
import { ministryRule } from './ministry-rule.ts';
import { orgPatternRule } from './org-pattern-rule.ts';
import { fuzzyPersonRule, surnameRule } from './person-name-rules.ts';
import { recognizerFor } from './recognizer.ts';
import { roleTitleRule } from './role-title-rule.ts';
import { createScan } from './scan.ts';

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
export function recognizeEntities(text: string, kb: KnowledgeBase, options: RecognizeOptions = {}): Mention[] {
  const tokens = tokenize(text, options.from ?? 0);
  const scan = createScan(text, tokens, kb, options.lexicons ?? loadEntityLexicons(), options.date);
  aliasRule(scan, recognizerFor(kb));
  webOutletRule(scan);
  bylineRule(scan);
  formatMeetingRule(scan);
  roleTitleRule(scan);
  fuzzyPersonRule(scan);
  // Before the head-noun rule, which would read "Initiative “On World Unity …" as one capitalised run.
  yearHorizonInitiativeRule(scan);
  initiativePatternRule(scan);
  eventPatternRule(scan);
  betweenMeetingRule(scan);
  ministryRule(scan);
  orgPatternRule(scan);
  surnameRule(scan);
  honorificRule(scan);
  acronymRule(scan);
  // Last: an acronym the document defines or the knowledge base knows keeps its own entity.
  acronymListRule(scan);
  return placeMentions(scan).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * @module entities-step
 * The `entities` layer: one annotation per mention of a person, country, city, organisation,
 * initiative or event, linked to the knowledge base where it can be (see `recognizeEntities`).
 */
import { defineStep } from '../step.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../knowledge/load-knowledge-base.ts';
import { bodyStart } from './body-start.ts';
import { toAnnotation } from './entity-mention.ts';
import { recognizeEntities } from './recognize-entities.ts';

let fallbackKb: KnowledgeBase | undefined;

/** Assigns `entities`; reads `context.kb` (loaded from data/kb when the context has none). */
export const entitiesStep = defineStep({
  name: 'entities',
  version: '1',
  requires: [],
  assigns: ['entities'],
  run: ({ document, context }) => {
    const kb = (context.kb as KnowledgeBase | undefined) ?? (fallbackKb ??= loadKnowledgeBase());
    const mentions = recognizeEntities(document.text, kb, { date: document.meta.published, from: bodyStart(document.text) });
    return { entities: mentions.map(toAnnotation) };
  },
});

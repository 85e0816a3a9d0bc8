/**
 * @module entities-step
 * The `entities` layer: one annotation per mention of a person, country, city, organisation,
 * initiative or event, linked to the knowledge base where it can be (see `recognizeEntities`).
 */
import { defineStep } from '../shared/step.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { sharedKnowledgeBase } from '../../knowledge/load-knowledge-base.ts';
import { bodyStart } from './body-start.ts';
import { toAnnotation } from './entity-mention.ts';
import { recognizeEntities } from './recognize-entities.ts';

/** Assigns `entities`; reads `context.kb` (loaded from data/kb when the context has none). */
export const entitiesStep = defineStep({
  name: 'entities',
  version: '1',
  requires: [],
  assigns: ['entities'],
  run: ({ document, context }) => {
    const kb = (context.kb as KnowledgeBase | undefined) ?? sharedKnowledgeBase();
    const published = document.meta.published;
    const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
    const mentions = recognizeEntities(document.text, kb, { date, from: bodyStart(document.text) });
    return { entities: mentions.map(toAnnotation) };
  },
});

/**
 * @module entities-step
 * The `entities` layer: one annotation per mention of a person, country, city, organisation,
 * initiative or event, linked to the knowledge base where it can be (see `recognizeEntities`).
 */
import { defineStep } from '../shared/step.ts';
import { bodyStart } from './body-start.ts';
import { toAnnotation } from './entity-mention.ts';
import { recognizeEntities } from './recognize-entities.ts';

/** Assigns `entities`; reads `context.kb` and `context.entityLexicons`. */
export const entitiesStep = defineStep({
  name: 'entities',
  version: '2',
  requires: [],
  assigns: ['entities'],
  run: ({ document, context }) => {
    const published = document.meta.published;
    const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
    const mentions = recognizeEntities(document.text, context.kb, {
      date,
      from: bodyStart(document.text),
      lexicons: context.entityLexicons,
    });
    return { entities: mentions.map(toAnnotation) };
  },
});

/**
 * @module participants-step
 * The `participants` layer: people named as taking part in the meeting, with the country
 * they represent and the role as printed (see `findParticipants`).
 */
import { defineStep } from '../shared/step.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { sharedKnowledgeBase } from '../../knowledge/load-knowledge-base.ts';
import { loadEntityLexicons } from './entity-lexicons.ts';
import { findParticipants } from './find-participants.ts';

/** Assigns `participants` from the `entities` layer. */
export const participantsStep = defineStep({
  name: 'participants',
  version: '1',
  requires: ['entities'],
  assigns: ['participants'],
  run: ({ document, layers, context }) => {
    const kb = (context.kb as KnowledgeBase | undefined) ?? sharedKnowledgeBase();
    const published = document.meta.published;
    const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
    const found = findParticipants(document.text, layers.entities ?? [], loadEntityLexicons(), kb, date);
    return {
      participants: found.map((p) => ({
        layer: 'participants',
        start: p.start,
        end: p.end,
        value: p.value,
        source: 'participants:role-cue',
        confidence: 0.8,
      })),
    };
  },
});

/**
 * @module participants-step
 * The `participants` layer: people named as taking part in the meeting, with the country
 * they represent and the role as printed (see `findParticipants`).
 */
import { defineStep } from '../shared/step.ts';
import { findParticipants } from './find-participants.ts';

/** Assigns `participants` from the `entities` layer. */
export const participantsStep = defineStep({
  name: 'participants',
  version: '1',
  requires: ['entities'],
  assigns: ['participants'],
  run: ({ document, layers, context }) => {
    const published = document.meta.published;
    const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
    const found = findParticipants(document.text, layers.entities ?? [], context.entityLexicons, context.kb, date);
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

/**
 * @module figures-step
 * Step `figures`: one annotation per figure of any document (money, percentages, counts,
 * areas), for the claim checks, the reader and the meeting page. Money is also given in US
 * dollars at the rate of the document's year (its meeting's date, else its publication date).
 */
import type { Annotation } from '../../model/annotation.ts';
import type { FigureValue } from '../../model/figure.ts';
import type { MeetingValue } from '../../model/layers.ts';
import { defineStep } from '../shared/step.ts';

import { findFigures } from './find-figures.ts';

/** The `figures` step. @example createPipeline([..., meetingStep, figuresStep]) */
export const figuresStep = defineStep({
  name: 'figures',
  version: '1',
  requires: ['meeting'],
  assigns: ['figures'],
  run: ({ document, layers, context }) => {
    const meeting = layers.meeting?.[0]?.value as MeetingValue | undefined;
    const year = (meeting?.date ?? document.meta.published ?? '').slice(0, 4) || null;
    const figures: Annotation<FigureValue>[] = findFigures(document.text, context.figures, year).map((f) => ({
      layer: 'figures',
      start: f.start,
      end: f.end,
      value: f.value,
      source: `figures:${f.value.kind}`,
      confidence: f.value.kind === 'count' ? 0.7 : 0.9,
    }));
    return { figures };
  },
});

/**
 * @module meeting-step
 * Step `meeting`: at most one annotation of layer `meeting`, spanning the sentence that names the
 * meeting (see `detectMeeting`).
 */
import type { Annotation } from '../../model/annotation.ts';
import type { MeetingValue } from '../../model/layers.ts';
import { nodesOfKind } from '../../model/node.ts';
import { defineStep } from '../step.ts';
import { lexiconsOf } from '../statements/load-lexicons.ts';
import { detectMeeting } from './detect-meeting.ts';
import { sentenceSpans } from '../statements/sentence-spans.ts';

/** The `meeting` step. @example createPipeline([entitiesStep, meetingStep]) */
export const meetingStep = defineStep({
  name: 'meeting',
  version: '1',
  requires: ['entities'],
  assigns: ['meeting'],
  run: ({ document, tree, context, report }) => {
    const f = detectMeeting({ text: document.text, meta: document.meta, sentences: sentenceSpans(document.text, nodesOfKind(tree, 'sentence')), lexicons: lexiconsOf(context) });
    for (const n of f.notes) report(n);
    if (!f.value.format && !f.value.date && !f.value.level) return { meeting: [] };
    const a: Annotation<MeetingValue> = { layer: 'meeting', start: f.start, end: f.end, value: f.value, source: `meeting:${f.rule}`, confidence: f.confidence };
    return { meeting: [a] };
  },
});

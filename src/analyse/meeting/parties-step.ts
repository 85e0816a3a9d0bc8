/**
 * @module parties-step
 * Step `parties`: one annotation of layer `parties` for a primary document (none for news,
 * press releases and speeches, which nobody adopts), spanning the passage that names them.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { DocumentKindValue, MeetingValue, PartiesValue } from '../../model/layers.ts';
import { nodesOfKind } from '../../model/node.ts';
import { defineStep } from '../shared/step.ts';
import { sentenceSpans } from '../shared/sentence-spans.ts';
import { detectParties } from './detect-parties.ts';
import { PRIMARY_KINDS } from '../shared/primary-kinds.ts';

/** The `parties` step. @example createPipeline([kindStep, entitiesStep, meetingStep, partiesStep]) */
export const partiesStep = defineStep({
  name: 'parties',
  version: '3',
  requires: ['entities', 'documentKind', 'meeting'],
  assigns: ['parties'],
  run: ({ document, tree, layers, context, report }) => {
    const kind = (layers.documentKind?.[0]?.value as DocumentKindValue | undefined)?.kind;
    if (!kind || !PRIMARY_KINDS.includes(kind)) return { parties: [] };
    const meeting = layers.meeting?.[0] as Annotation<MeetingValue> | undefined;
    const f = detectParties({
      text: document.text,
      sentences: sentenceSpans(document.text, nodesOfKind(tree, 'sentence')),
      lexicons: context.lexicons,
      entities: layers.entities ?? [],
      meetingSpan: meeting ? { start: meeting.start, end: meeting.end } : null,
      // Read where the pipeline ran the participants step before (the default one does); not required.
      participants: layers.participants ?? [],
      date: meeting?.value.date ?? document.meta.published ?? null,
      title: document.meta.title ?? null,
    });
    if (!f) {
      report({ severity: 'warning', rule: 'none', message: 'No parties found in a primary document' });
      return { parties: [] };
    }
    if (f.confidence < 0.7)
      report({
        severity: 'info',
        rule: f.rule,
        message: `Parties ${f.parties.join(', ')} inferred (${f.rule}); no passage names them`,
        start: f.start,
        end: f.end,
      });
    const a: Annotation<PartiesValue> = {
      layer: 'parties',
      start: f.start,
      end: f.end,
      value: { parties: f.parties },
      source: `parties:${f.rule}`,
      confidence: f.confidence,
    };
    return { parties: [a] };
  },
});

/**
 * @module document-kind-step
 * Step `document-kind`: one document-wide annotation of layer `documentKind`, decided from the
 * text (see `classifyDocumentKind`), with metadata `kind` as a prior only.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { DocumentKindValue } from '../../model/layers.ts';
import { defineStep } from '../shared/step.ts';
import { classifyDocumentKind } from './classify-document-kind.ts';

/** The `document-kind` step. @example createPipeline([documentKindStep]) */
export const documentKindStep = defineStep({
  name: 'document-kind',
  version: '1',
  requires: [],
  assigns: ['documentKind'],
  run: ({ document, context, report }) => {
    const d = classifyDocumentKind(document.text, document.meta, context.lexicons);
    if (d.confidence < 0.6)
      report({
        severity: 'info',
        rule: d.rule,
        message: `Document kind "${d.kind}" is uncertain (${JSON.stringify(d.scores)})`,
        start: d.start,
        end: d.end,
      });
    const a: Annotation<DocumentKindValue> = {
      layer: 'documentKind',
      start: d.start,
      end: d.end,
      value: { kind: d.kind },
      source: `document-kind:${d.rule}`,
      confidence: d.confidence,
    };
    return { documentKind: [a] };
  },
});

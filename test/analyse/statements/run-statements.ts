/**
 * @module run-statements
 * Runs the statements step (after document kind, meeting and parties, with no entities) on an invented text with the
 * fixture lexicons, for tests that check what the step gives a statement.
 */
import { loadContext } from '../../../src/analyse/load-context.ts';
import { createPipeline } from '../../../src/analyse/pipeline.ts';
import { defineStep } from '../../../src/analyse/shared/step.ts';
import { documentKindStep } from '../../../src/analyse/document/document-kind-step.ts';
import { meetingStep } from '../../../src/analyse/meeting/meeting-step.ts';
import { partiesStep } from '../../../src/analyse/meeting/parties-step.ts';
import { statementsStep } from '../../../src/analyse/statements/statements-step.ts';
import type { Annotation } from '../../../src/model/annotation.ts';
import { documentId } from '../../../src/model/document-id.ts';
import type { StatementValue } from '../../../src/model/layers.ts';
import { buildTree } from '../../../src/structure/build-tree.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const entities = defineStep({
  name: 'entities',
  version: 't',
  requires: [],
  assigns: ['entities'],
  run: () => ({ entities: [] }),
});
const steps = createPipeline([documentKindStep, entities, meetingStep, partiesStep, statementsStep]);

/** The statements of a text. @example runStatements('Joint Statement …\n\n1. We will …')[0].value.sectors */
export function runStatements(text: string): Annotation<StatementValue>[] {
  const analysis = steps.run(
    { id: documentId(text), text, meta: {} },
    buildTree(text),
    loadContext({ lexicons: fixtureLexicons() }),
  );
  return analysis.layers.statements as Annotation<StatementValue>[];
}

/**
 * @module default-pipeline
 * The steps Concord runs over every document, in order. Add a step here (one line) and its
 * knowledge to `load-context.ts`; `createPipeline` checks the order of requires/assigns.
 */
import type { Step } from './shared/step.ts';
import { entitiesStep } from './entities/entities-step.ts';
import { participantsStep } from './entities/participants-step.ts';
import { documentKindStep } from './document/document-kind-step.ts';
import { meetingStep } from './meeting/meeting-step.ts';
import { partiesStep } from './meeting/parties-step.ts';
import { statementsStep } from './statements/statements-step.ts';

export const DEFAULT_STEPS: readonly Step[] = [
  documentKindStep,
  entitiesStep,
  participantsStep,
  meetingStep,
  partiesStep,
  statementsStep,
];

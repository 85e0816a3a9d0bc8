/**
 * @module step
 * An analysis step: a small pure function with a declared contract. It reads the document,
 * its tree and the layers named in `requires`, and returns new annotations for the layers
 * named in `assigns`. It never mutates its inputs.
 *
 * @example
 * export const documentKindStep = defineStep({
 *   name: 'document-kind', version: '1', requires: [], assigns: ['documentKind'],
 *   run: ({ document }) => ({ documentKind: [...] }),
 * });
 */
import type { Annotation, Diagnostic, Layers } from '../../model/annotation.ts';
import type { Document } from '../../model/document.ts';
import type { TreeNode } from '../../model/node.ts';
import type { AnalysisContext } from './context.ts';

export interface StepInput {
  readonly document: Document;
  readonly tree: TreeNode;
  /** Layers made by earlier steps (only those named in `requires` are guaranteed). */
  readonly layers: Layers;
  readonly context: AnalysisContext;
  /** Reports a non-fatal finding; the run goes on. */
  readonly report: (diagnostic: Omit<Diagnostic, 'source'> & { rule?: string }) => void;
}

export interface Step {
  readonly name: string;
  /** Bump when the output for the same input may change, so the store knows what to re-run. */
  readonly version: string;
  readonly requires: readonly string[];
  readonly assigns: readonly string[];
  readonly run: (input: StepInput) => Record<string, Annotation[]>;
}

/** Freezes and checks a step definition. */
export function defineStep(step: Step): Step {
  if (!step.name || !/^[a-z][a-z0-9-]*$/.test(step.name))
    throw new Error(`Step name "${step.name}" must be kebab-case`);
  if (!step.assigns.length) throw new Error(`Step "${step.name}" assigns no layer`);
  return Object.freeze({
    ...step,
    requires: Object.freeze([...step.requires]),
    assigns: Object.freeze([...step.assigns]),
  });
}

/**
 * @module pipeline
 * Builds a pipeline from steps, checks their contracts once, and runs them in order over a
 * document. A failing step is reported as a diagnostic and its layers are left empty, so one
 * broken rule never loses the document.
 */
import type { Analysis } from '../model/analysis.ts';
import type { Annotation, Diagnostic } from '../model/annotation.ts';
import type { Document } from '../model/document.ts';
import type { TreeNode } from '../model/node.ts';
import { isValidSpan } from '../model/span.ts';
import type { AnalysisContext } from './shared/context.ts';
import type { Step } from './shared/step.ts';

export interface Pipeline {
  readonly steps: readonly Step[];
  run(document: Document, tree: TreeNode, context: AnalysisContext): Analysis;
}

/** Checks that every step's `requires` is assigned by an earlier step and no layer is assigned twice. */
export function createPipeline(steps: readonly Step[]): Pipeline {
  const assigned = new Map<string, string>();
  for (const step of steps) {
    for (const layer of step.requires) {
      if (!assigned.has(layer))
        throw new Error(`Step "${step.name}" requires layer "${layer}", which no earlier step assigns`);
    }
    for (const layer of step.assigns) {
      const other = assigned.get(layer);
      if (other) throw new Error(`Layer "${layer}" is assigned by both "${other}" and "${step.name}"`);
      assigned.set(layer, step.name);
    }
  }
  const frozen = Object.freeze([...steps]);
  return Object.freeze({
    steps: frozen,
    run: (document: Document, tree: TreeNode, context: AnalysisContext) => runSteps(frozen, document, tree, context),
  });
}

function runSteps(steps: readonly Step[], document: Document, tree: TreeNode, context: AnalysisContext): Analysis {
  const layers: Record<string, readonly Annotation[]> = {};
  const diagnostics: Diagnostic[] = [];
  const versions: Record<string, string> = {};
  for (const step of steps) {
    const report = (d: Omit<Diagnostic, 'source'> & { rule?: string }) => {
      const { rule, ...rest } = d;
      diagnostics.push({ ...rest, source: rule ? `${step.name}:${rule}` : step.name });
    };
    let out: Record<string, Annotation[]>;
    try {
      out = step.run({ document, tree, layers, context, report });
    } catch (error) {
      diagnostics.push({ severity: 'error', source: step.name, message: `Step failed: ${(error as Error).message}` });
      out = {};
    }
    for (const layer of step.assigns) {
      const annotations = out[layer] ?? [];
      const good = annotations.filter((a) => {
        if (isValidSpan(a, document.text.length) && a.layer === layer) return true;
        diagnostics.push({
          severity: 'error',
          source: step.name,
          message: `Dropped annotation with bad span [${a.start}, ${a.end}) or layer "${a.layer}" in layer "${layer}"`,
        });
        return false;
      });
      layers[layer] = Object.freeze(good);
    }
    versions[step.name] = step.version;
  }
  return Object.freeze({
    layers: Object.freeze(layers),
    diagnostics: Object.freeze(diagnostics),
    versions: Object.freeze(versions),
  });
}

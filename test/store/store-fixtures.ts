/**
 * @module store-fixtures
 * Hand-built documents, trees and analyses for the store tests (no reader, no structure
 * builder: those are written elsewhere). Offsets are computed from the text, never typed in.
 */
import type { Analysis } from '../../src/model/analysis.ts';
import type { Annotation } from '../../src/model/annotation.ts';
import type { DocumentMeta } from '../../src/model/document.ts';
import type { NodeKind, TreeNode } from '../../src/model/node.ts';
import type { DocumentRecord } from '../../src/store/store.ts';

/** A block of a fixture document: its kind, label and text. */
export interface Block {
  kind: NodeKind;
  label?: string;
  text: string;
  children?: Block[];
}

/** Builds a record whose text is the blocks joined by blank lines, after an optional prefix. */
export function record(
  id: string,
  blocks: Block[],
  meta: DocumentMeta = {},
  options: { prefix?: string; analysis?: Analysis; source?: Uint8Array } = {},
): DocumentRecord {
  let text = options.prefix ?? '';
  const place = (block: Block): TreeNode => {
    const start = text.length;
    text += block.text;
    const children = (block.children ?? []).map((child) => {
      text += '\n';
      return place(child);
    });
    return { kind: block.kind, ...(block.label ? { label: block.label } : {}), start, end: text.length, children };
  };
  const children: TreeNode[] = [];
  for (const [i, block] of blocks.entries()) {
    if (i > 0) text += '\n\n';
    children.push(place(block));
  }
  const tree: TreeNode = { kind: 'root', start: 0, end: text.length, children };
  return {
    document: { id, text, meta },
    tree,
    ...(options.analysis ? { analysis: options.analysis } : {}),
    ...(options.source ? { source: options.source } : {}),
  };
}

/** An entity mention on the first occurrence of `surface` in `text`. */
export function mention(text: string, surface: string, entityId: string): Annotation {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`fixture: "${surface}" not in text`);
  return {
    layer: 'entities',
    start,
    end: start + surface.length,
    value: { entityId, type: 'country', name: surface, known: true },
    source: 'entities:test',
    confidence: 0.9,
  };
}

/** An analysis with the given layers. */
export function analysis(
  layers: Record<string, Annotation[]>,
  versions: Record<string, string> = { test: '1' },
): Analysis {
  return { layers, diagnostics: [{ severity: 'warning', message: 'fixture warning', source: 'test:rule' }], versions };
}

/**
 * @module prepare-document
 * The in-memory half of ingest: bytes → document → tree → analysis, with no store. Ingest
 * stores what this returns (reading first, so a stored id skips the analysis); the eval
 * script and benchmarks use it directly.
 */
import type { Analyser } from '../analyse/analyser.ts';
import type { Analysis } from '../model/analysis.ts';
import type { Document } from '../model/document.ts';
import type { TreeNode } from '../model/node.ts';
import { readDocument } from '../read/read-document.ts';
import { buildTree } from '../structure/build-tree.ts';

/** What one input becomes before it is stored. */
export interface PreparedDocument {
  document: Document;
  tree: TreeNode;
  analysis: Analysis;
}

/**
 * Reads, structures and analyses one input. Throws the reader's `ReadError` for bad input.
 * @example const { document, tree, analysis } = await prepareDocument({ bytes, fileName: 'a.txt' }, analyser);
 */
export async function prepareDocument(input: PrepareInput, analyser: Analyser): Promise<PreparedDocument> {
  const { document, tree } = await readAndStructure(input);
  return { document, tree, analysis: analyser.analyse(document, tree) };
}

/** What `prepareDocument` reads: the bytes and what the caller knows about them. */
export interface PrepareInput {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
  url?: string;
}

/**
 * Reads and structures one input, without the analysis (the costly part): the id is known
 * here, so a caller can skip analysing a document that is already stored.
 * @example const { document, tree } = await readAndStructure({ bytes, fileName: 'a.txt' });
 */
export async function readAndStructure(input: PrepareInput): Promise<{ document: Document; tree: TreeNode }> {
  const document = await readDocument({
    bytes: input.bytes,
    fileName: input.fileName,
    mediaType: input.mediaType,
    url: input.url,
  });
  return { document, tree: buildTree(document.text, { format: document.meta.format }) };
}

/**
 * @module fixture-ingest
 * A small stand-in for the real ingest, so the server tests do not depend on the readers and
 * the structure builder: it splits text on blank lines, treats `N.` paragraphs as clauses,
 * and splits sentences on `. `. It stores through the real store.
 */
import type { IngestFn } from '../../src/services/service-deps.ts';
import { documentId } from '../../src/model/document-id.ts';
import type { TreeNode } from '../../src/model/node.ts';

/** Ingests UTF-8 text; `title: X\n---\n` header sets the title; bytes starting with NUL fail. */
export const fixtureIngest: IngestFn = async (store, input) => {
  if (input.bytes[0] === 0)
    return { ok: false, fileName: input.fileName, code: 'binary', message: 'This file is binary, not text.' };
  let text = new TextDecoder().decode(input.bytes);
  const header = /^title: (.*)\n---\n/.exec(text);
  const title = header?.[1];
  if (header) text = text.slice(header[0].length);
  const tree = buildTree(text);
  const id = documentId(text);
  const { created } = await store.putDocument({
    document: {
      id,
      text,
      meta: { title, fileName: input.fileName, url: input.url, format: 'text', kind: 'communique', language: 'en' },
    },
    tree,
    source: input.bytes,
    custody: { by: input.by ?? 'unknown', ...(input.restores ? { restores: input.restores } : {}) },
  });
  return {
    ok: true,
    id,
    created,
    fileName: input.fileName,
    title,
    clauses: tree.children.filter((c) => c.kind === 'clause').length,
  };
};

/** Paragraphs split on blank lines; `N. ` opens a clause with a marker; sentences split after `. `. */
export function buildTree(text: string): TreeNode {
  const children: TreeNode[] = [];
  let paragraph = 0;
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    const numbered = /^(\d+)\.\s/.exec(m[0]);
    paragraph++;
    const bodyStart = numbered ? start + numbered[0].length : start;
    const sentences = splitSentences(text, bodyStart, end);
    if (numbered)
      children.push({
        kind: 'clause',
        start,
        end,
        label: numbered[1],
        marker: { text: `${numbered[1]}.`, start, end: start + numbered[1].length + 1 },
        notation: 'decimal',
        children: sentences,
      });
    else children.push({ kind: 'paragraph', start, end, label: `p${paragraph}`, children: sentences });
  }
  return { kind: 'root', start: 0, end: text.length, children };
}

function splitSentences(text: string, start: number, end: number): TreeNode[] {
  const out: TreeNode[] = [];
  let pos = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '.' && (i + 1 === end || text[i + 1] === ' ')) {
      out.push({ kind: 'sentence', start: pos, end: i + 1, children: [] });
      pos = i + 2;
    }
  }
  if (pos < end) out.push({ kind: 'sentence', start: pos, end, children: [] });
  return out;
}

/**
 * @module show-command
 * `concord show <id>`: a document's metadata and the outline of its tree.
 */
import type { TreeNode } from '../model/node.ts';
import type { StoredDocument } from '../store/store.ts';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { withStore } from './cli-store.ts';
import { cut, oneLine } from './format-table.ts';

/** Registers `show`. */
export const registerShowCommand: RegisterCommand = (program, context) => {
  program
    .command('show')
    .description("show a document's metadata and outline")
    .argument('<id>', 'document id (d_…)')
    .option('--json', 'print JSON (metadata, text and tree)')
    .action(async (id: string, options: { json?: boolean }) => {
      const stored = await withStore(context.globals(), (store) => store.getDocument(id));
      if (!stored) throw new CliError(`No document with id "${id}" (see \`concord list\`)`);
      const { io } = context;
      if (options.json) {
        const { document, ...summary } = stored;
        return io.out(JSON.stringify({ ...summary, text: document.text }, null, 2));
      }
      for (const line of showLines(stored)) io.out(line);
    });
};

/** Metadata lines, a blank line, then the outline. */
export function showLines(stored: StoredDocument): string[] {
  const meta = Object.entries(stored.meta).filter(([k, v]) => v !== undefined && k !== 'extra');
  const extra = Object.entries(stored.meta.extra ?? {});
  const fields: [string, string][] = [
    ['id', stored.id],
    ...meta.map(([k, v]) => [k, String(v)] as [string, string]),
    ...extra.map(([k, v]) => [k, v] as [string, string]),
    ['length', String(stored.length)],
    ['clauses', String(stored.clauseCount)],
    ['ingested', stored.createdAt],
  ];
  const w = Math.max(...fields.map(([k]) => k.length));
  return [...fields.map(([k, v]) => `${k.padEnd(w)}  ${v}`), '', ...outline(stored.document.text, stored.tree)];
}

/**
 * One line per structural node (sentences left out), indented by depth: kind, label, text start.
 * @example outline(text, tree) // ['clause 1  The Parties agreed …', …]
 */
export function outline(text: string, tree: TreeNode, depth = 0): string[] {
  const lines: string[] = [];
  for (const node of tree.children) {
    if (node.kind === 'sentence') continue;
    const label = node.label ? ` ${node.label}` : '';
    lines.push(`${'  '.repeat(depth)}${node.kind}${label}  ${cut(oneLine(text.slice(node.start, node.end)), 70)}`);
    lines.push(...outline(text, node, depth + 1));
  }
  return lines;
}

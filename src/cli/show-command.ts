/**
 * @module show-command
 * `concord show <id>`: a document's metadata, what the analysis found (kind, meeting, parties,
 * statements) and the outline of its tree.
 */
import type { TreeNode } from '../model/node.ts';
import type { DocumentFacts } from '../services/document-facts.ts';
import type { StoredDocument } from '../store/store.ts';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { withStore } from './cli-store.ts';
import { cut, oneLine } from './format-table.ts';
import { plural } from './plural.ts';

/** Registers `show`. */
export const registerShowCommand: RegisterCommand = (program, context) => {
  program
    .command('show')
    .description("show a document's metadata, meeting, parties, statements and outline")
    .argument('<id>', 'document id (d_…)')
    .option('--json', 'print JSON (metadata, analysis facts, text and tree)')
    .action(async (id: string, options: { json?: boolean }) => {
      // Imported here so that `--help` and the other commands do not load the analysis queries.
      const { documentFacts } = await import('../services/document-facts.ts');
      const found = await withStore(context.globals(), async (store) => {
        const stored = await store.getDocument(id);
        return stored && { stored, facts: await documentFacts(store, id) };
      });
      if (!found) throw new CliError(`No document with id "${id}" (see \`concord list\`)`);
      const { io } = context;
      const { stored, facts } = found;
      if (options.json) {
        const { document, ...summary } = stored;
        return io.out(JSON.stringify({ ...summary, ...facts, text: document.text }, null, 2));
      }
      for (const line of showLines(stored, facts)) io.out(line);
    });
};

const NO_FACTS: DocumentFacts = { meeting: null, parties: [], participants: [], statements: [] };

/** Metadata lines, the analysis facts, a blank line, then the outline. */
export function showLines(stored: StoredDocument, facts: DocumentFacts = NO_FACTS): string[] {
  const meta = Object.entries(stored.meta).filter(([k, v]) => v !== undefined && k !== 'extra' && k !== 'kind');
  const extra = Object.entries(stored.meta.extra ?? {});
  const fields: [string, string][] = [
    ['id', stored.id],
    ['title', stored.title],
    ['kind', stored.kind ?? 'unknown'],
    ...meta.filter(([k]) => k !== 'title').map(([k, v]) => [k, String(v)] as [string, string]),
    ...extra.map(([k, v]) => [k, v] as [string, string]),
    ['length', String(stored.length)],
    ['clauses', String(stored.clauseCount)],
    ['ingested', stored.createdAt],
    ['meeting', facts.meeting ? meetingLine(facts.meeting) : 'none found'],
    ['parties', facts.parties.length ? facts.parties.join(', ') : 'none found'],
    ['statements', statementCounts(facts)],
  ];
  const w = Math.max(...fields.map(([k]) => k.length));
  const statements = facts.statements.map((s) => statementLine(stored.document.text, s));
  return [
    ...fields.map(([k, v]) => `${k.padEnd(w)}  ${v}`),
    ...(statements.length ? ['', ...statements] : []),
    '',
    ...outline(stored.document.text, stored.tree),
  ];
}

/** Format, level, edition, dates and place, as far as the analysis found them. */
function meetingLine(m: NonNullable<DocumentFacts['meeting']>): string {
  const dates = m.end && m.end !== m.date ? `${m.date}–${m.end}` : m.date;
  const edition = m.edition ? `edition ${m.edition}` : null;
  const place = [m.city, m.country].filter(Boolean).join(', ');
  return [m.format, m.level, edition, dates, place].filter(Boolean).join(' · ') || 'found, without details';
}

/** "12 statements (7 commitment, 5 position)". */
function statementCounts({ statements }: DocumentFacts): string {
  const byKind = new Map<string, number>();
  for (const s of statements) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ');
  return `${plural(statements.length, 'statement')}${kinds ? ` (${kinds})` : ''}`;
}

/** One statement: clause, kind, actors, deadline, then the start of its text. */
function statementLine(text: string, s: DocumentFacts['statements'][number]): string {
  const actors = s.actors.length ? ` [${s.actors.join(', ')}]` : '';
  const deadline = s.deadline ? ` by ${s.deadline}` : '';
  return `${s.clause.padEnd(8)} ${s.kind}${actors}${deadline}  ${cut(oneLine(text.slice(s.start, s.end)), 70)}`;
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

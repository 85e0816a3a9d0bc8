/**
 * @module custody-commands
 * `concord delete|restore|trash|audit`: soft deletion and restore of documents, and the
 * hash-chained audit log's export and verification (of the store, or of an exported file).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { AuditEntry } from '../store/custody/audit-chain.ts';
import { cliActor } from './cli-actor.ts';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { withStore } from './cli-store.ts';

// The implementations are imported inside the actions, so that `--help` and the other
// commands do not load them (start-up time).

/** Registers the custody commands. */
export const registerCustodyCommands: RegisterCommand = (program, context) => {
  const { io } = context;
  program
    .command('delete')
    .description('soft-delete a document (its source is kept in the trash; the audit log records it)')
    .argument('<id>', 'document id')
    .option('--reason <text>', 'why (audited)')
    .action(async (id: string, options: { reason?: string }) => {
      const { deleteDocument } = await import('../services/delete-document.ts');
      const deleted = await withStore(context.globals(), (store) =>
        deleteDocument({ store }, id, cliActor(), options.reason),
      );
      if (!deleted) throw new CliError(`No document "${id}"`);
      io.out(`deleted  ${id}  (restore with: concord restore ${id})`);
    });
  program
    .command('restore')
    .description('restore a deleted document from its kept original bytes')
    .argument('<id>', 'document id')
    .action(async (id: string) => {
      const { ingest } = await import('../ingest/ingest.ts');
      const { createStoreAnalyser } = await import('../review/store-analyser.ts');
      const outcome = await withStore(context.globals(), async (store) => {
        const source = await store.custody.trashedSource(id);
        if (!source) throw new CliError(`No deleted document "${id}" is in the trash`);
        const input = { ...source, by: cliActor(), restores: id };
        const result = await ingest(store, input, createStoreAnalyser(store));
        if (result.ok) await store.custody.finishRestore(id, cliActor(), result.id);
        return result;
      });
      if (!outcome.ok) throw new CliError(`The kept source could not be read again: ${outcome.message}`);
      io.out(`restored ${outcome.id}`);
    });
  program
    .command('trash')
    .description('list deleted documents')
    .action(async () => {
      const items = await withStore(context.globals(), (store) => store.custody.listTrash());
      for (const t of items) io.out(`${t.documentId}  ${t.deletedAt}  ${t.deletedBy}  ${t.title ?? t.fileName ?? ''}`);
      if (!items.length) io.out('the trash is empty');
    });
  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('export')
    .description('write the audit log as JSON (entries and head hash)')
    .option('--out <file>', 'file to write (default: standard output)')
    .action(async (options: { out?: string }) => {
      const entries = await withStore(context.globals(), (store) => store.custody.auditEntries());
      const json = JSON.stringify({ entries, head: entries.at(-1)?.hash ?? null }, null, 2);
      if (options.out) await writeFile(options.out, `${json}\n`);
      else io.out(json);
    });
  audit
    .command('verify')
    .description('check the chain (of the store, or of an exported file); exit 1 when tampered')
    .option('--file <file>', 'an exported audit log')
    .action(async (options: { file?: string }) => {
      const entries: AuditEntry[] = options.file
        ? JSON.parse(await readFile(options.file, 'utf8')).entries
        : await withStore(context.globals(), (store) => store.custody.auditEntries());
      const { verifyChain } = await import('../store/custody/audit-chain.ts');
      const report = verifyChain(entries);
      for (const p of report.problems) io.err(`entry ${p.seq}: ${p.problem}`);
      io.out(`${report.entries} entries, head ${report.head}: ${report.ok ? 'intact' : 'TAMPERED'}`);
      if (!report.ok) context.exitCode = 1;
    });
};

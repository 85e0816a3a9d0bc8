/**
 * @module analyse-command
 * `concord analyse` (alias `reanalyse`): runs the current pipeline again over stored
 * documents and replaces their machine annotations, needed after steps change. Reviewers'
 * decisions live apart and are untouched.
 */
import type { Analyser } from '../analyse/analyser.ts';
import type { Store } from '../store/store.ts';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { withStore } from './cli-store.ts';

const PAGE = 200;

/** Registers `analyse` / `reanalyse`. */
export const registerAnalyseCommand: RegisterCommand = (program, context) => {
  program
    .command('analyse')
    .alias('reanalyse')
    .description('re-run the analysis pipeline over stored documents')
    .argument('[ids...]', 'only these documents (default: all)')
    .action(async (ids: string[]) => {
      // Imported here so that `--help` and the other commands do not load the pipeline.
      const { createStoreAnalyser } = await import('../review/store-analyser.ts');
      const count = await withStore(context.globals(), (store) =>
        reanalyse(store, createStoreAnalyser(store), ids, (id) => context.io.out(`analysed  ${id}`)),
      );
      context.io.out(`${count} document${count === 1 ? '' : 's'} analysed`);
    });
};

/**
 * Re-analyses the given documents (all when `ids` is empty); returns how many.
 * @example await reanalyse(store, createAnalyser(), [])
 */
export async function reanalyse(
  store: Store,
  analyser: Analyser,
  ids: readonly string[],
  onDone: (id: string) => void = () => {},
): Promise<number> {
  const { claimsStageFor } = await import('../link/claims/claims-stage.ts');
  const { trackStored } = await import('../services/track-stored.ts');
  const targets = ids.length ? ids : await allIds(store);
  await analyser.prepare?.();
  for (const id of targets) {
    const stored = await store.getDocument(id);
    if (!stored) throw new CliError(`No document with id "${id}" (see \`concord list\`)`);
    await store.putAnalysis(id, analyser.analyse(stored.document, stored.tree));
    await claimsStageFor(store)?.documentStored(id);
    // New statements mean new promises and evidence: the tracking stage runs again.
    await trackStored(store, id);
    onDone(id);
  }
  return targets.length;
}

/** Every stored id, read before any write so paging is not disturbed by updates. */
async function allIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    ids.push(...page.items.map((d) => d.id));
    if (page.items.length < PAGE) return ids;
  }
}

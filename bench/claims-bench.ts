/**
 * @module claims-bench
 * `npm run bench:claims`: the claims stage at store size N and 10N. The corpus is analysed once;
 * the store is filled with copies of it, each copy a meeting of its own (distinct documents and
 * meeting ids, as a growing store of many meetings would be). The same meetings (copy 0) are
 * re-checked at N and at 10N documents: claims checked per second, and the cost per claim at
 * 10N over N, which stays near 1 because a check reads its meeting through the meeting index
 * and searches that meeting's retrieval index, never the whole store.
 *
 * Usage: npm run bench:claims -- [--copies C] (N = corpus size × C; default C = 3)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readFileSync, readdirSync } from 'node:fs';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { prepareDocument, type PreparedDocument } from '../src/ingest/prepare-document.ts';
import { claimsStageFor, createClaimsStage } from '../src/link/claims/claims-stage.ts';
import { documentId } from '../src/model/document-id.ts';
import { openStore } from '../src/store/open-store.ts';
import type { Store } from '../src/store/store.ts';
import { formatReport } from './bench-report.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    copies: { type: 'string', default: '3' },
    corpus: { type: 'string', default: resolve(repoRoot, '../shared/corpus') },
  },
});
const copies = Number(args.copies);

const analyser = createAnalyser();
const prepared: PreparedDocument[] = [];
for (const fileName of readdirSync(args.corpus!)
  .filter((f) => !f.startsWith('.'))
  .sort())
  prepared.push(await prepareDocument({ bytes: readFileSync(join(args.corpus!, fileName)), fileName }, analyser));

/** Stores copy `k` of the corpus: new ids (a marker line appended), meeting ids of their own. */
async function storeCopy(store: Store, k: number): Promise<string[]> {
  const meetings = new Set<string>();
  for (const p of prepared) {
    const text = `${p.document.text}\n\ncopy ${k}`;
    const layers = Object.fromEntries(
      Object.entries(p.analysis.layers).map(([name, list]) => [
        name,
        name !== 'meeting'
          ? list
          : list.map((a) => {
              const v = a.value as { meetingId?: string | null };
              if (v.meetingId) meetings.add(`${v.meetingId}~${k}`);
              return { ...a, value: { ...v, meetingId: v.meetingId ? `${v.meetingId}~${k}` : null } };
            }),
      ]),
    );
    const id = documentId(text);
    const document = {
      ...p.document,
      id,
      text,
      meta: { ...p.document.meta, fileName: `c${k}__${p.document.meta.fileName}` },
    };
    await store.putDocument({ document, tree: p.tree, analysis: { ...p.analysis, layers } });
    await claimsStageFor(store)!.documentStored(id);
  }
  return [...meetings];
}

/** Re-checks the given meetings with a fresh stage (no meeting record cached); returns claims and seconds. */
async function recheck(store: Store, meetings: readonly string[]) {
  const stage = createClaimsStage(store);
  const started = performance.now();
  let claims = 0;
  for (const m of meetings) claims += await stage.recheckMeeting(m);
  return { claims, seconds: (performance.now() - started) / 1000 };
}

const dir = mkdtempSync(join(tmpdir(), 'concord-claims-bench-'));
const store = await openStore({ sqlitePath: join(dir, 'bench.db') });
try {
  const probe = await storeCopy(store, 0);
  for (let k = 1; k < copies; k++) await storeCopy(store, k);
  await recheck(store, probe); // warm-up: compiled code, database pages
  const small = await recheck(store, probe);
  const startedAll = performance.now();
  const refreshed = await claimsStageFor(store)!.refresh();
  const refreshSeconds = (performance.now() - startedAll) / 1000;
  for (let k = copies; k < copies * 10; k++) await storeCopy(store, k);
  const large = await recheck(store, probe);
  const n = prepared.length * copies;
  const perClaim = (r: { claims: number; seconds: number }) => (r.seconds / r.claims) * 1000;
  console.log(
    formatReport([
      {
        title: `claims stage (N = ${n} documents, 10N = ${n * 10})`,
        rows: [
          { metric: 'claims checked per second', value: (refreshed / refreshSeconds).toFixed(0) },
          { metric: `cost per claim at N`, value: `${perClaim(small).toFixed(2)} ms (${small.claims} claims)` },
          { metric: `cost per claim at 10N`, value: `${perClaim(large).toFixed(2)} ms (${large.claims} claims)` },
          {
            metric: 'cost at 10N / cost at N',
            value: `${(perClaim(large) / perClaim(small)).toFixed(2)}× (target < 2×)`,
          },
        ],
      },
    ]),
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

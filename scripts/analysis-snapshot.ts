/**
 * @module analysis-snapshot
 * Writes every analysis output (tree, layers, diagnostics, versions) of ../shared/corpus and
 * ../shared/corpus-wide, plus the first variants of the analysis bench's corpus, as one
 * canonical JSON, and prints per-step CPU times. A speed change must leave the file byte-identical:
 * diff the snapshots taken before and after it.
 *
 * Usage: node --import tsx scripts/analysis-snapshot.ts /tmp/before.json [--bench-mb 0.5]
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchDocuments } from '../bench/analysis-bench.ts';
import { DEFAULT_STEPS } from '../src/analyse/default-pipeline.ts';
import { loadContext } from '../src/analyse/load-context.ts';
import { createPipeline } from '../src/analyse/pipeline.ts';
import type { Step } from '../src/analyse/shared/step.ts';
import { readAndStructure } from '../src/ingest/prepare-document.ts';
import type { Document } from '../src/model/document.ts';
import type { TreeNode } from '../src/model/node.ts';
import { buildTree } from '../src/structure/build-tree.ts';

const shared = resolve(import.meta.dirname, '../../shared');
const argv = process.argv.slice(2);
const out = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--bench-mb') ?? '/tmp/analysis-snapshot.json';
// Without the flag, indexOf gives -1 and argv[0] (the output path) would be read as the size.
const benchMbAt = argv.indexOf('--bench-mb');
const benchMb = benchMbAt >= 0 ? Number(argv[benchMbAt + 1]) : 0.5;

/** CPU time of the process, ms: the machine is shared, so wall time says more about the others' load than ours. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Each step wrapped so that its time is counted under its name. */
const stepMs = new Map<string, number>();
const timed: Step[] = DEFAULT_STEPS.map((s) => ({
  ...s,
  run: (input) => {
    const t0 = cpuMs();
    try {
      return s.run(input);
    } finally {
      stepMs.set(s.name, (stepMs.get(s.name) ?? 0) + cpuMs() - t0);
    }
  },
}));
const pipeline = createPipeline(timed);
const context = loadContext();

const inputs: { name: string; document: Document; tree: TreeNode }[] = [];
for (const folder of ['corpus', 'corpus-wide']) {
  const dir = join(shared, folder);
  for (const fileName of readdirSync(dir).sort()) {
    if (fileName.startsWith('.') || fileName === 'SOURCES.md') continue;
    const { document, tree } = await readAndStructure({ bytes: readFileSync(join(dir, fileName)), fileName });
    inputs.push({ name: `${folder}/${fileName}`, document, tree });
  }
}
let treeMs = 0;
const benchDocs = benchDocuments(benchMb);
benchDocs.forEach((document, i) => {
  const t0 = cpuMs();
  const tree = buildTree(document.text);
  treeMs += cpuMs() - t0;
  inputs.push({ name: `bench/${i}/${document.meta.fileName}`, document, tree });
});

// One line per document, written as it comes, so the snapshot never has to sit in memory whole.
writeFileSync(out, '');
let totalMs = 0;
for (const { name, document, tree } of inputs) {
  const t0 = cpuMs();
  const analysis = pipeline.run(document, tree, context);
  totalMs += cpuMs() - t0;
  appendFileSync(out, `${canonical({ name, id: document.id, tree, analysis })}\n`);
}

const n = inputs.length;
console.log(`${n} documents → ${out}`);
console.log(`buildTree (bench docs only) ${(treeMs / benchDocs.length).toFixed(2)} ms/doc`);
for (const [name, ms] of stepMs) console.log(`${name.padEnd(20)} ${(ms / n).toFixed(2).padStart(8)} ms/doc`);
console.log(`${'all steps'.padEnd(20)} ${(totalMs / n).toFixed(2).padStart(8)} ms/doc`);

/** JSON with object keys sorted, so that equal outputs give equal bytes. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

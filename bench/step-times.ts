/**
 * @module step-times
 * CPU time per analysis step (and tree building) over the bench corpus: where the full analysis
 * spends its time, to decide what to speed up. Usage: node --import tsx bench/step-times.ts [--mb 2]
 */
import { DEFAULT_STEPS } from '../src/analyse/default-pipeline.ts';
import { loadContext } from '../src/analyse/load-context.ts';
import { createPipeline } from '../src/analyse/pipeline.ts';
import type { Step } from '../src/analyse/shared/step.ts';
import { buildTree } from '../src/structure/build-tree.ts';
import { benchDocuments } from './analysis-bench.ts';

const mbArg = process.argv.indexOf('--mb');
const mb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 2;
const docs = benchDocuments(mb);
const spent = new Map<string, number>();
const timed: Step[] = DEFAULT_STEPS.map((s) => ({
  ...s,
  run: (input) => {
    const t0 = process.cpuUsage();
    const out = s.run(input);
    const d = process.cpuUsage(t0);
    spent.set(s.name, (spent.get(s.name) ?? 0) + (d.user + d.system) / 1e6);
    return out;
  },
}));
const pipeline = createPipeline(timed);
const context = loadContext();
const warm = benchDocuments(0.05);
for (const d of warm) pipeline.run(d, buildTree(d.text), context);
spent.clear();
let treeSeconds = 0;
for (const d of docs) {
  const t0 = process.cpuUsage();
  const tree = buildTree(d.text);
  const dt = process.cpuUsage(t0);
  treeSeconds += (dt.user + dt.system) / 1e6;
  pipeline.run(d, tree, context);
}
spent.set('buildTree', treeSeconds);
const total = [...spent.values()].reduce((a, b) => a + b, 0);
for (const [name, s] of [...spent].sort((a, b) => b[1] - a[1]))
  console.log(`${name.padEnd(14)} ${s.toFixed(2).padStart(7)} s  ${((100 * s) / total).toFixed(1).padStart(5)} %`);
console.log(`${'total'.padEnd(14)} ${total.toFixed(2).padStart(7)} s  (${docs.length} documents, ${mb} MB)`);

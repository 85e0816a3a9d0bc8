/**
 * Fuzzes every reader and the structure step with generated inputs (text, Markdown, HTML,
 * mutated PDF and DOCX, legacy encodings, raw bytes), each read in the worker pool under the
 * per-document budget, and reports crashes other than the documented `ReadError`, hangs
 * past the budget, memory overruns, broken tree invariants and peak memory. Findings are
 * written with their seed and index, which regenerate the input exactly.
 * Usage: node --import tsx scripts/fuzz.ts [--count 100000] [--seed 1] [--from 0] [--budget-ms 10000] [--out FILE]
 * `--from` starts at that input index, so a long run can be split into shards that together
 * cover the same inputs as one run (seed and index still regenerate each input).
 */
import { writeFileSync } from 'node:fs';
import { FUZZ_KINDS, fuzzInput } from '../test/fixtures/hostile/fuzz-inputs.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const count = option('count', 100_000);
const seed = option('seed', 1);
const from = option('from', 0);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'fuzz-findings.json';
process.env.CONCORD_READ_TIMEOUT_MS ??= String(option('budget-ms', 10_000));
process.env.CONCORD_WORKERS ??= '1';

const { fuzzCheck } = await import('../test/read/helpers/fuzz-check.ts');
const { closeWorkers } = await import('../src/ingest/prepare-in-worker.ts');

const perKind = new Map(
  FUZZ_KINDS.map((k) => [k, { inputs: 0, read: 0, refused: 0, findings: 0, maxMs: 0, totalMs: 0 }]),
);
const codes = new Map<string, number>();
const findings: { seed: number; index: number; kind: string; finding: string; message: string }[] = [];
const started = Date.now();
for (let index = from; index < from + count; index++) {
  const input = fuzzInput(seed, index);
  const outcome = await fuzzCheck(input.bytes, input.name);
  const row = perKind.get(input.kind) as NonNullable<ReturnType<typeof perKind.get>>;
  row.inputs++;
  row.maxMs = Math.max(row.maxMs, outcome.ms);
  row.totalMs += outcome.ms;
  if (outcome.status === 'read') row.read++;
  else if (outcome.status === 'refused') {
    row.refused++;
    codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
  } else {
    row.findings++;
    findings.push({ seed, index, kind: input.kind, finding: outcome.kind, message: outcome.message.slice(0, 300) });
    console.error(
      `finding ${outcome.kind} at seed ${seed} index ${index} (${input.kind}): ${outcome.message.slice(0, 160)}`,
    );
  }
  if ((index + 1 - from) % 5000 === 0)
    console.error(`${index + 1 - from}/${count} (from ${from}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
await closeWorkers();
writeFileSync(out, `${JSON.stringify(findings, null, 2)}\n`);

console.log(`| kind | inputs | read | refused (ReadError) | findings | mean | slowest |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const [kind, r] of perKind)
  console.log(
    `| ${kind} | ${r.inputs} | ${r.read} | ${r.refused} | ${r.findings} | ` +
      `${(r.totalMs / Math.max(1, r.inputs)).toFixed(1)} ms | ${r.maxMs} ms |`,
  );
const byKind = (k: string) => findings.filter((f) => f.finding === k).length;
console.log(
  `\n${count} inputs (indices ${from}–${from + count - 1}) in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
    `crashes ${byKind('crash')}, hangs ${byKind('hang')}, ` +
    `memory overruns ${byKind('memory')}, invariant breaks ${byKind('invariant')}; ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (main thread and workers); ` +
    `budget ${process.env.CONCORD_READ_TIMEOUT_MS} ms`,
);
console.log(`refusal codes: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}; findings written to ${out}`);
process.exit(findings.length ? 1 : 0);

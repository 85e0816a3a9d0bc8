import { writeFileSync } from 'node:fs';
import { createAnalyser } from '/work/wt-perf/src/analyse/analyser.ts';
import { readBaseTexts } from '/work/wt-perf/bench/make-corpus.ts';
import { analyseBases, syntheticRecords } from '/work/wt-perf/bench/synthetic-records.ts';
import { documentRowSet } from '/work/wt-perf/src/store/document-row-set.ts';
import { rowValues } from '/work/wt-perf/src/store/batch-writer.ts';
import { copyRows } from '/work/wt-perf/src/store/postgres/copy-text.ts';
const bases = await analyseBases(readBaseTexts('/work/shared/corpus'), createAnalyser());
const now = new Date().toISOString();
const sets = [...syntheticRecords(bases, 1000)].map((r) => documentRowSet(r, now));
for (const table of ['documents', 'sources', 'nodes', 'passages', 'annotations', 'analysis_runs'] as const) {
  const rows = sets.flatMap((s: any) => table === 'documents' ? [s.document] : table === 'sources' ? [s.source] : table === 'analysis_runs' ? [s.run] : s[table]).filter(Boolean);
  writeFileSync(`/tmp/perf/${table}.copy`, copyRows(rows.map((row: object) => rowValues(table, row))));
}

/**
 * @module ingest-bench
 * Benchmark section: ingest throughput (read + structure + analyse + store) of generated
 * documents into a store, through the real `ingest()`.
 */
import type { Analyser } from '../src/analyse/analyser.ts';
import { ingest } from '../src/ingest/ingest.ts';
import type { Store } from '../src/store/store.ts';
import type { BenchSection } from './bench-report.ts';
import type { BenchInput } from './make-corpus.ts';

/** What the ingest section measured, for the report and for later sections. */
export interface IngestResult {
  section: BenchSection;
  /** Documents stored (created). */
  stored: number;
}

/**
 * Ingests every input one by one and reports rates.
 * @example const r = await benchIngest(store, makeCorpus(bases, 20000), analyser, sampler.sample);
 */
export async function benchIngest(store: Store, inputs: Iterable<BenchInput>, analyser: Analyser, onDocument: (done: number) => void = () => {}): Promise<IngestResult> {
  const decoder = new TextDecoder();
  let docs = 0, bytes = 0, words = 0, created = 0, failed = 0;
  const firstFailures: string[] = [];
  const started = performance.now();
  for (const input of inputs) {
    const outcome = await ingest(store, input, analyser);
    docs++;
    bytes += input.bytes.length;
    words += countWords(decoder.decode(input.bytes));
    if (outcome.ok) { if (outcome.created) created++; }
    else { failed++; if (firstFailures.length < 3) firstFailures.push(`${outcome.fileName}: ${outcome.code} ${outcome.message}`); }
    onDocument(docs);
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = [
    { metric: 'documents', value: `${docs} (${created} stored, ${docs - created - failed} duplicates, ${failed} failed)` },
    { metric: 'input', value: `${(bytes / 1e6).toFixed(1)} MB, ${(words / 1e6).toFixed(2)} M words` },
    { metric: 'time', value: `${seconds.toFixed(1)} s` },
    { metric: 'documents/s', value: (docs / seconds).toFixed(1) },
    { metric: 'MB/s', value: (bytes / 1e6 / seconds).toFixed(2) },
    { metric: 'words/s', value: Math.round(words / seconds).toLocaleString('en') },
    ...firstFailures.map((f, i) => ({ metric: `failure ${i + 1}`, value: f })),
  ];
  return { section: { title: 'ingest (read + structure + analyse + store)', rows }, stored: created };
}

/** Words as white-space separated tokens with a letter or digit. */
function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

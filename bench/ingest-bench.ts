/**
 * @module ingest-bench
 * Benchmark section: ingest throughput (read + structure + analyse + store) of generated
 * documents into a store, through the real `ingest()`, with the share of that time spent in
 * the store (so a slow write and a slow analysis can be told apart). Only the `ingest()` calls
 * are timed: counting the input's words is the benchmark's own work.
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
export async function benchIngest(
  store: Store,
  inputs: Iterable<BenchInput>,
  analyser: Analyser,
  onDocument: (done: number) => void = () => {},
): Promise<IngestResult> {
  const decoder = new TextDecoder();
  let docs = 0,
    bytes = 0,
    words = 0,
    created = 0,
    failed = 0,
    ingestMs = 0;
  const firstFailures: string[] = [];
  const timed = timeStoreWrites(store);
  for (const input of inputs) {
    const started = performance.now();
    const outcome = await ingest(timed.store, input, analyser);
    ingestMs += performance.now() - started;
    docs++;
    bytes += input.bytes.length;
    words += countWords(decoder.decode(input.bytes));
    if (outcome.ok) {
      if (outcome.created) created++;
    } else {
      failed++;
      if (firstFailures.length < 3) firstFailures.push(`${outcome.fileName}: ${outcome.code} ${outcome.message}`);
    }
    onDocument(docs);
  }
  const seconds = ingestMs / 1000;
  const storeSeconds = timed.ms() / 1000;
  const rows = [
    {
      metric: 'documents',
      value: `${docs} (${created} stored, ${docs - created - failed} duplicates, ${failed} failed)`,
    },
    { metric: 'input', value: `${(bytes / 1e6).toFixed(1)} MB, ${(words / 1e6).toFixed(2)} M words` },
    { metric: 'time', value: `${seconds.toFixed(1)} s` },
    { metric: 'documents/s', value: (docs / seconds).toFixed(1) },
    { metric: 'MB/s', value: (bytes / 1e6 / seconds).toFixed(2) },
    { metric: 'words/s', value: Math.round(words / seconds).toLocaleString('en') },
    {
      metric: 'store share',
      value:
        `${storeSeconds.toFixed(1)} s (${((100 * storeSeconds) / seconds).toFixed(0)} %), ` +
        `${(docs / storeSeconds).toFixed(0)} documents/s in the store alone`,
    },
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

/** The store with its writes (and the existence check before them) timed. */
function timeStoreWrites(store: Store): { store: Store; ms: () => number } {
  let ms = 0;
  const timedMethods: ReadonlySet<PropertyKey> = new Set(['putDocument', 'hasDocument']);
  const proxy = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (!timedMethods.has(key) || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await value.apply(target, args);
        } finally {
          ms += performance.now() - started;
        }
      };
    },
  });
  return { store: proxy, ms: () => ms };
}

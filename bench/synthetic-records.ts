/**
 * @module synthetic-records
 * Store records for benchmarks that measure the store, not the analysis: the base texts are
 * read, structured and analysed once, and each variant is a base record with a numbered
 * sentence appended to its text (so it has its own content id) and the base's tree and
 * analysis (every span still lies inside the longer text). Built lazily, so a million
 * variants never sit in memory at once.
 */
import type { Analyser } from '../src/analyse/analyser.ts';
import { prepareDocument } from '../src/ingest/prepare-document.ts';
import { documentId } from '../src/model/document-id.ts';
import type { DocumentRecord } from '../src/store/store.ts';

/** Analyses every base text once; bases that fail to read are skipped. */
export async function analyseBases(
  bases: readonly { fileName: string; text: string }[],
  analyser: Analyser,
): Promise<DocumentRecord[]> {
  const encoder = new TextEncoder();
  const records: DocumentRecord[] = [];
  for (const base of bases) {
    const bytes = encoder.encode(base.text);
    try {
      const prepared = await prepareDocument({ bytes, fileName: base.fileName }, analyser);
      records.push({ ...prepared, source: bytes });
    } catch {
      /* not a readable base: the benchmark uses the others */
    }
  }
  if (!records.length) throw new Error('no base text could be read and analysed');
  return records;
}

/**
 * Variant `i` of the bases (cycling over them), starting at `from`.
 * @example for (const record of syntheticRecords(bases, 1000)) await store.putDocument(record);
 */
export function* syntheticRecords(
  bases: readonly DocumentRecord[],
  count: number,
  from = 0,
): Generator<DocumentRecord> {
  const encoder = new TextEncoder();
  for (let i = from; i < from + count; i++) {
    const base = bases[i % bases.length];
    const text = `${base.document.text}\n\nVariant ${i}.`;
    const meta = { ...base.document.meta, fileName: `v${i}__${base.document.meta.fileName ?? 'base'}` };
    yield {
      document: { id: documentId(text), text, meta },
      tree: base.tree,
      source: encoder.encode(text),
      analysis: base.analysis,
    };
  }
}

/** Splits an iterable into arrays of at most `size`. */
export function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

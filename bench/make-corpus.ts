/**
 * @module make-corpus
 * Builds a large synthetic corpus for the benchmark by varying real documents: the body's
 * paragraphs are shuffled, some numbers changed and a variant marker appended, so every
 * variant has its own content id. Deterministic for a seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One generated input, as ingest takes it. */
export interface BenchInput {
  fileName: string;
  bytes: Uint8Array;
}

/** A seeded PRNG (mulberry32): the same seed gives the same corpus. @example const r = seededRandom(1); r() */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads the base texts (every non-hidden file of a folder), sorted by name. */
export function readBaseTexts(dir: string): { fileName: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((fileName) => ({ fileName, text: readFileSync(join(dir, fileName), 'utf8') }));
}

/**
 * Yields `count` variants, cycling over the base texts (lazily, so 20,000 documents are
 * never all in memory).
 * @example for (const input of makeCorpus(bases, 20000, 42)) await ingest(store, input, analyser);
 */
export function* makeCorpus(
  bases: readonly { fileName: string; text: string }[],
  count: number,
  seed = 42,
): Generator<BenchInput> {
  if (!bases.length) throw new Error('makeCorpus needs at least one base text');
  const random = seededRandom(seed);
  const encoder = new TextEncoder();
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    const text = varyText(base.text, i, random);
    yield { fileName: `v${String(i).padStart(6, '0')}__${base.fileName}`, bytes: encoder.encode(text) };
  }
}

/** One variant: the header block (if any) kept, body paragraphs shuffled, numbers nudged, a marker appended. */
export function varyText(text: string, variant: number, random: () => number): string {
  const split = headerSplit(text);
  const paragraphs = split.body.split(/\n[ \t]*\n/);
  // Keep the first paragraph (title or opening) in place so documents still read as documents.
  const shuffled = [paragraphs[0], ...shuffle(paragraphs.slice(1), random)];
  const body = shuffled
    .join('\n\n')
    .replace(/\b\d{1,3}\b/g, (n) => (random() < 0.2 ? String((Number(n) + 1 + Math.floor(random() * 9)) % 1000) : n));
  return `${split.header}${body}\n\nVariant ${variant}.\n`;
}

function headerSplit(text: string): { header: string; body: string } {
  const m = /^(?:[A-Za-z_-]+:[^\n]*\n)+---\n/.exec(text);
  return m ? { header: m[0], body: text.slice(m[0].length) } : { header: '', body: text };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

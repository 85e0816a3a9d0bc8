/**
 * @module legacy-encoding
 * Picks the 8-bit encoding of text that is not UTF-8: Cyrillic (windows-1251, KOI8-R, …)
 * by letter statistics, else a Western code page. chardet proposes, we decide: chardet
 * alone confuses windows-1251 and KOI8-R on short texts. Other 8-bit families (Greek,
 * Arabic, Central European) are read as Western: rare in this domain, and a wrong guess
 * there would be silent.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { cyrillicShare, latinAdjacentShare, scoreRussian } from './cyrillic-score.ts';

/** Cyrillic code pages always tried, plus any other chardet proposes. */
const CYRILLIC_BASE = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'];
const CYRILLIC_EXTRA = new Set(['x-mac-cyrillic', 'koi8-u']);
const SAMPLE_BYTES = 64 * 1024;
/** Share of high bytes with a high-byte neighbour above which letters come in runs (whole non-Latin words). */
const RUN_THRESHOLD = 0.5;

/**
 * The most likely 8-bit encoding of `bytes` (lowercase WHATWG-style name iconv-lite knows).
 * @example detectLegacyEncoding(iconv.encode('привет', 'koi8-r')) === 'koi8-r'
 */
export function detectLegacyEncoding(bytes: Uint8Array): string {
  // A 64 KiB sample decides as well as the whole file, at a fixed cost.
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const proposals = chardetProposals(sample);
  if (highByteRunShare(sample) >= RUN_THRESHOLD) {
    const cyrillic = bestCyrillic(sample, proposals);
    if (cyrillic) return cyrillic;
  }
  return hasC1Bytes(bytes) ? 'windows-1252' : 'iso-8859-1';
}

/** The Cyrillic candidate whose decoding looks most Russian, if the text is Cyrillic at all. */
function bestCyrillic(bytes: Uint8Array, proposals: readonly string[]): string | undefined {
  const candidates = [...CYRILLIC_BASE, ...proposals.filter((name) => CYRILLIC_EXTRA.has(name))];
  let best: { name: string; score: number } | undefined;
  for (const name of candidates) {
    const text = iconv.decode(Buffer.from(bytes), name);
    // A Cyrillic reading turns most high bytes into letters that form words of their own.
    if (cyrillicShare(text) < 0.7 || latinAdjacentShare(text) > 0.25) continue;
    const score = scoreRussian(text);
    if (!best || score > best.score) best = { name, score };
  }
  return best?.name;
}

/** chardet's candidates, best first, as lowercase names. */
function chardetProposals(bytes: Uint8Array): string[] {
  return analyse(bytes).map((match) => match.name.toLowerCase());
}

/**
 * Share of bytes ≥ 0x80 next to another such byte. Cyrillic, Greek or Arabic words are
 * runs of high bytes; Western accents (é, ü) mostly sit alone between ASCII letters.
 */
function highByteRunShare(bytes: Uint8Array): number {
  let high = 0;
  let inRun = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    if ((i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.length && bytes[i + 1] >= 0x80)) inRun++;
  }
  return high === 0 ? 0 : inRun / high;
}

/** Bytes 0x80–0x9F: printable in windows-1252 (€, “, —), control codes in ISO-8859-1. */
function hasC1Bytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) return true;
  return false;
}

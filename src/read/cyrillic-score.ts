/**
 * @module cyrillic-score
 * Scores a candidate decoding of Cyrillic 8-bit text by how Russian it looks, so that
 * windows-1251 and KOI8-R (which map the same bytes to different letters) are told apart.
 */
import { RUSSIAN_LETTER_FREQUENCY } from './russian-letter-frequency.ts';

/** Per-letter log-probability given to a Cyrillic letter absent from the table (Ukrainian і, Kazakh ә, …). */
const RARE_LETTER_LOG = Math.log(0.02 / 100);

/**
 * How Russian a decoded text looks: the mean log-frequency of its Cyrillic letters, with
 * penalties for capitals inside words and for non-letter symbols where letters should be.
 * Higher is better; only comparable across decodings of the same bytes.
 * @example scoreRussian('привет мир') > scoreRussian('ПРИВЕТ МИР'.toLowerCase().replace(/./g, 'щ'))
 */
export function scoreRussian(text: string): number {
  let letters = 0;
  let logSum = 0;
  let capsInWord = 0;
  let oddSymbols = 0;
  let nonAscii = 0;
  let previous = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x80) nonAscii++;
    if (code >= 0x400 && code <= 0x4ff) {
      letters++;
      const low = ch.toLowerCase();
      const freq = RUSSIAN_LETTER_FREQUENCY[low];
      logSum += freq ? Math.log(freq / 100) : RARE_LETTER_LOG;
      if (ch !== low && isLowerLetter(previous)) capsInWord++;
    } else if (code >= 0x80 && !COMMON_SYMBOLS.has(ch)) {
      oddSymbols++;
    }
    previous = ch;
  }
  if (letters === 0) return -Infinity;
  // No bonus for lowercase as such: a wrong KOI8-R/1251 reading swaps the cases, so
  // all-caps headlines would flip. Capitals *inside* words are the telling sign.
  return logSum / letters - 4 * (capsInWord / letters) - 6 * (oddSymbols / Math.max(1, nonAscii));
}

/** Share of the non-ASCII characters of a text that are Cyrillic letters (0..1). @example cyrillicShare('дом') === 1 */
export function cyrillicShare(text: string): number {
  let nonAscii = 0;
  let cyrillic = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    nonAscii++;
    if (code >= 0x400 && code <= 0x4ff) cyrillic++;
  }
  return nonAscii === 0 ? 0 : cyrillic / nonAscii;
}

/**
 * Share of the Cyrillic letters of a text that touch a Latin letter. Near 0 in real Cyrillic
 * text; high when Western accents were misread as Cyrillic ("été" → "йtй").
 * @example latinAdjacentShare('cafй') === 1
 */
export function latinAdjacentShare(text: string): number {
  let cyrillic = 0;
  let touching = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x400 || code > 0x4ff) continue;
    cyrillic++;
    if (isAsciiLetter(text.charCodeAt(i - 1)) || isAsciiLetter(text.charCodeAt(i + 1))) touching++;
  }
  return cyrillic === 0 ? 0 : touching / cyrillic;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Non-letter characters that legitimately sit beside Cyrillic words in 8-bit text. */
const COMMON_SYMBOLS = new Set(['«', '»', '—', '–', '№', '„', '“', '”', '’', '‘', '…', '\u00a0', '°', '•', '·']);

function isLowerLetter(ch: string): boolean {
  return ch !== '' && ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
}

/**
 * @module decode
 * Bytes → string, with the encoding recorded rather than guessed blindly: a BOM wins, then
 * strict UTF-8, then (for text with no valid UTF-8 at all) 8-bit code-page detection.
 * UTF-8 that is broken in places is refused with the offset, not silently repaired.
 */
import iconv from 'iconv-lite';
import { assertNotBinary } from './binary-check.ts';
import { detectLegacyEncoding } from './legacy-encoding.ts';
import { ReadError, describeInput } from './read-error.ts';
import { scanUtf8 } from './utf8-scan.ts';

/** A decoded text and the encoding it was read in. */
export interface Decoded {
  /** The text, without a leading BOM; line ends untouched. */
  readonly text: string;
  /** Lowercase encoding name: `utf-8`, `utf-16le`, `windows-1251`, `koi8-r`, … */
  readonly encoding: string;
}

/**
 * Decodes text bytes. `declared` is a charset the container states (HTTP header, `<meta
 * charset>`); it is used only when the bytes are not valid UTF-8.
 * @example decodeText(new TextEncoder().encode('hé')).encoding === 'utf-8'
 */
export function decodeText(bytes: Uint8Array, fileName?: string, declared?: string): Decoded {
  const bom = decodeByBom(bytes, fileName);
  if (bom) return bom;
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: decodeStrict(bytes, utf16, fileName), encoding: utf16 };
  assertNotBinary(bytes, fileName);
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const scan = scanUtf8(bytes);
  // Real UTF-8 with a few bad bytes is damaged input: repairing it would invent text.
  if (scan.multibyte > 0 && scan.multibyte >= scan.invalid) {
    throw new ReadError(
      'encoding',
      `${describeInput(fileName)} is not valid UTF-8: ` +
        `invalid byte 0x${bytes[scan.firstInvalid].toString(16).toUpperCase().padStart(2, '0')} ` +
        `at byte offset ${scan.firstInvalid} ` +
        `(${scan.invalid} invalid of ${scan.multibyte + scan.invalid} non-ASCII sequences); re-save the file as UTF-8`,
      { offset: scan.firstInvalid },
    );
  }
  const encoding = usableDeclared(declared) ?? detectLegacyEncoding(bytes);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

/** Reads a byte-order mark: UTF-8, UTF-16LE or UTF-16BE. */
function decodeByBom(bytes: Uint8Array, fileName?: string): Decoded | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryUtf8(bytes.subarray(3));
    if (text === undefined) {
      const { firstInvalid } = scanUtf8(bytes.subarray(3));
      throw new ReadError(
        'encoding',
        `${describeInput(fileName)} starts with a UTF-8 byte-order mark but is not valid UTF-8 ` +
          `(byte offset ${firstInvalid + 3}); re-save it as UTF-8`,
        { offset: firstInvalid + 3 },
      );
    }
    return { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeStrict(bytes.subarray(2), 'utf-16le', fileName), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeStrict(bytes.subarray(2), 'utf-16be', fileName), encoding: 'utf-16be' };
  return undefined;
}

/**
 * UTF-16 without a BOM: Latin or Cyrillic text has a NUL or small high byte in every other
 * position. Checked on a sample; needs most even (or odd) bytes to be NUL.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.6 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.6 && oddNul / pairs < 0.05) return 'utf-16be';
  return undefined;
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 decoding that refuses unpaired surrogates instead of inventing U+FFFD. */
function decodeStrict(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', fileName?: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new ReadError(
      'encoding',
      `${describeInput(fileName)} is not valid ${encoding.toUpperCase()} ` +
        '(odd length or an unpaired surrogate); re-save it as UTF-8',
      { cause },
    );
  }
}

/** A declared charset worth trusting for non-UTF-8 bytes. */
function usableDeclared(declared?: string): string | undefined {
  const name = declared?.trim().toLowerCase();
  if (!name || name.startsWith('utf') || !iconv.encodingExists(name)) return undefined;
  return name;
}

/**
 * @module utf8-scan
 * Walks bytes as UTF-8 and counts well-formed multi-byte sequences and broken ones, to tell
 * "UTF-8 with a bad byte" (an error worth reporting) from "legacy 8-bit text" (decode it).
 */

/** What a UTF-8 walk over some bytes found. */
export interface Utf8Scan {
  /** Well-formed sequences of 2–4 bytes. */
  readonly multibyte: number;
  /** Bytes that start no well-formed sequence. */
  readonly invalid: number;
  /** Byte offset of the first invalid byte, or -1. */
  readonly firstInvalid: number;
}

/**
 * Scans bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
 * @example scanUtf8(new Uint8Array([0x61, 0xc3, 0xa9, 0xff])) // {multibyte: 1, invalid: 1, firstInvalid: 3}
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multibyte++;
      i += length;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { multibyte, invalid, firstInvalid };
}

/** Length of the well-formed sequence starting at `i`, or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const [count, min, max] =
    b >= 0xc2 && b <= 0xdf
      ? [1, 0x80, 0xbf]
      : b === 0xe0
        ? [2, 0xa0, 0xbf]
        : b === 0xed
          ? [2, 0x80, 0x9f]
          : b >= 0xe1 && b <= 0xef
            ? [2, 0x80, 0xbf]
            : b === 0xf0
              ? [3, 0x90, 0xbf]
              : b >= 0xf1 && b <= 0xf3
                ? [3, 0x80, 0xbf]
                : b === 0xf4
                  ? [3, 0x80, 0x8f]
                  : [0, 0, 0];
  if (count === 0 || i + count >= bytes.length) return 0;
  // The second byte has a lead-specific range (excludes overlongs and surrogates); the rest are plain continuations.
  if (bytes[i + 1] < min || bytes[i + 1] > max) return 0;
  for (let k = 2; k <= count; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return count + 1;
}

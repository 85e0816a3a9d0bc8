/**
 * @module json-depth
 * How deeply a JSON text nests, found by one linear scan before it is parsed: a body of
 * 100,000 `[` parses, but every recursive step after it (validation, stringify for storage)
 * then overflows the stack.
 */

/** Deepest nesting of arrays and objects in `text`; brackets inside strings do not count. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * @module name-matcher
 * Finds listed names in a text in one pass: one alternation regex, longest names first, with
 * word boundaries and folded dashes and apostrophes, so "China–Central Asia" matches
 * "China-Central Asia" and "China - Central Asia".
 */

export interface NameHit<V> {
  readonly start: number;
  readonly end: number;
  readonly value: V;
}

export interface NameMatcher<V> {
  /** All non-overlapping hits, left to right. */
  find(text: string): NameHit<V>[];
}

/** Compiles a matcher for `(name, value)` pairs. @example createNameMatcher([['Kazakhstan', 'KZ']]).find('in Kazakhstan') */
export function createNameMatcher<V>(entries: readonly (readonly [string, V])[], options: { caseSensitive?: boolean } = {}): NameMatcher<V> {
  const byKey = new Map<string, V>();
  const originals = new Map<string, string>();
  for (const [name, value] of entries) {
    const key = foldKey(name);
    if (key.length >= 2 && !byKey.has(key)) { byKey.set(key, value); originals.set(key, name.trim()); }
  }
  if (!byKey.size) return { find: () => [] };
  const sources = [...originals.values()].sort((a, b) => b.length - a.length).map(namePattern);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, options.caseSensitive ? 'gu' : 'giu');
  return {
    find(text: string): NameHit<V>[] {
      const out: NameHit<V>[] = [];
      for (const m of text.matchAll(re)) {
        const value = byKey.get(foldKey(m[0]));
        if (value !== undefined) out.push({ start: m.index, end: m.index + m[0].length, value });
      }
      return out;
    },
  };
}

/** The lookup key of a name: lower case, one kind of dash, apostrophe and space. */
export function foldKey(s: string): string {
  return s.toLowerCase().replace(/[‐‑‒–—―-]/g, '-').replace(/[’‘`´]/g, "'").replace(/\s*-\s*/g, '-').replace(/\s*\+\s*/g, '+').replace(/[“”„«»"]/g, '').replace(/\s+/g, ' ').trim();
}

function namePattern(name: string): string {
  return name
    .replace(/[“”„«»"]/g, '')
    .replace(/\s*[‐‑‒–—―-]\s*/g, '-')
    .replace(/\s*\+\s*/g, '+')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/-/g, '\\s*[‐‑‒–—―-]\\s*')
    .replace(/'/g, "['’‘`´]")
    .replace(/ /g, '\\s+')
    .replace(/\\\+/g, '\\s*\\+\\s*');
}

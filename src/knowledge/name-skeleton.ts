/**
 * @module name-skeleton
 * A transliteration skeleton key for person names: spellings of one name that differ only by
 * the usual romanisation choices (Zh/J/Dzh, kh/h, y/i, -ov/-ev/-yev, -ow, doubled letters,
 * ou/u, yo/e …) share one key, so "Zheenbek Kulubaev", "Jeenbek Kulubayev" and
 * "Жээнбек Кулубаев" meet.
 */
import { fold } from './fold.ts';
import { transliterate } from './transliterate.ts';

// Ordered rewrites on one folded word; each rule says why it exists.
const RULES: readonly (readonly [RegExp, string])[] = [
  [/dzh|dj|zh|j/g, 'j'], // Жапаров: Japarov, Zhaparov, Djaparov
  [/kh/g, 'h'], // Мухриддин: Mukhriddin, Muhriddin
  [/ch/g, 'c'],
  [/sh/g, 's'], // keeps Shavkat and Savkat apart only by length: acceptable
  [/ts/g, 'c'],
  [/ou/g, 'u'],
  [/yo|io|ye/g, 'e'], // Мирзиёев: Mirziyoyev, Mirzieev; Yerlan/Erlan
  [/yu|iu/g, 'u'],
  [/ya|ia/g, 'a'], // Kulubayev / Kulubaev handled with the y rule below too
  [/iy|ii|yi|y/g, 'i'], // Bakhtiyor / Bakhtior, Saidiy
  [/w/g, 'v'], // Berdimuhamedow / Berdimuhamedov
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/(.)\1+/g, '$1'], // doubled letters: Jeenbek/Jenbek, Rahmon/Rakhmon after kh→h
  [/(?<=[aeiou])i(?=[aeiou])/g, ''], // Kulubaiev → Kulubaev
  [/(?<=.{3})(ov|ev|of|ef)$/g, 'v'], // -ov/-ev/-yev/-yov all end in v
  [/(?<=.{3})(ova|eva)$/g, 'va'],
];

/**
 * The skeleton key of one word (already transliterated to Latin).
 * @example skeletonWord('Kulubayev') === skeletonWord('Kulubaev')
 */
export function skeletonWord(word: string): string {
  let w = cache.get(word);
  if (w !== undefined) return w;
  w = fold(transliterate(word)).replace(/[^a-z]/g, '');
  for (const [re, to] of RULES) w = w.replace(re, to);
  // Names repeat across documents: remember them (bounded, so a long run cannot grow it forever).
  if (cache.size > MAX_CACHE) cache.clear();
  cache.set(word, w);
  return w;
}

const MAX_CACHE = 100_000;
const cache = new Map<string, string>();

/**
 * The skeleton key of a whole name: words keyed one by one and joined by a space, in the
 * given order.
 * @example skeletonKey('Жээнбек Кулубаев') === skeletonKey('Jeenbek Kulubayev')
 */
export function skeletonKey(name: string): string {
  return name
    .split(/[\s\-‐-―]+/)
    .filter(Boolean)
    .map(skeletonWord)
    .filter(Boolean)
    .join(' ');
}

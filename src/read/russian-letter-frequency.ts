/**
 * @module russian-letter-frequency
 * Relative frequencies of the Russian letters (per cent), used to tell Cyrillic 8-bit
 * encodings apart: the right decoding yields the common letters, a wrong one scrambles them.
 * Source: Russian National Corpus counts as tabulated in Wikipedia, "Russian alphabet" /
 * "Частотность букв русского языка" (Lyashevskaya & Sharov, 2009).
 */
export const RUSSIAN_LETTER_FREQUENCY: Readonly<Record<string, number>> = Object.freeze({
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
});

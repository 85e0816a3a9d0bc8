/**
 * @module roman-numeral
 * Values of Roman and Chinese numerals as printed in clause markers.
 */

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a well-formed Roman numeral (upper or lower case), else 0. @example romanValue('IV') === 4 */
export function romanValue(numeral: string): number {
  const s = numeral.toUpperCase();
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    if (!v) return 0;
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  // Rejects malformed forms such as "IIII" or "VX" by writing the value back.
  return total > 0 && toRoman(total) === s ? total : 0;
}

const CJK_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a Chinese numeral up to 99 ("十二" → 12), else 0. @example cjkValue('二十三') === 23 */
export function cjkValue(numeral: string): number {
  const ten = numeral.indexOf('十');
  if (ten < 0) return numeral.length === 1 ? (CJK_DIGITS[numeral] ?? 0) : 0;
  const tens = ten === 0 ? 1 : (CJK_DIGITS[numeral.slice(0, ten)] ?? 0);
  const rest = numeral.slice(ten + 1);
  const units = rest ? (CJK_DIGITS[rest] ?? 0) : 0;
  if (!tens || (rest && !units) || ten > 1 || rest.length > 1) return 0;
  return tens * 10 + units;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

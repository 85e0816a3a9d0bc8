/**
 * @module list-marker
 * The printed marker of an ordered-list item, as a browser would number it: "3.", "c)",
 * "IV." — so that clause numbers survive the trip from HTML or DOCX to text.
 */

/** Numbering styles of `<ol type>` and CSS `list-style-type`. */
export type ListNumbering = '1' | 'a' | 'A' | 'i' | 'I';

/**
 * The marker for item number `n` in a numbering style.
 * @example listMarker(3, '1') === '3.'
 * @example listMarker(2, 'a') === 'b)'
 * @example listMarker(4, 'I') === 'IV.'
 */
export function listMarker(n: number, numbering: ListNumbering): string {
  switch (numbering) {
    case 'a':
      return `${alphabetic(n)})`;
    case 'A':
      return `${alphabetic(n).toUpperCase()})`;
    case 'i':
      return `${roman(n).toLowerCase()}.`;
    case 'I':
      return `${roman(n)}.`;
    default:
      return `${n}.`;
  }
}

/** The numbering style of an `<ol>`, from its `type` attribute or inline `list-style-type`. */
export function listNumbering(type: string | null, style: string | null): ListNumbering {
  if (type === 'a' || type === 'A' || type === 'i' || type === 'I' || type === '1') return type;
  const css = style && /list-style(?:-type)?\s*:\s*([\w-]+)/i.exec(style)?.[1].toLowerCase();
  if (css === 'lower-alpha' || css === 'lower-latin') return 'a';
  if (css === 'upper-alpha' || css === 'upper-latin') return 'A';
  if (css === 'lower-roman') return 'i';
  if (css === 'upper-roman') return 'I';
  return '1';
}

/** 1 → a, 26 → z, 27 → aa (as browsers count). */
function alphabetic(n: number): string {
  if (n < 1) return String(n);
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
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

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) for (; rest >= value; rest -= value) out += letters;
  return out;
}

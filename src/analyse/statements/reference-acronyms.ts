/**
 * @module reference-acronyms
 * An acronym the document coins for the name right before it ("the World Trade Organization (WTO)", "the Pacific
 * Resilience Facility (PRF)") is the name it then uses: a reference printed as that acronym keeps it ("reform of the
 * WTO" → "WTO"), as readers quote the text. An acronym the document never defines is said in full
 * (`printedOrCanonical`), and so is a body's own acronym set after a longer title than its letters spell ("the …
 * Centre for Combating Illicit Trafficking … and Their Precursors (CARICC)").
 */

/** The acronyms a document defines, for the last document asked about (its statements come one after another). */
let last: { text: string; defined: ReadonlySet<string> } | null = null;

const DEFINED = /\(\s*([A-Z][A-Z\d+&-]{2,9})\s*\)/g;
const ACRONYM = /^[A-Z][A-Z\d+&-]{2,9}$/;
/** Lower-case words an acronym may take a letter from or skip ("Law of the Sea" → LOS). */
const FUNCTION_WORD = /^\p{Ll}{1,3}$/u;

function definedIn(text: string): ReadonlySet<string> {
  if (last?.text !== text) {
    const defined = new Set<string>();
    for (const m of text.matchAll(DEFINED))
      if (spells(m[1], text.slice(Math.max(0, m.index - 200), m.index))) defined.add(m[1]);
    last = { text, defined };
  }
  return last.defined;
}

/**
 * The acronym's letters are the initials of the name that ends right before the bracket (its last letter from one of
 * the name's last two words), read backwards; a word in capitals gives all its letters ("UN Convention …" → U, N).
 */
function spells(acronym: string, before: string): boolean {
  const words = (before.split(/[.;:()]/).pop() ?? '')
    .split(/[\s\u2010-\u2015-]+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);
  const letters = acronym.replace(/[^A-Z\d]/g, '').split('');
  let i = letters.length - 1;
  let content = 0;
  for (let w = words.length - 1; w >= 0 && i >= 0; w--) {
    const word = words[w];
    const small = FUNCTION_WORD.test(word);
    if (!small) content++;
    const initials = /^[A-Z\d]{2,}$/.test(word) ? word.split('') : [word[0].toUpperCase()];
    for (let k = initials.length - 1; k >= 0 && i >= 0; k--) if (initials[k] === letters[i]) i--;
    // The last letter must come from one of the name's last two words.
    if (i === letters.length - 1 && content >= 2) return false;
  }
  return i < 0;
}

/**
 * The acronym printed at `text[start, end)` when the document defines it for a name in brackets, else null; the
 * defining bracket itself only names the thing before it again.
 * @example definedAcronym('the Harbour Trade Office (HTO) … reform of the HTO', 44, 47) === 'HTO'
 */
export function definedAcronym(text: string, start: number, end: number): string | null {
  const own = text.slice(start, end).trim();
  if (/\(\s*$/.test(text.slice(Math.max(0, start - 3), start))) return null;
  return ACRONYM.test(own) && definedIn(text).has(own) ? own : null;
}

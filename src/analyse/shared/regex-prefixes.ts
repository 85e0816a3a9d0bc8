/**
 * @module regex-prefixes
 * The first few characters a regular-expression fragment can start a match with, read from its source, so that a
 * scanner tries at a position only the fragments whose opening fits the text there (`regex-first-chars.ts` looks
 * at one character; this looks at up to `k`). Conservative: whatever it cannot read for sure (classes, `.`, `\w`,
 * non-ASCII letters, quantified groups beyond their first pass) ends the opening there, and an opening that can be
 * empty gives `null`, "any text".
 */

/**
 * Openings of at most `k` characters (ASCII; letters lower-cased when `ignoreCase`): every match starts with one
 * of them. Null when a match may start with anything.
 * @example [...regexPrefixes('\\b(?:free |preferential )?trade', true, 3)!].sort() → ['fre', 'pre', 'tra']
 */
export function regexPrefixes(
  source: string,
  ignoreCase: boolean,
  k: number,
  options: { nonAsciiAs?: string } = {},
): ReadonlySet<string> | null {
  try {
    const reader = new Reader(source, ignoreCase, k, options.nonAsciiAs);
    const part = reader.alternatives();
    if (reader.at !== source.length) return null;
    const out = new Set<string>();
    for (const [s] of part) {
      if (s === '') return null;
      out.add(s);
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * What a fragment can open with: each opening (up to `k` characters) and whether the fragment may go on after
 * it with characters not read (true) or ends there (false).
 */
type Part = Map<string, boolean>;

/** Beyond this many openings a fragment is read as "any text" (no gain in telling them apart). */
const MAX_OPENINGS = 256;
const DIGITS = '0123456789';

const empty = (): Part => new Map([['', false]]);
const any = (): Part => new Map([['', true]]);

class Reader {
  at = 0;
  constructor(
    private readonly s: string,
    private readonly ignoreCase: boolean,
    private readonly k: number,
    /** Read a non-ASCII literal as this one character (standing for "some non-ASCII character"), not as any. */
    private readonly nonAsciiAs?: string,
  ) {}

  alternatives(): Part {
    const out: Part = new Map();
    for (;;) {
      for (const [s, open] of this.sequence()) add(out, s, open);
      if (this.s[this.at] !== '|') return out;
      this.at++;
    }
  }

  /** Elements up to `|` or `)`, their openings joined. */
  private sequence(): Part {
    let out = empty();
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')')
      out = this.concat(out, this.quantified(this.element()));
    return out;
  }

  private concat(a: Part, b: Part): Part {
    const out: Part = new Map();
    for (const [x, xOpen] of a) {
      if (xOpen || x.length >= this.k) {
        add(out, x, true);
        continue;
      }
      for (const [y, yOpen] of b) {
        const s = x + y;
        if (s.length >= this.k) add(out, s.slice(0, this.k), true);
        else add(out, s, yOpen);
      }
    }
    if (out.size > MAX_OPENINGS) throw new Error('too many openings');
    return out;
  }

  private quantified(part: Part): Part {
    const s = this.s;
    const c = s[this.at];
    let min: number;
    let max: number;
    if (c === '?' || c === '*' || c === '+') {
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (!m) throw new Error('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.at += m[0].length;
    } else return part;
    if (s[this.at] === '?') this.at++; // lazy
    // Once at most: the part as read. More: after one pass anything read may repeat, so its openings stay open.
    const out: Part = new Map();
    for (const [x, open] of part) add(out, x, open || max > 1);
    if (min === 0) add(out, '', false);
    return out;
  }

  private element(): Part {
    const s = this.s;
    const c = s[this.at++];
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return empty();
    if (c === '.') return any();
    if (c === '[') {
      // A class: skipped whole (an escaped "]" does not close it), read as any character.
      while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
      if (s[this.at++] !== ']') throw new Error('class');
      return any();
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Error('quantifier');
    return this.literal(c);
  }

  private group(): Part {
    const head = groupHead(this.s, this.at);
    this.at += head.length;
    const inner = this.alternatives();
    if (this.s[this.at++] !== ')') throw new Error('unclosed');
    // A lookaround takes no character: what follows it is the match.
    return head.lookaround ? empty() : inner;
  }

  private escape(): Part {
    const c = this.s[this.at++];
    if (c === undefined) throw new Error('escape');
    if (c === 'b' || c === 'B') return empty();
    if (c === 'd') return new Map([...DIGITS].map((d) => [d, false]));
    // Letters and digits escaped are classes, back-references or code points: any character.
    if (/[A-Za-z0-9]/.test(c)) return any();
    return this.literal(c);
  }

  private literal(c: string): Part {
    if (c.charCodeAt(0) > 127) return this.nonAsciiAs === undefined ? any() : new Map([[this.nonAsciiAs, true]]);
    return new Map([[this.ignoreCase ? c.toLowerCase() : c, false]]);
  }
}

/** Adds an opening; the same opening open and closed is open (it covers both). */
function add(part: Part, s: string, open: boolean): void {
  part.set(s, open || part.get(s) === true);
}

/**
 * The head of a group whose "(" is just before `at`: its length ("?:", "?<=", "?<name>", or 0 for a plain group)
 * and whether the group is a lookaround. Throws on a head it cannot read.
 */
function groupHead(source: string, at: number): { length: number; lookaround: boolean } {
  if (source[at] !== '?') return { length: 0, lookaround: false };
  const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(at));
  if (!head) throw new Error('group');
  return { length: head[0].length, lookaround: ['?=', '?!', '?<=', '?<!'].includes(head[0]) };
}

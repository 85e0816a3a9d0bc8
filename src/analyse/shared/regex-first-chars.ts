/**
 * @module regex-first-chars
 * The characters a regular-expression fragment can start a match with, read from its source, so that a scanner
 * tries at a position only the fragments that can match there. Conservative: whatever it cannot read for sure
 * (classes, `.`, `\w`, non-ASCII letters, a fragment that can match the empty string) gives `null`, "any character".
 */

/** A set of first characters (ASCII; letters lower-cased when `ignoreCase`), or null for any character. */
export type FirstChars = ReadonlySet<string> | null;

/**
 * The first characters of `source`. @example [...firstChars('(free |preferential )?trade', true)!] → ['f', 'p', 't']
 */
export function firstChars(source: string, ignoreCase: boolean): FirstChars {
  try {
    const reader = new Reader(source, ignoreCase);
    const r = reader.alternatives();
    return reader.at === source.length && !r.nullable && r.chars ? r.chars : null;
  } catch {
    return null;
  }
}

interface Part {
  /** Null: any character. */
  chars: Set<string> | null;
  /** Whether the part can match the empty string (then what follows it can start the match too). */
  nullable: boolean;
}

const ZERO_WIDTH: Part = { chars: new Set(), nullable: true };
const ANY: Part = { chars: null, nullable: false };
const DIGITS = '0123456789';

class Reader {
  at = 0;
  constructor(
    private readonly s: string,
    private readonly ignoreCase: boolean,
  ) {}

  alternatives(): Part {
    const out: Part = { chars: new Set(), nullable: false };
    for (;;) {
      const seq = this.sequence();
      out.chars = union(out.chars, seq.chars);
      out.nullable ||= seq.nullable;
      if (this.s[this.at] !== '|') return out;
      this.at++;
    }
  }

  /** Elements up to `|` or `)`: the first characters of the first elements until one cannot be empty. */
  private sequence(): Part {
    const out: Part = { chars: new Set(), nullable: true };
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') {
      const element = this.quantified(this.element());
      if (out.nullable) {
        out.chars = union(out.chars, element.chars);
        out.nullable = element.nullable;
      }
    }
    return out;
  }

  private quantified(part: Part): Part {
    const s = this.s;
    const c = s[this.at];
    let nullable = part.nullable;
    if (c === '?' || c === '*') {
      nullable = true;
      this.at++;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.at));
      if (!m) throw new Error('brace');
      nullable ||= Number(m[1]) === 0;
      this.at += m[0].length;
    } else return part;
    if (s[this.at] === '?') this.at++; // lazy
    return { chars: part.chars, nullable };
  }

  private element(): Part {
    const s = this.s;
    const c = s[this.at++];
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === '.') return ANY;
    if (c === '[') {
      // A class: skipped whole (an escaped "]" does not close it), read as any character.
      while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
      if (s[this.at++] !== ']') throw new Error('class');
      return ANY;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Error('quantifier');
    return this.literal(c);
  }

  private group(): Part {
    const s = this.s;
    let lookaround = false;
    if (s[this.at] === '?') {
      const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.at));
      if (!head) throw new Error('group');
      lookaround = ['?=', '?!', '?<=', '?<!'].includes(head[0]);
      this.at += head[0].length;
    }
    const inner = this.alternatives();
    if (s[this.at++] !== ')') throw new Error('unclosed');
    // A lookaround takes no character: what follows it starts the match.
    return lookaround ? ZERO_WIDTH : inner;
  }

  private escape(): Part {
    const c = this.s[this.at++];
    if (c === undefined) throw new Error('escape');
    if (c === 'b' || c === 'B') return ZERO_WIDTH;
    if (c === 'd') return { chars: new Set(DIGITS), nullable: false };
    // Letters and digits escaped are classes, back-references or code points: any character.
    if (/[A-Za-z0-9]/.test(c)) return ANY;
    return this.literal(c);
  }

  private literal(c: string): Part {
    if (c.charCodeAt(0) > 127) return ANY;
    return { chars: new Set([this.ignoreCase ? c.toLowerCase() : c]), nullable: false };
  }
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || !b) return null;
  for (const c of b) a.add(c);
  return a;
}

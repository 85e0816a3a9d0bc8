/**
 * @module match-marker
 * Recognises what a line starts with: a numbered clause marker ("1.", "1\\.", "**1.**", "(a)",
 * "IV.", "一、", "１．", "Article 5"), a bullet ("—", "•", "-"), or a Markdown heading ("## "). Matching is
 * anchored at one position with sticky regular expressions, so the text is never copied.
 */
import { cjkValue, romanValue } from './roman-numeral.ts';
import type { StructureLexicon } from './structure-lexicon.ts';

/** One reading of a clause marker: a notation family, the printed label and its ordinal value. */
export interface MarkerReading {
  readonly notation: string;
  readonly label: string;
  readonly value: number;
  /** For a nested decimal ("2.1"): the number of the clause it belongs to (2). */
  readonly parent?: number;
}

export interface LineMarker {
  readonly kind: 'clause' | 'bullet' | 'md-heading';
  /** The marker's span (e.g. "1." or "Article 5"). */
  readonly start: number;
  readonly end: number;
  /** Where the block's own text starts after the marker (the line end when nothing follows). */
  readonly bodyStart: number;
  /** For clauses: the possible readings, preferred first ("(i)" is a letter or a Roman numeral). */
  readonly readings: readonly MarkerReading[];
  /** True when the notation cannot be ordinary prose ("Article 5", "一、"), so no numbering sequence is needed. */
  readonly unambiguous: boolean;
}

const SP = '[ \\t\\u00a0\\u3000]';
/** After most markers: white space, then a letter, a quote or a bracket ("1. The", "(a) to"). */
const FOLLOW_TEXT = new RegExp(`${SP}+(?=[\\p{L}"'“‘«„(\\[])`, 'uy');
/** A decimal marker whose space a copy lost ("1.We, the Leaders"): a capitalised word right after it. */
const FOLLOW_TIGHT = /(?=\p{Lu}\p{Ll})/uy;
/** After CJK markers white space is optional. */
const FOLLOW_ANY = new RegExp(`${SP}*(?=\\S)`, 'uy');
const REST_BLANK = new RegExp(`${SP}*$`, 'my');
/** After a clause word and its number: end of line, or punctuation/space then a capital or quote (a title). */
const FOLLOW_TITLE = new RegExp(`[.:]?(?:${SP}*[-—–.:]?${SP}+(?=[\\p{Lu}"'“‘«(\\[]))`, 'uy');

const MD_HEADING = /#{1,6}(?=[ \t])/y;
const SECTION_SIGN = /§[ \t\u00a0]*(\d{1,3})\.?/y;
const CJK_NUMERAL = /([一二三四五六七八九十]{1,3})[、．]/y;
const CJK_PAREN = /[（(]([一二三四五六七八九十]{1,3})[）)]/y;
const DECIMAL_CJK = /(\d{1,3})、/y;
/** Full-width digits and stop ("１．"), as Chinese and Japanese texts print them. */
const DECIMAL_WIDE = /([０-９]{1,3})[．.、]/y;
/** Markdown emphasis around a marker ("**1.**", "__Article 5__"). */
const EMPHASIS = /\*\*|__/y;
const DECIMAL = /(\d{1,3})(?:\\?\.)(?![\d.])/y;
/**
 * A decimal marker typed with a comma ("3,We reiterate", "11, We are determined"), as copies of communiqués print
 * them: only before a capitalised word, and like every decimal marker it must continue the numbering.
 */
const DECIMAL_COMMA = /(\d{1,3}),(?=[ \t\u00a0]?\p{Lu}\p{Ll})/uy;
/** "2.1." or "2.1": a sub-clause numbered within clause 2. */
const DECIMAL_NESTED = /(\d{1,3})\.(\d{1,3})\.?(?![\d.])/y;
const DECIMAL_PAREN = /(\d{1,3})\)/y;
const PAREN_DECIMAL = /\((\d{1,3})\)/y;
const PAREN_LETTERS = /\(([a-z]{1,6}|\p{Ll})\)/uy;
const LETTERS_PAREN = /([a-z]{1,6}|\p{Ll})\)/uy;
const ROMAN_UPPER = /([IVXLC]{1,7})\.(?![\w.])/y;
const LETTER_UPPER = /([A-Z])\.(?![\w.])/y;
const BULLET_TIGHT = /[—–•·▪◦●○■►‣⁃](?=[ \t\u00a0]*\S)/y;
const BULLET_SPACED = /[-*+](?=[ \t\u00a0]+\S)/y;

let clauseWordCache: { words: readonly string[]; re: RegExp } | undefined;

/**
 * The marker at `pos` (a line's first non-space character), or undefined.
 * @example matchMarker('1. The Parties', 0, 14, lexicon)?.readings[0].label === '1'
 */
export function matchMarker(
  text: string,
  pos: number,
  lineEnd: number,
  lexicon: StructureLexicon,
): LineMarker | undefined {
  const emphasised = at(EMPHASIS, text, pos);
  if (emphasised) return emphasisedMarker(text, pos, emphasised[0], lineEnd, lexicon);
  if (at(MD_HEADING, text, pos))
    return marker('md-heading', text, pos, MD_HEADING.lastIndex, lineEnd, [], true, FOLLOW_ANY);
  const word = clauseWordRegex(lexicon);
  let m = at(word, text, pos);
  if (m) {
    const end = word.lastIndex;
    const value = /\d/.test(m[1]) ? Number(m[1]) : romanValue(m[1]);
    if (value && (atLineEnd(text, end, lineEnd) || at(FOLLOW_TITLE, text, end))) {
      return marker('clause', text, pos, end, lineEnd, [{ notation: 'article', label: m[1], value }], true, FOLLOW_ANY);
    }
  }
  if ((m = at(SECTION_SIGN, text, pos)))
    return marker(
      'clause',
      text,
      pos,
      SECTION_SIGN.lastIndex,
      lineEnd,
      [{ notation: 'section', label: m[1], value: Number(m[1]) }],
      true,
      FOLLOW_ANY,
    );
  if ((m = at(CJK_NUMERAL, text, pos))) return cjk(m, CJK_NUMERAL, 'cjk');
  if ((m = at(CJK_PAREN, text, pos))) return cjk(m, CJK_PAREN, 'cjk-paren');
  if ((m = at(DECIMAL_CJK, text, pos)))
    return marker('clause', text, pos, DECIMAL_CJK.lastIndex, lineEnd, [decimal(m[1], 'decimal')], true, FOLLOW_ANY);
  if ((m = at(DECIMAL_WIDE, text, pos)))
    return marker(
      'clause',
      text,
      pos,
      DECIMAL_WIDE.lastIndex,
      lineEnd,
      [decimal(narrowDigits(m[1]), 'decimal')],
      false,
      FOLLOW_ANY,
    );
  if ((m = at(DECIMAL, text, pos))) {
    const end = DECIMAL.lastIndex;
    FOLLOW_TIGHT.lastIndex = end;
    if (FOLLOW_TIGHT.test(text) && end < lineEnd) {
      return {
        kind: 'clause',
        start: pos,
        end,
        bodyStart: end,
        readings: [decimal(m[1], 'decimal')],
        unambiguous: false,
      };
    }
    return followed(end, [decimal(m[1], 'decimal')]);
  }
  if ((m = at(DECIMAL_COMMA, text, pos))) {
    const end = DECIMAL_COMMA.lastIndex;
    const bodyStart = /[ \t\u00a0]/.test(text[end]) ? end + 1 : end;
    if (bodyStart < lineEnd)
      return { kind: 'clause', start: pos, end, bodyStart, readings: [decimal(m[1], 'decimal')], unambiguous: false };
  }
  if ((m = at(DECIMAL_NESTED, text, pos)))
    return followed(DECIMAL_NESTED.lastIndex, [
      {
        notation: 'decimal-nested',
        label: `${Number(m[1])}.${Number(m[2])}`,
        value: Number(m[2]),
        parent: Number(m[1]),
      },
    ]);
  if ((m = at(DECIMAL_PAREN, text, pos))) return followed(DECIMAL_PAREN.lastIndex, [decimal(m[1], 'decimal-paren')]);
  if ((m = at(PAREN_DECIMAL, text, pos))) return followed(PAREN_DECIMAL.lastIndex, [decimal(m[1], 'paren-decimal')]);
  if ((m = at(PAREN_LETTERS, text, pos)))
    return followed(PAREN_LETTERS.lastIndex, letterReadings(m[1], 'letter-paren', 'roman-lower-paren', lexicon));
  if ((m = at(LETTERS_PAREN, text, pos)))
    return followed(LETTERS_PAREN.lastIndex, letterReadings(m[1], 'letter', 'roman-lower', lexicon));
  if ((m = at(ROMAN_UPPER, text, pos))) {
    const readings = letterReadings(m[1].toLowerCase(), 'letter-upper', 'roman', lexicon).map((r) => ({
      ...r,
      label: r.label.toUpperCase(),
    }));
    // Upper-case Roman numbers are far more common than lettered sections: prefer them.
    readings.sort((a, b) => (a.notation === 'roman' ? -1 : 0) - (b.notation === 'roman' ? -1 : 0));
    return followed(ROMAN_UPPER.lastIndex, readings);
  }
  if ((m = at(LETTER_UPPER, text, pos)))
    return followed(LETTER_UPPER.lastIndex, [
      { notation: 'letter-upper', label: m[1], value: m[1].charCodeAt(0) - 64 },
    ]);
  if (at(BULLET_TIGHT, text, pos))
    return marker('bullet', text, pos, BULLET_TIGHT.lastIndex, lineEnd, [], false, FOLLOW_ANY);
  if (at(BULLET_SPACED, text, pos))
    return marker('bullet', text, pos, BULLET_SPACED.lastIndex, lineEnd, [], false, FOLLOW_ANY);
  return undefined;

  function followed(end: number, readings: MarkerReading[]): LineMarker | undefined {
    if (!readings.length) return undefined;
    FOLLOW_TEXT.lastIndex = end;
    if (!FOLLOW_TEXT.test(text) || FOLLOW_TEXT.lastIndex > lineEnd) return undefined;
    return { kind: 'clause', start: pos, end, bodyStart: FOLLOW_TEXT.lastIndex, readings, unambiguous: false };
  }
  function cjk(match: RegExpExecArray, re: RegExp, notation: string): LineMarker | undefined {
    const value = cjkValue(match[1]);
    return value
      ? marker('clause', text, pos, re.lastIndex, lineEnd, [{ notation, label: match[1], value }], true, FOLLOW_ANY)
      : undefined;
  }
}

/**
 * A clause marker inside Markdown emphasis ("**1.** The Parties"): the marker's span takes
 * in the emphasis, the body starts after the closing delimiter. Bullets and headings are
 * never emphasised, so only clauses count.
 */
function emphasisedMarker(
  text: string,
  pos: number,
  delimiter: string,
  lineEnd: number,
  lexicon: StructureLexicon,
): LineMarker | undefined {
  const close = text.indexOf(delimiter, pos + delimiter.length);
  if (close < 0 || close > lineEnd) return undefined;
  // Read the emphasised words as a line of their own, followed by a word as a marker needs.
  const probe = `${text.slice(pos + delimiter.length, close)} X`;
  const inner = matchMarker(probe, 0, probe.length, lexicon);
  // The marker must fill the emphasis: "**1.**", not "**1. The Parties agreed**".
  if (inner?.kind !== 'clause' || inner.bodyStart !== probe.length - 1) return undefined;
  const end = close + delimiter.length;
  // "**Article 5**" alone on its line heads the text below it.
  if (inner.unambiguous && atLineEnd(text, end, lineEnd)) return { ...inner, start: pos, end, bodyStart: lineEnd };
  FOLLOW_TEXT.lastIndex = end;
  if (!FOLLOW_TEXT.test(text) || FOLLOW_TEXT.lastIndex > lineEnd) return undefined;
  return { ...inner, start: pos, end, bodyStart: FOLLOW_TEXT.lastIndex };
}

/** "１２" → "12". */
function narrowDigits(wide: string): string {
  return wide.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

function marker(
  kind: LineMarker['kind'],
  text: string,
  start: number,
  end: number,
  lineEnd: number,
  readings: MarkerReading[],
  unambiguous: boolean,
  follow: RegExp,
): LineMarker | undefined {
  follow.lastIndex = end;
  let bodyStart = follow.test(text) ? follow.lastIndex : lineEnd;
  if (bodyStart > lineEnd) bodyStart = lineEnd;
  return { kind, start, end, bodyStart, readings, unambiguous };
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function atLineEnd(text: string, pos: number, lineEnd: number): boolean {
  REST_BLANK.lastIndex = pos;
  return pos >= lineEnd || (REST_BLANK.test(text) && REST_BLANK.lastIndex >= lineEnd);
}

function decimal(digits: string, notation: string): MarkerReading {
  return { notation, label: digits, value: Number(digits) };
}

/**
 * "c" is a letter and the Roman 100; "iv" only a Roman numeral; "ab" neither. A letter's
 * value is its place in the list alphabet that holds it ("б" is 2: Russian lists skip "й").
 */
function letterReadings(
  s: string,
  letterNotation: string,
  romanNotation: string,
  lexicon: StructureLexicon,
): MarkerReading[] {
  const out: MarkerReading[] = [];
  const value = s.length === 1 ? letterValue(s, lexicon) : 0;
  if (value) out.push({ notation: letterNotation, label: s, value });
  const roman = romanValue(s);
  if (roman) out.push({ notation: romanNotation, label: s, value: roman });
  return out;
}

/** 1-based place of `letter` in the first list alphabet that holds it, or 0. */
function letterValue(letter: string, lexicon: StructureLexicon): number {
  for (const alphabet of lexicon.listAlphabets) {
    const i = alphabet.indexOf(letter);
    if (i >= 0) return i + 1;
  }
  return 0;
}

function clauseWordRegex(lexicon: StructureLexicon): RegExp {
  if (clauseWordCache?.words !== lexicon.clauseWords) {
    const words = lexicon.clauseWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    clauseWordCache = {
      words: lexicon.clauseWords,
      re: new RegExp(`(?:${words})[ \\t\\u00a0]+(\\d{1,3}|[IVXLC]{1,7})(?![\\p{L}\\d])`, 'uy'),
    };
  }
  return clauseWordCache.re;
}

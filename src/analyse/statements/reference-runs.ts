/**
 * @module reference-runs
 * Runs of capitalised words cut into names, and a name's type by its last head noun ("… Climate Forum" → event):
 * "the Monterrey Consensus and the Doha Declaration" are two names, "the Friendship and Cooperation Treaty" one.
 */
import type { ReferenceValue } from '../../model/layers.ts';

type RefType = ReferenceValue['type'];
const ARTICLE = /^(?:the|The)\s+/;

/** What `splitRuns` needs of the compiled reference lexicon: the run, the head nouns and the connector words. */
export interface RunReader {
  run: RegExp;
  heads: [RegExp, RefType][];
  /** A connector word inside a name ("of", "and", …: reference-heads.json `connectors`), whole word. */
  connector: RegExp;
}

/**
 * Capitalised runs, cut at "and" where the left part is already a typed name ("… Workshop and the Confucius
 * Institute", "the Monterrey Consensus and the Doha Declaration").
 */
export function* splitRuns(
  s: string,
  c: RunReader,
  isPlace: (name: string) => boolean,
): Generator<{ 0: string; index: number }> {
  for (const m of s.matchAll(c.run)) {
    // "… Economy and Trade": a last part with no head noun of its own (and no place) still belongs to the name before
    // it.
    const parts: { text: string; at: number }[] = [];
    let offset = 0;
    for (const part of m[0].split(/(\s+and\s+)/)) {
      if (/^\s+and\s+$/.test(part)) {
        offset += part.length;
        continue;
      }
      const prev = parts[parts.length - 1];
      const bare = part.replace(ARTICLE, '');
      // "… Action Plan and the Santiago Commitment": an article opens a second name, never the rest of the first.
      // "… Principles and Rights at Work": a short last part, connectors aside.
      const words = bare.split(/\s+/).filter((w) => !c.connector.test(w));
      const short = words.length <= 2;
      const typed = typeOf(part, c.heads);
      if (prev && bare === part && !typed && typeOf(prev.text, c.heads) && !isPlace(bare) && short)
        prev.text = m[0].slice(prev.at - m.index, offset + part.length);
      // "the … Framework and Action Plan", "… into Trade and Investment Policy": a short typed last part that no
      // place or acronym opens is the rest of the name before it, not a name of its own ("… and Kyoto Protocol" is).
      else if (
        prev &&
        bare === part &&
        typed &&
        short &&
        typeOf(prev.text, c.heads) &&
        !isPlace(bare) &&
        !isPlace(words[0]) &&
        !/^[A-Z\d.&+-]{2,}$/.test(words[0])
      )
        prev.text = m[0].slice(prev.at - m.index, offset + part.length);
      // "the ASEAN-U.S. Trade and Investment Framework Arrangement": a part with no head noun (and no place) before a
      // typed one is the start of its name.
      else if (
        prev &&
        bare === part &&
        typed &&
        !typeOf(prev.text, c.heads) &&
        !isPlace(prev.text.replace(ARTICLE, ''))
      )
        prev.text = m[0].slice(prev.at - m.index, offset + part.length);
      else parts.push({ text: part, at: m.index + offset });
      offset += part.length;
    }
    for (const p of parts) yield { 0: p.text, index: p.at };
    // Recombine when no part but the whole is typed ("Friendship and Cooperation Treaty" stays whole), unless an
    // article opens a part ("the United States and the European Union" are two) or a part is a state or listed group
    // of its own ("the United States and European Union", as US drafting writes the two sides).
    const split = m[0].split(/\s+and\s+/);
    if (
      split.length > 1 &&
      !split.slice(0, -1).some((p) => typeOf(p, c.heads)) &&
      !split.slice(1).some((p) => ARTICLE.test(p)) &&
      !split.some((p) => isPlace(p.replace(ARTICLE, '')))
    )
      yield { 0: m[0], index: m.index };
  }
}

export function typeOf(name: string, heads: [RegExp, RefType][]): RefType | null {
  let best: { at: number; type: RefType } | null = null;
  for (const [re, type] of heads) {
    // The head regexes themselves, from the start: `matchAll` would clone each for every name.
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(name))) {
      if (!best || m.index >= best.at) best = { at: m.index, type };
      if (!m[0].length) re.lastIndex++;
    }
  }
  return best?.type ?? null;
}

/**
 * @module list-leads
 * The lead-in each listed sentence hangs from: a sentence ending in a colon ("We hereby declare
 * to:", "The leaders decided to:") governs the list items after it (paragraphs opening with a
 * dash, bullet, number or letter), so what it says of them (performed, decided) holds for each
 * sentence of each item. A paragraph that is no item ends the list.
 */

/** An item of a list: a dash, bullet, "1." / "(a)" / "a)" at its start, after any emphasis marks. */
const ITEM = /^[\s*_]*(?:[-–•·]|\(?[0-9a-z]{1,3}[.)])\s/iu;

/** A colon at the end, before any closing emphasis marks ("**WE HEREBY DECLARE TO:**"). */
const LEAD_END = /:[\s*_]*$/u;

export interface ListedSentence {
  readonly text: string;
  /** Whether a blank line stands before it. */
  readonly opensParagraph: boolean;
}

/**
 * For each sentence, the lead-in its list hangs from, or undefined.
 * @example
 * listLeads([
 *   { text: 'We hereby declare to:', opensParagraph: true },
 *   { text: '- ESTABLISH it', opensParagraph: true },
 * ]) // [undefined, 'We hereby declare to:']
 */
export function listLeads(sentences: readonly ListedSentence[]): (string | undefined)[] {
  let lead: string | undefined;
  let inItem = false;
  return sentences.map((s) => {
    const item = ITEM.test(s.text);
    if (item) inItem = true;
    else if (s.opensParagraph) inItem = false;
    const mine = inItem ? lead : undefined;
    if (LEAD_END.test(s.text)) lead = s.text;
    else if (!inItem) lead = undefined;
    return mine;
  });
}

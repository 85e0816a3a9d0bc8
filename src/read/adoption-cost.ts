/**
 * @module adoption-cost
 * The cost of HTML's "adoption agency": when a formatting element (`<i>`, `<b>`, `<font>` …) is
 * closed while a block opened inside it is still open (`<i><center><p>…</i>`), the parser moves
 * every child of that block into a new element, and jsdom finds each moved child's place among
 * its siblings anew: quadratic in the block's children (8,000 `<p>`s: 5 s, 16,000: 21 s). Real
 * pages misnest a tag around a few paragraphs. Followed during html-limits' one linear scan.
 */

/** The formatting elements of HTML's parsing rules (the ones the adoption agency handles). */
const FORMATTING = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '));
/** HTML's "special" elements that can be the furthest block (the common containers). */
const SPECIAL = new Set(
  (
    'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup html li listing main menu nav ol pre section summary table ' +
    'tbody td tfoot th thead tr ul'
  ).split(' '),
);

/**
 * Deeper elements are not followed: each end tag searches the open elements, and a page nested this deep is refused
 * for its depth anyway (html-limits), so the search stays short.
 */
const FOLLOWED_DEPTH = 512;

/** The open elements as the scan sees them, each with the number of elements put in it. */
export class AdoptionCost {
  private readonly names: string[] = [];
  private readonly children: number[] = [];
  /** Children the parser would move for misnested formatting end tags, summed. */
  moved = 0;

  /** An element starts: it is a child of the innermost open one; `stays` when it remains open. */
  open(name: string, stays: boolean): void {
    const top = this.children.length - 1;
    if (top >= 0) this.children[top]++;
    if (!stays || this.names.length >= FOLLOWED_DEPTH) return;
    this.names.push(name);
    this.children.push(0);
  }

  /** An end tag: closes up to the matching open element, counting the children an adoption would move. */
  close(name: string): void {
    const at = this.names.lastIndexOf(name);
    if (at < 0) return;
    // The furthest block: the first special element opened inside the formatting element.
    if (FORMATTING.has(name))
      for (let i = at + 1; i < this.names.length; i++)
        if (SPECIAL.has(this.names[i])) {
          this.moved += this.children[i];
          break;
        }
    this.names.length = at;
    this.children.length = at;
  }
}

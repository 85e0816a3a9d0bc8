/**
 * @module web-outlet-rule
 * Media outlets named by their website ("as reported by Liter.kz", a closing credit
 * "CentralasianLIGHT.org,"): a capitalised word and a known top-level domain, outside any URL,
 * are one organisation (`entities:pattern/web-outlet`).
 */
import { newEntityId } from './entity-mention.ts';
import { addMention, entityRule, type EntityRule, type Scan } from './scan.ts';

/** True when tokens k and k+1 print a site name as a word: "Liter.kz", not "www.liter.kz/news" or "https://…". */
export function isSiteName(scan: Scan, k: number): boolean {
  const { tokens, text } = scan;
  const t = tokens[k],
    d = tokens[k + 1];
  if (!t || !d || !t.cap || text.slice(t.end, d.start) !== '.') return false;
  const tld = text.slice(d.start, d.end);
  if (!scan.lex.webDomains.has(tld)) return false;
  // Inside a URL or a host name the word has a dot, slash or colon before it, or a path after.
  return !/[./:@]/.test(text[t.start - 1] ?? '') && !/^[./@][\p{L}\p{N}]/u.test(text.slice(d.end, d.end + 2));
}

/** Adds an organisation for each site name not already a mention. */
export const webOutletRule: EntityRule = entityRule(findWebOutlet);

function findWebOutlet(scan: Scan): void {
  const { tokens, text } = scan;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (scan.covered[k] >= 0 || scan.covered[k + 1] >= 0 || !isSiteName(scan, k)) continue;
    const name = text.slice(tokens[k].start, tokens[k + 1].end);
    addMention(scan, k, k + 2, {
      start: tokens[k].start,
      end: tokens[k + 1].end,
      value: { entityId: newEntityId('organization', name), type: 'organization', name, known: false },
      source: 'entities:pattern/web-outlet',
      confidence: 0.7,
    });
    k++;
  }
}

/**
 * @module wide/show
 * Prints a corpus document as the annotator sees it: each paragraph label and sentence ref
 * with its span, for writing annotations by reference (scripts/wide/resolve.ts).
 *
 * Usage: node --import tsx scripts/wide/show.ts FILE…
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readDocument } from '../../src/read/read-document.ts';
import { paragraphs } from './paragraphs.ts';

for (const file of process.argv.slice(2)) {
  const { text } = await readDocument({ bytes: readFileSync(file), fileName: basename(file) });
  console.log(`=== ${basename(file)}`);
  for (const p of paragraphs(text)) {
    for (const s of p.sentences) {
      console.log(`${s.ref} [${s.start},${s.end}] ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    }
  }
}

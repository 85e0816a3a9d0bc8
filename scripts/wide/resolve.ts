/**
 * @module wide/resolve
 * Turns an annotation written by reference into the stored form: every statement, claim and
 * link with `at` ("p3.2", or "p3.2-4" for sentences 2 to 4 of paragraph 3, or "p3.2-p4.1")
 * gets the `span` those sentences cover (and a statement its `clause`, the paragraph, unless
 * given); `at` is dropped. Rewrites the file in place.
 *
 * Usage: node --import tsx scripts/wide/resolve.ts ANNOTATION.json… (corpus: ../shared/corpus-wide)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../src/read/read-document.ts';
import { paragraphs, type Sentence } from './paragraphs.ts';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus-wide');

interface Item {
  at?: string;
  span?: [number, number];
  clause?: string;
  [key: string]: unknown;
}

for (const file of process.argv.slice(2)) {
  const annotation = JSON.parse(readFileSync(file, 'utf8'));
  const name = basename(file).replace(/\.json$/, '');
  const { text } = await readDocument({ bytes: readFileSync(join(corpus, name)), fileName: name });
  const refs = new Map<string, Sentence>();
  for (const p of paragraphs(text)) for (const s of p.sentences) refs.set(s.ref, s);
  const fix = (item: Item, withClause: boolean): Item => {
    if (!item.at) return item;
    const { at, ...rest } = item;
    const [from, to] = at.split('-');
    const last = to ? (to.startsWith('p') ? to : `${from.split('.')[0]}.${to}`) : from;
    const a = refs.get(from);
    const b = refs.get(last);
    if (!a || !b) throw new Error(`${name}: no sentence ${at}`);
    const clause = withClause && !rest.clause ? { clause: from.split('.')[0] } : {};
    return { ...clause, ...rest, span: [a.start, b.end] };
  };
  annotation.statements = annotation.statements?.map((s: Item) => fix(s, true)) ?? annotation.statements;
  annotation.claims = annotation.claims?.map((c: Item) => fix(c, false)) ?? annotation.claims;
  annotation.links = annotation.links?.map((l: Item) => fix(l, false)) ?? annotation.links;
  writeFileSync(file, `${JSON.stringify(annotation, null, 2)}\n`);
  console.log(`resolved ${name}`);
}

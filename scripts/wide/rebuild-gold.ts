/**
 * @module wide/rebuild-gold
 * GUIDE gold from the wide annotations (test/fixtures/wide-annotations): the repository keeps
 * no corpus text, so each statement, claim and link holds a `span` into the document's read
 * text, and its `text` is sliced from ../shared/corpus-wide here, at eval time. Annotation
 * notes are dropped; a `statementsRange` (a document annotated in part) is returned aside.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/read/read-document.ts';

interface Spanned {
  span?: [number, number];
  [key: string]: unknown;
}

export interface RebuiltGold {
  /** Documents whose gold was written. */
  documents: string[];
  /** Annotations whose corpus document is absent. */
  skipped: string[];
  /** Documents annotated in part: the stretch of text their statements cover. */
  ranges: Map<string, [number, number]>;
}

/** Writes one GUIDE gold JSON per annotation whose document exists in `corpus`. */
export async function rebuildGold(
  annotations: string,
  corpus: string,
  out: string,
  only?: string,
): Promise<RebuiltGold> {
  mkdirSync(out, { recursive: true });
  const result: RebuiltGold = { documents: [], skipped: [], ranges: new Map() };
  const files = readdirSync(annotations).filter((f) => f.endsWith('.json') && (!only || f.includes(only)));
  for (const file of files.sort()) {
    const fileName = file.replace(/\.json$/, '');
    const source = join(corpus, fileName);
    if (!existsSync(source)) {
      result.skipped.push(fileName);
      continue;
    }
    const { notes: _notes, statementsRange, ...annotation } = JSON.parse(readFileSync(join(annotations, file), 'utf8'));
    if (statementsRange) result.ranges.set(fileName, statementsRange);
    const { text } = await readDocument({ bytes: readFileSync(source), fileName });
    const withText = (items: Spanned[] | null | undefined) =>
      items?.map(({ span, ...rest }) => (span ? { ...rest, text: text.slice(span[0], span[1]) } : rest)) ?? items;
    const gold = {
      ...annotation,
      document: fileName,
      statements: withText(annotation.statements),
      claims: withText(annotation.claims),
      links: withText(annotation.links),
    };
    writeFileSync(join(out, file), `${JSON.stringify(gold, null, 2)}\n`);
    result.documents.push(fileName);
  }
  return result;
}

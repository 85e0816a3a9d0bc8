/**
 * @module wide/scope-predictions
 * A long document may be annotated in part: its annotation's `statementsRange` ([start, end)
 * into the read text) says which stretch of text its statements cover. Before scoring, the
 * predicted statements of such a document are cut to the ones that lie in that stretch (found
 * by their verbatim text), so the statements left unannotated count neither way.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/read/read-document.ts';

interface PredictedStatement {
  text: string;
  [key: string]: unknown;
}

/** Keeps in `<pred>/<document>.json` only the statements whose text starts inside `range`. */
export async function scopePredictions(
  pred: string,
  corpus: string,
  document: string,
  range: [number, number],
): Promise<void> {
  const file = join(pred, `${document}.json`);
  if (!existsSync(file)) return;
  const analysis = JSON.parse(readFileSync(file, 'utf8'));
  const { text } = await readDocument({ bytes: readFileSync(join(corpus, document)), fileName: document });
  let from = 0;
  const inside = (s: PredictedStatement) => {
    const at = text.indexOf(s.text, from);
    const where = at >= 0 ? at : text.indexOf(s.text);
    if (at >= 0) from = at;
    return where >= range[0] && where < range[1];
  };
  analysis.statements = ((analysis.statements ?? []) as PredictedStatement[]).filter(inside);
  writeFileSync(file, JSON.stringify(analysis, null, 2));
}

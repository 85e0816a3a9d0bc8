/**
 * @module chair-statement.test
 * A chair's statement speaks for its meeting: its sentences are statements, its "we" is the
 * chair (the meeting's host), and "most members" / "some leaders" are no actors. A plain press
 * release still has no statements. Invented texts, the real lexicons and knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { prepareDocument } from '../../../src/ingest/prepare-document.ts';
import type { Annotation } from '../../../src/model/annotation.ts';
import type { StatementValue } from '../../../src/model/layers.ts';

const analyser = createAnalyser();

async function statementsOf(title: string, body: string[]) {
  const text = [`title: ${title}`, 'published: 2023-11-17', 'kind: press-release', '---', ...body].join('\n');
  const p = await prepareDocument({ bytes: Buffer.from(text), fileName: 'chair.txt' }, analyser);
  const t = p.document.text;
  return ((p.analysis.layers.statements ?? []) as Annotation<StatementValue>[]).map((s) => ({
    text: t.slice(s.start, s.end),
    actors: s.value.actors,
  }));
}

/** A chair's statement of an APEC meeting in San Francisco with these paragraphs after its opening one. */
const chairsStatement = (paragraphs: string[]) =>
  statementsOf('Chair’s Statement on the APEC Economic Leaders’ Meeting', [
    'The APEC Economic Leaders’ Meeting was held in San Francisco, United States, on November 16-17, 2023.',
    ...paragraphs.flatMap((paragraph) => ['', paragraph]),
  ]);

describe("a chair's statement", () => {
  test('should give statements with the chair as the speaker and unnamed members as no actors', async () => {
    const statements = await chairsStatement([
      'With regard to the crisis in the region, we reiterated our respective positions.',
      'Most members strongly condemn the aggression and will support a just peace.',
    ]);
    const we = statements.find((s) => s.text.startsWith('With regard'));
    assert.deepEqual(we?.actors, ['US']);
    const most = statements.find((s) => s.text.startsWith('Most members'));
    assert.deepEqual(most?.actors, []);
  });
  test('should read the subject of a narrative sentence before its past-tense verb, whatever follows', async () => {
    const statements = await chairsStatement([
      'We exchanged views on the crisis. Some Leaders shared the messages of the regional summit.',
      'Some Leaders objected to this language on the basis that they do not believe it belongs here.',
    ]);
    const narrated = statements.filter((s) => s.text.startsWith('Some Leaders')).map((s) => s.actors);
    assert.deepEqual(narrated, [[], []]);
  });
  test('should give a plain press release no statements', async () => {
    const statements = await statementsOf('President Meets Leaders', [
      'The President met the leaders in San Francisco on November 16, 2023. They agreed to cooperate.',
    ]);
    assert.deepEqual(statements, []);
  });
});

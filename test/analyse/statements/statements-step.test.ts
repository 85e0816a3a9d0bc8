/**
 * @module statements-step.test
 * The statements step end to end on a small communiqué and a news report.
 */
import { loadContext } from '../../../src/analyse/load-context.ts';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/model/annotation.ts';
import type { StatementValue } from '../../../src/model/layers.ts';
import { createPipeline } from '../../../src/analyse/pipeline.ts';
import { defineStep } from '../../../src/analyse/shared/step.ts';
import { documentKindStep } from '../../../src/analyse/document/document-kind-step.ts';
import { meetingStep } from '../../../src/analyse/meeting/meeting-step.ts';
import { partiesStep } from '../../../src/analyse/meeting/parties-step.ts';
import { statementsStep } from '../../../src/analyse/statements/statements-step.ts';
import { buildTree } from '../../../src/structure/build-tree.ts';
import { documentId } from '../../../src/model/document-id.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

// The entity step is another engineer's: an empty stand-in keeps these tests about our steps.
const noEntities = defineStep({
  name: 'entities',
  version: 't',
  requires: [],
  assigns: ['entities'],
  run: () => ({ entities: [] }),
});
const pipeline = createPipeline([documentKindStep, noEntities, meetingStep, partiesStep, statementsStep]);

const COMMUNIQUE = [
  'Joint Communiqué of the Meeting of Foreign Ministers',
  '',
  'On 26 April 2025, the 6th meeting of foreign ministers in the “China-Central Asia” format was held in Almaty. ' +
    'The meeting was attended by the ministers of Kazakhstan, China, Kyrgyzstan, Tajikistan and Uzbekistan, and the ' +
    'Ambassador of Turkmenistan.',
  '',
  'Following the meeting, the foreign ministers of Kazakhstan, China, Kyrgyzstan, Tajikistan, and Uzbekistan ' +
    '(hereinafter referred to as the Parties) adopted the following Communiqué:',
  '',
  '1. The Parties discussed preparations for the summit. The ministers praised Kazakhstan’s preparatory work and ' +
    'committed to close coordination for a successful summit.',
  '',
  '2. The Central Asian States highly appreciate and are ready to actively cooperate within the framework of the ' +
    'Global Security Initiative.',
  '',
  '3. The Parties welcome:',
  '',
  '— the holding of the Regional Climate Summit in Kazakhstan in 2026;',
  '',
  '4. The Parties agreed to hold the next meeting of the Ministers of Foreign Affairs of the China-Central Asia ' +
    'format in 2026 in China.',
].join('\n');

function analyse(text: string) {
  const doc = { id: documentId(text), text, meta: {} };
  return { doc, analysis: pipeline.run(doc, buildTree(text), loadContext({ lexicons: fixtureLexicons() })) };
}

describe('statements step on a communiqué', () => {
  const { doc, analysis } = analyse(COMMUNIQUE);
  const statements = analysis.layers.statements as Annotation<StatementValue>[];
  const byText = (s: string) => statements.find((a) => doc.text.slice(a.start, a.end).startsWith(s));

  test('should find the kind, meeting and parties first', () => {
    assert.equal((analysis.layers.documentKind[0].value as { kind: string }).kind, 'communique');
    assert.deepEqual((analysis.layers.parties[0].value as { parties: string[] }).parties, [
      'CN',
      'KG',
      'KZ',
      'TJ',
      'UZ',
    ]);
  });
  test('should skip meeting boilerplate and the title', () => {
    for (const a of statements)
      assert.doesNotMatch(doc.text.slice(a.start, a.end), /was held|attended by|hereinafter|^Joint Communiqué/);
  });
  test('should record, split "praised … and committed to …", and label clauses', () => {
    assert.equal(byText('The Parties discussed')?.value.kind, 'record');
    assert.equal(byText('The ministers praised')?.value.kind, 'endorsement');
    assert.equal(byText('committed to close coordination')?.value.kind, 'commitment');
    assert.equal(byText('committed to close coordination')?.value.clause, '1');
  });
  test('should give the Central Asian states only their own codes', () => {
    assert.deepEqual(byText('are ready to actively cooperate')?.value.actors, ['KG', 'KZ', 'TJ', 'UZ']);
  });
  test('should let a list item inherit the verb and subject of its introduction', () => {
    const item = byText('the holding of the Regional Climate Summit');
    assert.equal(item?.value.kind, 'endorsement');
    assert.deepEqual(item?.value.actors, ['CN', 'KG', 'KZ', 'TJ', 'UZ']);
    assert.equal(byText('The Parties welcome:'), undefined);
  });
  test('should give a commitment its deadline, sectors and event reference', () => {
    const s = byText('The Parties agreed to hold')!;
    assert.equal(s.value.kind, 'commitment');
    assert.equal(s.value.deadline, '2026');
    assert.ok(s.value.sectors.includes('institutional'));
    const { start, end, ...reference } = s.value.references[0];
    assert.deepEqual(reference, {
      type: 'event',
      name: 'meeting of the Ministers of Foreign Affairs of the China-Central Asia format',
      date: '2026',
      place: 'China',
    });
    // The reference keeps its span: the words that name it, inside the statement.
    assert.ok(start >= s.start && end <= s.end && start < end);
    assert.match(doc.text.slice(start, end), /meeting of the Ministers of Foreign Affairs/);
    assert.equal(s.value.clause, '4');
  });
  test('should keep exact spans', () => {
    for (const a of statements) assert.equal(doc.text.slice(a.start, a.end).trim(), doc.text.slice(a.start, a.end));
  });
});

describe('statements step on news', () => {
  test('should give no parties and no statements for a news report', () => {
    const { analysis } = analyse(
      'ALMATY, April 26 (Xinhua) -- The foreign ministers agreed to deepen cooperation, officials said. The meeting' +
        ' took place on Saturday, according to the press release.',
    );
    assert.equal(analysis.layers.parties.length, 0);
    assert.equal(analysis.layers.statements.length, 0);
  });
});

/**
 * @module treaty-statements.test
 * Statements of a treaty: recitals of the preamble are not operative text; an article's
 * present-tense sentence binds the parties. Mutual respect and support of core interests are stances.
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
import { findCues, mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { buildTree } from '../../../src/structure/build-tree.ts';
import { documentId } from '../../../src/model/document-id.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const noEntities = defineStep({
  name: 'entities',
  version: 't',
  requires: [],
  assigns: ['entities'],
  run: () => ({ entities: [] }),
});
const pipeline = createPipeline([documentKindStep, noEntities, meetingStep, partiesStep, statementsStep]);

const TREATY = [
  'TREATY',
  '',
  'on lasting friendship between the Republic of Kazakhstan and the Kyrgyz Republic',
  '',
  'The Republic of Kazakhstan and the Kyrgyz Republic, hereinafter referred to as the Parties,',
  '',
  'considering that friendship between their peoples serves their fundamental interests,',
  '',
  'again confirming resolute support of independence and territorial integrity of the Parties,',
  '',
  'have agreed as follows:',
  '',
  'Article 1',
  '',
  'The Parties comprehensively develop relations of strategic partnership on the basis of international law.',
  '',
  'Article 2',
  '',
  'The Parties shall hold consultations every year.',
].join('\n');

function statementsOf(text: string, meta = {}) {
  const doc = { id: documentId(text), text, meta };
  const analysis = pipeline.run(doc, buildTree(text), loadContext({ lexicons: fixtureLexicons() }));
  return (analysis.layers.statements as Annotation<StatementValue>[]).map((a) => ({
    text: text.slice(a.start, a.end),
    ...a.value,
  }));
}

describe('statements of a treaty', () => {
  const statements = statementsOf(TREATY, { kind: 'treaty' });
  test('should take no statement from the recitals of the preamble', () => {
    assert.deepEqual(
      statements.filter((s) => s.clause === 'preamble'),
      [],
    );
    assert.ok(!statements.some((s) => /confirming|considering/.test(s.text)));
  });
  test('should read an article’s present-tense sentence as a commitment of both parties', () => {
    const s = statements.find((x) => x.clause === '1');
    assert.equal(s?.kind, 'commitment');
    assert.deepEqual(s?.actors, ['KG', 'KZ']);
  });
  test('should keep the modal verb’s kind where an article has one', () => {
    assert.equal(statements.find((x) => x.clause === '2')?.kind, 'commitment');
  });
  test('should keep a declaration’s preamble and verbless sentences as they were', () => {
    const decl = statementsOf(
      'Joint Declaration of Kazakhstan and Kyrgyzstan\n\nThe Parties consider friendship the basis of their ' +
        'relations.\n\n1. The Parties develop cooperation in trade.',
      { kind: 'declaration' },
    );
    assert.equal(decl.find((x) => x.clause === '1')?.kind, 'position');
  });
});

describe('respect and mutual support of core interests are stances', () => {
  const kindOf = (t: string) => mainCue(t, fixtureLexicons(), findCues(t, fixtureLexicons()))?.kind;
  test('should read "respect each other’s path …, provide firm support …" as a position', () => {
    assert.equal(
      kindOf(
        'The parties respect each other’s path of development and provide firm support in matters relating to ' +
          'fundamental interests.',
      ),
      'position',
    );
    assert.equal(
      kindOf('The parties provide firm support in matters relating to their fundamental interests.'),
      'position',
    );
    assert.equal(kindOf('The Sides firmly support each other on issues of sovereignty.'), 'position');
  });
  test('should still read support of another’s initiative as an endorsement', () => {
    assert.equal(kindOf('The Parties support the initiative of Kazakhstan to hold a climate summit.'), 'endorsement');
  });
  test('should not read "mutual respect" or "with respect to" as a verb', () => {
    assert.equal(
      kindOf('Cooperation rests on mutual respect the principles of which the Parties welcome.'),
      'endorsement',
    );
    assert.equal(kindOf('With respect to the sovereignty question, the Parties welcome the dialogue.'), 'endorsement');
  });
});

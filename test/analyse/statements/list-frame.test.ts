/**
 * @module list-frame.test
 * A commitment whose verb phrase runs on into a list ("agreed to step up cooperation, in
 * particular to: (a) develop …; (b) support …") gives its items its own kind: the items are
 * the rest of the infinitive, so an item's own verb ("support") does not make it an endorsement.
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

const noEntities = defineStep({
  name: 'entities',
  version: 't',
  requires: [],
  assigns: ['entities'],
  run: () => ({ entities: [] }),
});
const pipeline = createPipeline([documentKindStep, noEntities, meetingStep, partiesStep, statementsStep]);

const TEXT = [
  'Joint Communiqué',
  '',
  'The Parties met in Almaty on 3 March 2026 and adopted the following Communiqué:',
  '',
  '1. The Parties agreed to deepen cooperation on water and energy, in particular to:',
  '(a) develop a regional early-warning system for floods;',
  '(b) support joint research on glaciers.',
  '',
  '2. The Parties welcome:',
  '(a) the holding of the Water Forum in Dushanbe.',
].join('\n');

function statementsOf(text: string) {
  const doc = { id: documentId(text), text, meta: { kind: 'communique' } };
  const analysis = pipeline.run(doc, buildTree(text), loadContext({ lexicons: fixtureLexicons() }));
  return (analysis.layers.statements as Annotation<StatementValue>[]).map((a) => ({
    text: text.slice(a.start, a.end),
    ...a.value,
  }));
}

describe('list items of an infinitive frame', () => {
  const statements = statementsOf(TEXT);
  test('should keep the introducing commitment as a statement of its own', () => {
    const lead = statements.find((s) => s.text.startsWith('The Parties agreed to deepen'));
    assert.equal(lead?.kind, 'commitment');
  });
  test('should give every item the frame’s kind, whatever its own verb', () => {
    const items = statements.filter((s) => /^(develop|support joint)/.test(s.text));
    assert.equal(items.length, 2);
    assert.deepEqual(
      items.map((s) => s.kind),
      ['commitment', 'commitment'],
    );
  });
  test('should leave a short intro without a frame as before: items take its verb', () => {
    const item = statements.find((s) => s.text.includes('Water Forum'));
    assert.equal(item?.kind, 'endorsement');
    assert.ok(!statements.some((s) => s.text === 'The Parties welcome:'));
  });
});

describe('list items after a stem of subject and auxiliary ("We are:")', () => {
  const STEM = [
    'Joint Communiqué',
    '',
    'The Parties met in Almaty on 3 March 2026 and adopted the following Communiqué:',
    '',
    'We are working together on the challenges of our time. We are:',
    '',
    '-   stepping up our support for the flood-hit provinces. In the presence of the envoy, we agreed to open',
    '    an office in Osh.',
    '-   united in supporting the peace plan put forward by the mediators.',
    '-   reinforcing food security, including by launching a regional seed bank.',
    '-   engaging with our neighbours in a spirit of partnership.',
    '',
    'Reinforcing the region remains a task for all of us.',
  ].join('\n');
  const statements = statementsOf(STEM);
  const kindOf = (start: string) => statements.find((s) => s.text.startsWith(start))?.kind;
  test('should read each item with the stem before it', () => {
    const items = ['stepping up our support', 'united in supporting', 'reinforcing food', 'engaging with our'];
    assert.deepEqual(items.map(kindOf), ['commitment', 'endorsement', 'commitment', 'position']);
  });
  test('should not make the stem a statement, nor read a sentence inside an item with it', () => {
    assert.ok(!statements.some((s) => /^We are:?$/.test(s.text)));
    assert.equal(kindOf('In the presence of the envoy'), 'commitment');
  });
  test('should close the list at a paragraph without a marker', () => {
    assert.equal(kindOf('Reinforcing the region'), 'position');
  });
});

describe('items completing a long lead-in "to <verb> the following points:"', () => {
  const text = [
    'Joint Statement',
    '',
    'The Parties met in Almaty on 3 March 2026 and adopted the following statement:',
    '',
    '1. We will work together at the river commission ahead of its session in May 2027 to advance the',
    'following points:',
    '',
    '-   fairer sharing of water between upstream and downstream states;',
    '-   stronger data exchange on glaciers, including through support for the monitoring stations;',
    '',
    '2. The Parties welcome the opening of the flood centre in Osh.',
  ].join('\n');
  const statements = statementsOf(text);
  test('should give the items the lead-in’s kind, whatever their own cues', () => {
    const items = statements.filter((s) => /^(fairer sharing|stronger data)/.test(s.text));
    assert.deepEqual(
      items.map((s) => s.kind),
      ['commitment', 'commitment'],
    );
  });
  test('should keep the lead-in as a statement of its own', () => {
    assert.equal(statements.find((s) => s.text.startsWith('We will work together'))?.kind, 'commitment');
  });
});

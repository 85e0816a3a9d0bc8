/**
 * @module policy-area-sectors.test
 * Sectors from general policy-area vocabulary (UN SDG areas, G20 working groups, OECD topics),
 * not only the China–Central Asia texts', and a statement naming no sector taking its section
 * heading's topic. Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { createPipeline } from '../../../src/analyse/pipeline.ts';
import { defineStep } from '../../../src/analyse/shared/step.ts';
import { documentKindStep } from '../../../src/analyse/document/document-kind-step.ts';
import { meetingStep } from '../../../src/analyse/meeting/meeting-step.ts';
import { partiesStep } from '../../../src/analyse/meeting/parties-step.ts';
import { scoreSectors } from '../../../src/analyse/statements/score-sectors.ts';
import { statementsStep } from '../../../src/analyse/statements/statements-step.ts';
import type { Annotation } from '../../../src/model/annotation.ts';
import { documentId } from '../../../src/model/document-id.ts';
import type { StatementValue } from '../../../src/model/layers.ts';
import { buildTree } from '../../../src/structure/build-tree.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const sectors = (t: string) => scoreSectors(t, fixtureLexicons());

describe('sectors of policy areas', () => {
  test('should read humanitarian aid as social and humanitarian cooperation as culture', () => {
    assert.deepEqual(sectors('We call for more humanitarian assistance to the region.'), ['social']);
    assert.deepEqual(sectors('The sides will expand humanitarian cooperation.'), ['culture']);
  });
  test('should read hunger, disease, skills and new technologies by their area', () => {
    assert.ok(sectors('We will strengthen food systems and fight hunger.').includes('agriculture'));
    assert.deepEqual(sectors('We will prevent and respond to infectious disease threats.'), ['health']);
    assert.deepEqual(sectors('We will guide the use of critical and emerging technologies.'), ['digital']);
    assert.ok(sectors('We will confront non-market policies that distort the level playing field.').includes('trade'));
  });
  test('should read the SDGs and international institutions as multilateral', () => {
    assert.ok(sectors('We will help countries achieve the Sustainable Development Goals.').includes('multilateral'));
  });
  test('should not read international law that only qualifies an action as multilateral', () => {
    assert.ok(!sectors('We will explore all avenues, consistent with international law.').includes('multilateral'));
    assert.ok(sectors('We condemn the violations of international law.').includes('multilateral'));
  });
});

const noEntities = defineStep({
  name: 'entities',
  version: 't',
  requires: [],
  assigns: ['entities'],
  run: () => ({ entities: [] }),
});
const pipeline = createPipeline([documentKindStep, noEntities, meetingStep, partiesStep, statementsStep]);

describe('a statement that names no sector', () => {
  const text = [
    'Joint Statement of the Leaders of Kazakhstan and Uzbekistan',
    '',
    '**Terrorism and Regional Security**',
    '',
    'We will act together in this spirit.',
    '',
    '**Friendship**',
    '',
    'We will keep working closely.',
  ].join('\n');
  const doc = { id: documentId(text), text, meta: {} };
  const analysis = pipeline.run(doc, buildTree(text), loadContext({ lexicons: fixtureLexicons() }));
  const statements = analysis.layers.statements as Annotation<StatementValue>[];

  test('should take the topic of its section heading', () => {
    const first = statements.find((s) => text.slice(s.start, s.end).includes('act together'));
    assert.deepEqual(first?.value.sectors, ['security']);
  });
  test('should fall back to political under a heading with no sector either', () => {
    const second = statements.find((s) => text.slice(s.start, s.end).includes('working closely'));
    assert.deepEqual(second?.value.sectors, ['political']);
  });
});

/**
 * @module format-by-parties.test
 * A text that names its meeting by place or by its list of states, not by the format's name,
 * takes the format whose members are exactly its parties (with the real knowledge base), and a
 * format named as such is left alone. Invented texts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { createPipeline } from '../../../src/analyse/pipeline.ts';
import { defineStep } from '../../../src/analyse/shared/step.ts';
import { documentKindStep } from '../../../src/analyse/document/document-kind-step.ts';
import { meetingStep } from '../../../src/analyse/meeting/meeting-step.ts';
import type { MeetingValue } from '../../../src/model/layers.ts';
import { documentId } from '../../../src/model/document-id.ts';
import { buildTree } from '../../../src/structure/build-tree.ts';

const noEntities = defineStep({
  name: 'entities',
  version: 't',
  requires: [],
  assigns: ['entities'],
  run: () => ({ entities: [] }),
});
const pipeline = createPipeline([documentKindStep, noEntities, meetingStep]);
const context = loadContext();

function meetingOf(text: string, published: string): MeetingValue | undefined {
  const doc = { id: documentId(text), text, meta: { published, kind: 'joint-statement' } };
  return pipeline.run(doc, buildTree(text), context).layers.meeting?.[0]?.value as MeetingValue | undefined;
}

describe('format read from the parties', () => {
  test('should take the format whose members are the parties over an organisation only mentioned', () => {
    const m = meetingOf(
      [
        'Joint Statement',
        '',
        'Japan, the Republic of Korea, and the United States affirm a shared vision for the Indo-Pacific.',
        '',
        'We will work closely with the Pacific Islands Forum as the region’s leading institution.',
      ].join('\n'),
      '2023-08-18',
    );
    assert.equal(m?.format, 'Japan–Republic of Korea–United States');
    // The format's record of that day fills what the text does not give.
    assert.equal(m?.date, '2023-08-18');
    assert.equal(m?.level, 'heads-of-state');
  });
  test('should leave a format the text names with its members', () => {
    const m = meetingOf(
      [
        'Joint Statement of the Group of Seven',
        '',
        'We, the Leaders of the Group of Seven (G7), gathered in Apulia from 13 to 15 June 2024.',
        '',
        'We will work with the African Union.',
      ].join('\n'),
      '2024-06-14',
    );
    assert.equal(m?.format, 'G7');
  });
});

describe('format read from the leaders a report lists', () => {
  test('should read "U.S. President X" and "South Korean President Y" as items and take their format', async () => {
    const { createAnalyser } = await import('../../../src/analyse/analyser.ts');
    const { prepareDocument } = await import('../../../src/ingest/prepare-document.ts');
    const text = [
      'title: Leaders meet',
      'published: 2023-08-22',
      'kind: news',
      '---',
      '10:15 JST, August 22, 2023',
      'Prime Minister Fumio Kishida, U.S. President Joe Biden and South Korean President Yoon Suk Yeol held a ' +
        'trilateral summit meeting at Camp David on Friday.',
      'The leaders agreed to meet every year.',
    ].join('\n');
    const p = await prepareDocument({ bytes: Buffer.from(text), fileName: 'leaders.txt' }, createAnalyser());
    const m = p.analysis.layers.meeting?.[0]?.value as MeetingValue | undefined;
    assert.equal(m?.format, 'Japan–Republic of Korea–United States');
    // The report's own time stamp is not the date of a meeting held that day elsewhere.
    assert.equal(m?.date, '2023-08-18');
  });
});

/**
 * @module party-lists.test
 * Parties of any format: opening lists read whole (states, organisations for their members on the
 * document's date, people for their states), a subject list over the format's record, and wrapped
 * sentence lines that are no signature block. Invented sentences over the repository's knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectParties } from '../../../src/analyse/meeting/detect-parties.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import type { Annotation } from '../../../src/model/annotation.ts';

const lexicons = loadContext().lexicons;
const parties = (text: string, date: string | null = null, participants: Annotation[] = []) =>
  detectParties({ text, sentences: sentenceSpans(text, []), lexicons, entities: [], participants, date });

describe('detectParties: opening lists of any format', () => {
  test('should expand an organisation named in "We, the Leaders of …" to its members', () => {
    const p = parties('We, the Leaders of the Group of Seven (G7), met in a seaside town to renew our unity.')!;
    assert.deepEqual(p.parties, ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US']);
  });
  test('should read the whole list: an organisation never swallows the states after it', () => {
    const text =
      'WE, the Member States of the Association of Southeast Asian Nations (ASEAN) and the United States of ' +
      'America, gathered for a summit, adopt this statement.';
    const in2022 = parties(text, '2022-11-12')!.parties;
    assert.ok(in2022.includes('US') && in2022.includes('VN'));
    assert.ok(!in2022.includes('TL'), 'Timor-Leste joined ASEAN only in 2025');
    assert.ok(parties(text, '2026-03-01')!.parties.includes('TL'));
  });
  test('should read "Heads of State or Government of X and of Y, and the Presidents of …"', () => {
    const p = parties(
      'We, the Heads of State or Government of the European Union (EU) and of the African Union (AU), and the ' +
        'Presidents of the European Commission met in a capital for our summit.',
      '2024-01-01',
    )!;
    assert.ok(p.parties.includes('FR') && p.parties.includes('NG') && !p.parties.includes('GB'));
  });
  test('should let people in "We, President A and Prime Minister B" stand for their states', () => {
    const text = 'We, President Anna Example and Prime Minister Ben Sample, affirm a shared vision.';
    const person = (name: string, country: string): Annotation => {
      const start = text.indexOf(name);
      return {
        layer: 'participants',
        start,
        end: start + name.length,
        value: { name, country, role: null },
        source: 't',
        confidence: 1,
      };
    };
    const p = parties(text, null, [person('Anna Example', 'CL'), person('Ben Sample', 'NZ')])!;
    assert.deepEqual(p.parties, ['CL', 'NZ']);
  });
});

describe('detectParties: the text names the parties', () => {
  test('should take an opening subject list over the format record', () => {
    const p = parties(
      'At the China–Central Asia meeting in a mountain resort, Kazakhstan, Uzbekistan and China agreed to build ' +
        'a new road. The Parties will meet again next year.',
    )!;
    assert.deepEqual(p.parties, ['CN', 'KZ', 'UZ']);
    assert.equal(p.rule, 'subject-list');
  });
  test('should read "X and the Y Union, under the leadership of …, affirm"', () => {
    const p = parties(
      'On the occasion of a summit in a capital, the United States and the African Union, under the leadership ' +
        'of their presidents, affirm our commitment to a partnership.',
    )!;
    assert.ok(p.parties.includes('US') && p.parties.includes('KE'));
  });
  test('should not read a wrapped sentence line starting with "for" as a signature', () => {
    const text =
      'The Leaders discussed the crisis and called for an end to the fighting that takes a heavy toll\n' +
      'for civilians. We call on the Government of Israel to show restraint, and\n' +
      'for Egypt and Jordan we express our thanks.';
    assert.notEqual(parties(text)?.rule, 'signatory-block');
  });
});

/**
 * @module speaker-references.test
 * An organisation that speaks (coordinated into the subject) or only qualifies ("ASEAN-led") is
 * no reference; one named in a phrase before the subject, or after the verb, stays. Invented
 * sentences, the real lexicons.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { withoutSpeakers } from '../../../src/analyse/statements/speaker-references.ts';
import type { ReferenceValue } from '../../../src/model/layers.ts';

const { lexicons } = loadContext();

/** The organisation `name` as a reference where `text` names it. */
function org(text: string, name: string): ReferenceValue {
  const start = text.indexOf(name);
  return { type: 'organization', name, start, end: start + name.length };
}
const kept = (text: string, name: string, verb: string) =>
  withoutSpeakers(text, [org(text, name)], text.indexOf(verb), lexicons).length === 1;

describe('organisations that speak or qualify', () => {
  test('should drop an organisation coordinated into the subject', () => {
    const t = 'The United States and the European Union remain united in their support.';
    assert.equal(kept(t, 'European Union', 'remain'), false);
    const we = 'We, the Leaders of the Group of Seven, will act.';
    assert.equal(kept(we, 'Leaders of the Group of Seven', 'will'), false);
  });
  test('should drop an organisation used as a modifier', () => {
    const t = 'We will promote cooperation through ASEAN-led mechanisms.';
    assert.equal(kept(t, 'ASEAN', 'will'), false);
  });
  test('should keep an organisation before the subject or after the verb', () => {
    const t = 'Based on the ties between the GCC countries and Central Asia, the leaders agreed to meet.';
    assert.equal(kept(t, 'GCC', 'agreed'), true);
    const u = 'We will enhance the role of the SCO.';
    assert.equal(kept(u, 'SCO', 'will'), true);
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resemblesName } from '../../../src/analyse/entities/person-resolver.ts';
import type { PersonRecord } from '../../../src/knowledge/kb-types.ts';

const person = (givenName: string, familyName: string): PersonRecord => ({
  id: `person:${familyName}`,
  type: 'person',
  name: `${givenName} ${familyName}`,
  givenName,
  familyName,
  aliases: [],
  sources: [],
  memberships: [],
});

describe('resemblesName (a post holder is taken for a garbled name only when the name still resembles theirs)', () => {
  test('should accept machine-translation garbles of the holder name', () => {
    assert.ok(resemblesName('Kurubayev', person('Jeenbek', 'Kulubaev')));
    assert.ok(resemblesName('treuberji', person('Mukhtar', 'Tileuberdi')));
    assert.ok(resemblesName('Meledov', person('Rashid', 'Meredov')));
  });
  test('should refuse another name that happens to sit next to the role', () => {
    assert.equal(resemblesName('Ibrahim', person('Jeenbek', 'Kulubaev')), false);
    assert.equal(resemblesName('Norov', person('Bakhtiyor', 'Saidov')), false);
  });
  test('should refuse a relative or namesake whose printed given name is another one', () => {
    assert.equal(resemblesName('Begench Durdyyev', person('Parahat', 'Durdyev')), false);
    assert.equal(
      resemblesName('Mishal Al-Ahmed Al-Jaber Al-Sabah', person('Sabah Al-Khalid Al-Hamad', 'Al-Sabah')),
      false,
    );
  });
  test('should still accept the holder under a transliterated given name', () => {
    assert.ok(resemblesName('Parakhat Durdyev', person('Parahat', 'Durdyev')));
    assert.ok(resemblesName('Zheenbek Kulubayev', person('Jeenbek', 'Kulubaev')));
    assert.ok(resemblesName('Qasym-Zhomart Toqaev', person('Kassym-Jomart', 'Tokayev')));
  });
});

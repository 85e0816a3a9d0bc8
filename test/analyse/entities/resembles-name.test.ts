import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resemblesName } from '../../../src/analyse/entities/person-resolver.ts';
import type { PersonRecord } from '../../../src/knowledge/kb-types.ts';

const person = (givenName: string, familyName: string): PersonRecord => ({ id: `person:${familyName}`, type: 'person', name: `${givenName} ${familyName}`, givenName, familyName, aliases: [], sources: [], memberships: [] });

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
});

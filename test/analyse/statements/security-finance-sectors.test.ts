/**
 * @module security-finance-sectors.test
 * Security covers war, peace and conflict, sanctions, maritime security and non-proliferation;
 * finance covers revenues, debt, disbursement and development banks. Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSectors } from '../../../src/analyse/statements/score-sectors.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const sectors = (t: string) => scoreSectors(t, fixtureLexicons());

describe('security and finance in the drafting of every tradition', () => {
  test('should read war, ceasefire, sanctions, maritime security and denuclearisation as security', () => {
    for (const t of [
      'The aggressor must end its war and withdraw.',
      'We call for an immediate ceasefire.',
      'We will impose further sanctions on those who evade them.',
      'We uphold maritime security and freedom of navigation.',
      'We remain committed to the complete denuclearization of the peninsula.',
    ])
      assert.ok(sectors(t).includes('security'), t);
  });
  test('should read the making of a lasting peace as security, and peace and stability as political', () => {
    assert.deepEqual(sectors('Any settlement must lead to a comprehensive and lasting peace.'), ['security']);
    assert.deepEqual(sectors('We support the peace talks between the parties.'), ['security']);
    assert.deepEqual(sectors('The format contributes to peace and stability.'), ['political']);
  });
  test('should read militarisation and changing the status quo as security, fishing as agriculture', () => {
    assert.deepEqual(sectors('We oppose the militarization of reclaimed features.'), ['security']);
    assert.deepEqual(sectors('We oppose unilateral attempts to change the status quo.'), ['security']);
    assert.deepEqual(sectors('We are concerned about unregulated fishing.'), ['agriculture']);
    assert.deepEqual(sectors('We call on all states to prevent the flow of arms into the region.'), ['security']);
    assert.deepEqual(sectors('We support fair and open lending practices.'), ['finance']);
    assert.deepEqual(sectors('We are working together to advance security for the region.'), ['security']);
    assert.deepEqual(sectors('Such acts are a threat to peace.'), ['security']);
    assert.deepEqual(sectors('We commit to the abolition of forced labour and child labour.'), ['social']);
  });
  test('should count a term that opens a hyphenated compound, not one that names or leads something else', () => {
    assert.deepEqual(sectors('We will address COVID-19 and other health-related issues.'), ['health']);
    assert.deepEqual(sectors('We support climate-resilient farming.').sort(), ['agriculture', 'environment']);
    assert.deepEqual(sectors('We welcome the ASEAN-U.S. partnership.'), ['political']);
    assert.deepEqual(sectors('We will act through ASEAN-led cooperation mechanisms.'), ['institutional']);
  });
  test('should not read one mention of conflicts alone as security', () => {
    assert.ok(!sectors('Geopolitical confrontation and conflicts are growing.').includes('security'));
  });
  test('should read revenues, debt and disbursement as finance', () => {
    assert.deepEqual(sectors('We will begin disbursing the funds before the end of the year.'), ['finance']);
    assert.ok(sectors('We call for action to address debt burdens.').includes('finance'));
  });
  test('should give several sectors when several apply', () => {
    assert.deepEqual(sectors('Sanctions revenues will finance reconstruction.').sort(), ['finance', 'security']);
  });
  test('should read a theatre of conflict as security only when the statement is about the conflict', () => {
    assert.deepEqual(sectors('We stand with Ukraine.'), ['security']);
    assert.deepEqual(sectors('We will provide financing to Ukraine to meet its budget needs.'), ['finance']);
    assert.deepEqual(sectors('We condemn the aggression against Ukraine and its funding.'), ['security', 'finance']);
  });
  test('should let a political topic of its own, not a war aim, keep a theatre from counting', () => {
    assert.deepEqual(sectors('We support Ukraine’s accession to the European Union.'), ['political']);
    assert.deepEqual(sectors('We support the sovereignty and territorial integrity of Ukraine.'), ['security']);
  });
});

/**
 * @module french-spanish-parties.test
 * French and Spanish declarations and agreements (issue 8) name their format, venue and parties in their own words:
 * "Nous, chefs d’État … du Canada, de l’Argentine et du Panama, réunis à …", "Nosotros, los Jefes de Estado … de
 * los Estados miembros de la CELAC", "ci-après dénommés « les Parties »", "en adelante «las Partes»", "Pour la
 * République …", "Sommet des Amériques". Made-up texts (test/fixtures/languages, not copied from any real text) over
 * the repository's knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { detectParties } from '../../../src/analyse/meeting/detect-parties.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import { prepareDocument } from '../../../src/ingest/prepare-document.ts';
import type { Annotation } from '../../../src/model/annotation.ts';
import type { MeetingValue, PartiesValue, StatementValue } from '../../../src/model/layers.ts';

const analyser = createAnalyser();
const lexicons = loadContext().lexicons;

async function analyse(name: string) {
  const file = `test/fixtures/languages/${name}`;
  const p = await prepareDocument({ bytes: readFileSync(file), fileName: basename(file) }, analyser);
  const layers = p.analysis.layers as Record<string, Annotation[] | undefined>;
  const parties = layers.parties?.[0];
  return {
    meeting: layers.meeting?.[0]?.value as MeetingValue | undefined,
    parties: (parties?.value as PartiesValue | undefined)?.parties,
    rule: parties?.source,
    actors: ((layers.statements ?? []) as Annotation<StatementValue>[]).map((s) => s.value.actors),
  };
}

const parties = (text: string) =>
  detectParties({ text, sentences: sentenceSpans(text, []), lexicons, entities: [], date: '2026-01-01' });

describe('a French summit declaration (issue 8)', async () => {
  const doc = await analyse('fr-summit-declaration.txt');
  test('should read the format by its French name, the edition, level, date and an unlisted venue', () => {
    assert.equal(doc.meeting?.format, 'Summit of the Americas');
    assert.equal(doc.meeting?.edition, 10, 'IXe, Xe: a French Roman numeral with its ending');
    assert.equal(doc.meeting?.level, 'heads-of-state');
    assert.equal(doc.meeting?.date, '2026-05-12');
    assert.equal(doc.meeting?.city, 'Punta Cana');
  });
  test('should read "Nous, chefs d’État … du …, de l’…, de la … et du …" whole, and give its states to "Nous"', () => {
    assert.deepEqual(doc.parties, ['AR', 'CA', 'CO', 'CR', 'EC', 'PA']);
    assert.equal(doc.rule, 'parties:we-the');
    assert.ok(doc.actors.length > 0);
    for (const actors of doc.actors) assert.deepEqual(actors, ['AR', 'CA', 'CO', 'CR', 'EC', 'PA']);
  });
});

describe('a French agreement signed "Pour la République …" (issue 8)', async () => {
  const doc = await analyse('fr-agreement.txt');
  test('should read the signatory block and the "Fait à" venue', () => {
    assert.deepEqual(doc.parties, ['MA', 'MR', 'SN']);
    assert.equal(doc.rule, 'parties:signatory-block');
    assert.equal(doc.meeting?.city, 'Rabat');
    assert.equal(doc.meeting?.date, '2026-02-04');
  });
});

describe('a Spanish declaration of an organisation’s members (issue 8)', async () => {
  const doc = await analyse('es-summit-declaration.txt');
  test('should read "Nosotros, los Jefes de Estado … de los Estados miembros de la …" as the members', () => {
    assert.equal(doc.meeting?.format, 'CELAC');
    assert.equal(doc.meeting?.edition, 11);
    assert.equal(doc.meeting?.level, 'heads-of-state');
    assert.equal(doc.meeting?.date, '2026-09-18');
    assert.equal(doc.meeting?.city, 'Cusco');
    assert.equal(doc.rule, 'parties:we-the-members');
    assert.equal(doc.parties?.length, 33);
    assert.ok(doc.parties?.includes('MX') && doc.parties.includes('TT'));
  });
});

describe('a Spanish agreement (issue 8)', async () => {
  const doc = await analyse('es-agreement.txt');
  test('should take the states defined "en adelante «las Partes»"', () => {
    assert.deepEqual(doc.parties, ['CO', 'EC', 'ES']);
    assert.equal(doc.rule, 'parties:hereinafter');
    assert.equal(doc.meeting?.city, 'Madrid');
  });
});

const FORMULAS: [string, string, string[], string][] = [
  [
    'a Spanish opening list with "y" and "del"',
    'Nosotros, los Jefes de Estado y de Gobierno de la Argentina, del Brasil y de Colombia, reunidos en una ciudad ' +
      'costera, declaramos lo siguiente.',
    ['AR', 'BR', 'CO'],
    'we-the',
  ],
  [
    '"ci-après dénommés « les Parties »" with non-breaking spaces',
    'Le Royaume du Maroc, la République du Sénégal et la République du Mali, ci-après dénommés\u00a0«\u00a0les ' +
      'Parties\u00a0», conviennent de ce qui suit.',
    ['MA', 'ML', 'SN'],
    'hereinafter',
  ],
  [
    'a signatory block "Por el Reino …", "Por la República …"',
    'El presente Acuerdo entra en vigor.\n\nPor el Reino de España\n\nPor la República del Perú\n',
    ['ES', 'PE'],
    'signatory-block',
  ],
  [
    'a state whose local name is kept out of free text ("du Chili", "de Maurice") as a list item',
    'Nous, chefs d’État et de gouvernement du Canada, du Chili et de Maurice, réunis à Lima, déclarons ce qui suit.',
    ['CA', 'CL', 'MU'],
    'we-the',
  ],
  [
    'an English list with a state whose name opens with an article ("El Salvador")',
    'We, the Leaders of Guatemala, El Salvador and Honduras, declare the following.',
    ['GT', 'HN', 'SV'],
    'we-the',
  ],
];

describe('French and Spanish party formulas (issue 8)', () => {
  for (const [what, text, states, rule] of FORMULAS)
    test(`should read ${what}`, () => {
      const p = parties(text);
      assert.deepEqual(p?.parties, states);
      assert.equal(p?.rule, rule);
    });
});

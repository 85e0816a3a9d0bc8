/**
 * @module french-spanish-declarations.test
 * Concord reads primary documents in French and Spanish (issue 8): a made-up declaration in each language (not
 * copied from any real text) gets its kind, meeting, parties and statements with their kinds, actors, sectors
 * and deadlines; French and Spanish punctuation (« », spaces before ; : !) does not break statements.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { prepareDocument } from '../../../src/ingest/prepare-document.ts';
import type { Annotation } from '../../../src/model/annotation.ts';
import type { MeetingValue, PartiesValue, StatementValue } from '../../../src/model/layers.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import { pieceKind, splitStatements } from '../../../src/analyse/statements/split-statements.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const analyser = createAnalyser();

async function analyse(name: string) {
  const file = `test/fixtures/languages/${name}`;
  const p = await prepareDocument({ bytes: readFileSync(file), fileName: basename(file) }, analyser);
  const layers = p.analysis.layers as Record<string, Annotation[] | undefined>;
  const statements = (layers.statements ?? []) as Annotation<StatementValue>[];
  return {
    language: p.document.meta.language,
    kind: (layers.documentKind?.[0]?.value as { kind: string } | undefined)?.kind,
    meeting: layers.meeting?.[0]?.value as MeetingValue | undefined,
    parties: (layers.parties?.[0]?.value as PartiesValue | undefined)?.parties,
    statements: statements.map((s) => ({ text: p.document.text.slice(s.start, s.end), ...s.value })),
  };
}

const opening = (s: { text: string }) => s.text.split(/\s+/).slice(0, 2).join(' ');

describe('a French declaration (issue 8)', async () => {
  const doc = await analyse('fr-declaration.txt');
  test('should read the kind, the meeting and the parties', () => {
    assert.equal(doc.language, 'fr');
    assert.equal(doc.kind, 'declaration');
    assert.equal(doc.meeting?.date, '2025-03-14');
    assert.equal(doc.meeting?.city, 'Dakar');
    assert.equal(doc.meeting?.level, 'heads-of-state');
    assert.deepEqual(doc.parties, ['CI', 'ML', 'NE', 'SN']);
  });
  test('should read each operative paragraph as a statement of its kind, without the closing formula', () => {
    assert.deepEqual(
      doc.statements.map((s) => [opening(s), s.kind]),
      [
        ['Réaffirmons notre', 'position'],
        ['Reconnaissons que', 'position'],
        ['Saluons les', 'endorsement'],
        ['Nous engageons', 'commitment'],
        ['Décidons de', 'commitment'],
        ['Convenons de', 'commitment'],
        ['Les ministres', 'record'],
        ['se félicitent', 'endorsement'],
        ['Les États', 'position'],
        ['s’engagent à', 'commitment'],
      ],
    );
  });
  test('should give commitments their deadlines, statements their sectors and actors', () => {
    const byOpening = new Map(doc.statements.map((s) => [opening(s), s]));
    assert.equal(byOpening.get('Nous engageons')?.deadline, '2030');
    assert.equal(byOpening.get('s’engagent à')?.deadline, '2028');
    assert.ok(byOpening.get('Nous engageons')?.sectors.includes('finance'));
    assert.ok(byOpening.get('Reconnaissons que')?.sectors.includes('agriculture'));
    assert.ok(byOpening.get('s’engagent à')?.sectors.includes('education'));
    assert.deepEqual(byOpening.get('Les États')?.actors, ['CI', 'ML', 'NE', 'SN']);
  });
});

describe('a Spanish declaration (issue 8)', async () => {
  const doc = await analyse('es-declaration.txt');
  test('should read the kind, the meeting and the parties', () => {
    assert.equal(doc.language, 'es');
    assert.equal(doc.kind, 'declaration');
    assert.equal(doc.meeting?.date, '2024-10-09');
    assert.equal(doc.meeting?.city, 'Montevideo');
    assert.deepEqual(doc.parties, ['AR', 'BR', 'PY', 'UY']);
  });
  test('should read each operative paragraph as a statement of its kind, without the closing formula', () => {
    assert.deepEqual(
      doc.statements.map((s) => [opening(s), s.kind]),
      [
        ['Reafirman su', 'position'],
        ['Reconocen que', 'position'],
        ['Acogen con', 'endorsement'],
        ['Se comprometen', 'commitment'],
        ['Acuerdan crear', 'commitment'],
        ['Subrayan la', 'position'],
        ['Los Ministros', 'record'],
        ['apoyan la', 'endorsement'],
      ],
    );
    const promise = doc.statements.find((s) => s.text.startsWith('Se comprometen'));
    assert.equal(promise?.deadline, '2026');
    assert.ok(promise?.sectors.includes('energy') && promise.sectors.includes('trade'));
  });
});

describe('French and Spanish punctuation (issue 8)', () => {
  const pieces = (text: string) =>
    splitStatements(text, sentenceSpans(text, []), [], fixtureLexicons()).map((p) => [
      text.slice(p.start, p.end),
      pieceKind(p),
    ]);
  test('should keep « » and the spaces before ; and ! inside one statement', () => {
    const first = 'Les ministres saluent\u202f« l’initiative de la Grande Muraille verte »\u00a0!';
    const text = `${first} Ils ont examiné le rapport annuel.`;
    assert.deepEqual(pieces(text), [
      [first, 'endorsement'],
      ['Ils ont examiné le rapport annuel.', 'record'],
    ]);
  });
  test('should split a sentence at "et" / "y" before a verb of another kind', () => {
    assert.deepEqual(pieces('Les chefs d’État se félicitent des progrès accomplis et décident de créer un comité.'), [
      ['Les chefs d’État se félicitent des progrès accomplis', 'endorsement'],
      ['décident de créer un comité.', 'commitment'],
    ]);
    assert.deepEqual(
      pieces('Los Presidentes saludaron la «\u00a0Iniciativa\u00a0» y acordaron ampliar la cooperación.'),
      [
        ['Los Presidentes saludaron la «\u00a0Iniciativa\u00a0»', 'endorsement'],
        ['acordaron ampliar la cooperación.', 'commitment'],
      ],
    );
  });
});

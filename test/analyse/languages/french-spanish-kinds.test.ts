/**
 * @module french-spanish-kinds.test
 * How French and Spanish verbs decide a statement's kind (issue 8), as the English ones do: specific forms before
 * general ones, leading phrases and relative clauses left aside, "ainsi que" / "así como" no subordinate clause.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDocumentKind } from '../../../src/analyse/document/classify-document-kind.ts';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const kindOf = (t: string) => mainCue(t, fixtureLexicons())?.kind ?? null;

describe('French and Spanish statement kinds (issue 8)', () => {
  test('should read UN-style operative verbs in the third person singular and the passé composé', () => {
    assert.equal(kindOf('Le Conseil réaffirme son attachement à la souveraineté du Mali.'), 'position');
    assert.equal(kindOf('Le Conseil prie le Secrétaire général de lui présenter un rapport.'), 'commitment');
    assert.equal(kindOf('Les ministres ont décidé de créer un comité de suivi.'), 'commitment');
    assert.equal(kindOf('Les ministres ont salué les progrès accomplis.'), 'endorsement');
    assert.equal(kindOf('Les ministres ont examiné la situation au Sahel.'), 'record');
    assert.equal(kindOf('Nous tiendrons une réunion des directeurs des douanes en mars.'), 'commitment');
  });
  test('should read Spanish presents, preterites and futures', () => {
    assert.equal(kindOf('Los Presidentes reafirmaron su compromiso con la paz.'), 'position');
    assert.equal(kindOf('Los Cancilleres acordaron ampliar el diálogo político.'), 'commitment');
    assert.equal(kindOf('Acogen con beneplácito la iniciativa del Brasil.'), 'endorsement');
    assert.equal(kindOf('Celebraremos una reunión de directores de aduanas en marzo.'), 'commitment');
    assert.equal(kindOf('Los Ministros examinaron la agenda comercial.'), 'record');
  });
  test('should let a specific form win over the general one at the same place', () => {
    assert.equal(kindOf('Les ministres reconnaissent avec satisfaction le travail du Secrétariat.'), 'endorsement');
    assert.equal(kindOf('Les ministres reconnaissent le rôle du Secrétariat.'), 'position');
    assert.equal(kindOf('Los Presidentes celebraron una reunión con el BID.'), 'record');
    assert.equal(kindOf('Los Presidentes celebran los avances del acuerdo.'), 'endorsement');
    assert.equal(kindOf('Nous déclarons ce qui suit :'), 'record');
  });
  test('should leave aside leading phrases and relative clauses; "ainsi que", "así como" mean "as well as"', () => {
    assert.equal(
      kindOf('Rappelant la Déclaration de 2019, les chefs d’État décident de créer un fonds.'),
      'commitment',
    );
    assert.equal(kindOf('Les ministres, qui se félicitent du rapport, décident de créer un fonds.'), 'commitment');
    assert.equal(kindOf('Les États membres ainsi que les partenaires s’engagent à financer le plan.'), 'commitment');
    assert.equal(kindOf('Los Estados así como los socios se comprometen a financiar el plan.'), 'commitment');
    assert.equal(kindOf('Recordando la Declaración de 2019, los Presidentes acuerdan crear un fondo.'), 'commitment');
  });
});

describe('French and Spanish promises read by their object, as the English ones are', () => {
  // Each English sentence, its kind, and its French and Spanish versions: the same kind by the same rule
  // (promise-objects.json and its per-language additions).
  const rows: [string, string, string, string | null][] = [
    [
      'We commit to deepening our partnership.',
      'position',
      'Nous nous engageons à approfondir notre partenariat.',
      'Nos comprometemos a profundizar nuestra asociación.',
    ],
    [
      'We commit to holding a ports forum in 2027.',
      'commitment',
      'Nous nous engageons à tenir un forum des ports en 2027.',
      'Nos comprometemos a celebrar un foro de puertos en 2027.',
    ],
    [
      'We will consolidate our bilateral relations.',
      'position',
      'Nous consoliderons nos relations bilatérales.',
      'Consolidaremos nuestras relaciones bilaterales.',
    ],
    [
      'We will organise a workshop on seeds.',
      'commitment',
      'Nous organiserons un atelier sur les semences.',
      'Organizaremos un taller sobre semillas.',
    ],
    ['We will strengthen customs cooperation.', 'position', 'Nous renforcerons la coopération douanière.', null],
    [
      'We will continue to defend peace in the region.',
      'position',
      'Nous continuerons à défendre la paix dans la région.',
      null,
    ],
    [
      'We strive to strengthen river cooperation.',
      'position',
      'Nous nous efforcerons de renforcer la coopération fluviale.',
      'Procuraremos fortalecer la cooperación fluvial.',
    ],
    [
      'We strive to convene a summit of cities.',
      'commitment',
      'Nous nous efforcerons de convoquer un sommet des villes.',
      'Procuraremos convocar una cumbre de ciudades.',
    ],
    [
      'We are determined to tackle the common challenges.',
      'position',
      'Nous sommes déterminés à relever les défis communs.',
      'Estamos decididos a enfrentar los desafíos comunes.',
    ],
    [
      'We remain committed to multilateralism.',
      'position',
      'Nous demeurons attachés au multilatéralisme.',
      'Seguimos comprometidos con el multilateralismo.',
    ],
    [
      'We will provide 20 million dollars to schools.',
      'commitment',
      'Nous fournirons 20 millions de dollars aux écoles.',
      'Proporcionaremos 20 millones de dólares a las escuelas.',
    ],
  ];
  for (const [english, kind, french, spanish] of rows)
    test(`"${english}" → ${kind}, in French and Spanish too`, () => {
      assert.equal(kindOf(english), kind);
      assert.equal(kindOf(french), kind);
      if (spanish) assert.equal(kindOf(spanish), kind);
    });
});

describe('French and Spanish document kinds (issue 8)', () => {
  const kind = (text: string) => classifyDocumentKind(text, {}, fixtureLexicons()).kind;
  test('should read declarations and communiqués by their titles, and a press release as one', () => {
    assert.equal(kind('Déclaration de Niamey\n\nNous réaffirmons notre attachement à la paix.'), 'declaration');
    assert.equal(kind('Communiqué final\n\nLes chefs d’État saluent les progrès accomplis.'), 'communique');
    assert.equal(kind('Communiqué de presse\n\nLe ministre a déclaré que le sommet aura lieu.'), 'press-release');
    assert.equal(kind('Declaración de Asunción\n\nReafirmamos nuestro compromiso con la paz.'), 'declaration');
    assert.equal(kind('Comunicado Conjunto de los Presidentes\n\nLos Presidentes saludaron el acuerdo.'), 'communique');
  });
});

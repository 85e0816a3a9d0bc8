/**
 * @module french-spanish-initiatives.test
 * French and Spanish name initiatives head first (`entity-initiative-heads.json` headFirst, filled by fr/ and es/):
 * Spanish in title case up to the last capitalised word, French in sentence case over one short noun phrase. Made-up
 * sentences over the repository's knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';

const kb = loadContext().kb;
const initiatives = (text: string) =>
  recognizeEntities(text, kb)
    .filter((m) => m.value.type === 'initiative')
    .map((m) => text.slice(m.start, m.end));

describe('French head-first initiatives (sentence case)', () => {
  test('should end the name before a participle and after its noun phrase', () => {
    assert.deepEqual(initiatives('Les ministres saluent le Partenariat pour la résilience côtière lancé en 2023.'), [
      'Partenariat pour la résilience côtière',
    ]);
  });
  test('should read an elided article and a capitalised place, and stop at the relative clause', () => {
    assert.deepEqual(
      initiatives('Nous soutenons l’Initiative pour l’énergie solaire des Caraïbes, qui réduira les coûts.'),
      ['Initiative pour l’énergie solaire des Caraïbes'],
    );
  });
  test('should go on from a place over a subject ("de Lima sur …"), and read a two-word head', () => {
    assert.deepEqual(
      initiatives('Ils rappellent la Déclaration de Lima sur la pêche et les océans, et le Plan d’action de Quito.'),
      ['Déclaration de Lima sur la pêche et les océans', 'Plan d’action de Quito'],
    );
  });
  test('should not read the declaration the text itself adopts', () => {
    assert.deepEqual(initiatives('Nous adoptons la Déclaration de Lima sur la pêche et les océans.'), []);
  });
});

describe('Spanish head-first initiatives (title case)', () => {
  test('should end at the last capitalised word, and stop where another head opens a name', () => {
    assert.deepEqual(
      initiatives('Los Estados apoyan la Alianza para la Pesca Sostenible del Pacífico y el Programa de Lima.'),
      ['Alianza para la Pesca Sostenible del Pacífico', 'Programa de Lima'],
    );
  });
  test('should read a head of three words and a subject after the place', () => {
    assert.deepEqual(initiatives('La Hoja de Ruta de Quito para la Conectividad Rural fue aprobada ayer.'), [
      'Hoja de Ruta de Quito para la Conectividad Rural',
    ]);
  });
});

describe('standing agreements by their French and Spanish names', () => {
  test('should link "Accord de Paris" and "Acuerdo de París" to the Paris Agreement', () => {
    for (const text of ['Nous réaffirmons l’Accord de Paris.', 'Reafirmamos el Acuerdo de París.'])
      assert.deepEqual(
        recognizeEntities(text, kb)
          .filter((m) => m.value.type === 'initiative')
          .map((m) => m.value.name),
        ['Paris Agreement'],
      );
  });
});

describe('English text', () => {
  test('should be left to the English head-noun rule', () => {
    assert.deepEqual(initiatives('The ministers welcomed the Plan of Action and the Initiative for Clean Energy.'), [
      'Plan of Action',
      'Initiative for Clean Energy',
    ]);
  });
  test('should still match an initiative alias with a short acronym letter for letter ("LA Declaration")', () => {
    assert.deepEqual(initiatives('Leaders endorsed the LA Declaration last year.'), ['LA Declaration']);
  });
});

const named = (text: string) =>
  recognizeEntities(text, kb)
    .filter((m) => !['country', 'city', 'person'].includes(m.value.type))
    .map((m) => `${m.value.type}: ${text.slice(m.start, m.end)}`);

describe('French and Spanish bodies and meetings named head first', () => {
  test('should read a body and a meeting by their heads, past an adjective before the connector', () => {
    assert.deepEqual(
      named('Le Comité consultatif pour la pêche côtière a préparé la Conférence régionale sur les récifs.'),
      ['organization: Comité consultatif pour la pêche côtière', 'event: Conférence régionale sur les récifs'],
    );
  });
  test('should read a Spanish title-case adjective and stop where another head opens a name', () => {
    assert.deepEqual(named('El Consejo Andino de Pesca Artesanal y la Cumbre de Pescadores del Sur se reunieron.'), [
      'organization: Consejo Andino de Pesca Artesanal',
      'event: Cumbre de Pescadores del Sur',
    ]);
  });
  test('should read a connector elided into its word ("d’évaluation")', () => {
    assert.deepEqual(named('Nous saluons le Mécanisme d’évaluation des récifs, qui publiera un rapport.'), [
      'initiative: Mécanisme d’évaluation des récifs',
    ]);
  });
  test('should end a name before "et" and another capitalised name', () => {
    assert.deepEqual(
      named('Ils ont lancé l’Alliance pour la pêche durable et le Programme de surveillance des côtes.'),
      ['initiative: Alliance pour la pêche durable', 'initiative: Programme de surveillance des côtes'],
    );
  });
  test('should go on over a comma list of adjectives closed by a conjunction', () => {
    assert.deepEqual(named('Nous soutenons le Pacte régional pour des pêches sûres, durables et équitables.'), [
      'initiative: Pacte régional pour des pêches sûres, durables et équitables',
    ]);
  });
  test('should go on over "relative à" and leave out a date after the name ("de 1984", "d’ici 2030")', () => {
    assert.deepEqual(
      named('Ils citent la Convention de 1962 relative aux pêches des atolls et la Charte des récifs de 1988.'),
      ['initiative: Convention de 1962 relative aux pêches des atolls', 'initiative: Charte des récifs'],
    );
    assert.deepEqual(named('Nous appliquerons la Stratégie pour la pêche côtière d’ici 2030.'), [
      'initiative: Stratégie pour la pêche côtière',
    ]);
  });
  test('should not take a sentence’s opening article for part of a name', () => {
    assert.deepEqual(named('La Conférence a pris fin. Le Secrétariat a publié le rapport.'), []);
  });
});

describe('posts printed in lower case before a name', () => {
  test('should read the person after "le premier ministre" and "el ministro"', () => {
    const people = (text: string) =>
      recognizeEntities(text, kb)
        .filter((m) => m.value.type === 'person')
        .map((m) => text.slice(m.start, m.end));
    assert.deepEqual(people('Le premier ministre Aurèle Tanguay a reçu la délégation.'), ['Aurèle Tanguay']);
    assert.deepEqual(people('El ministro Ramiro Quesada asistió a la reunión.'), ['Ramiro Quesada']);
  });
});

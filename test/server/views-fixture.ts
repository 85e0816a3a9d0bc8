/**
 * @module views-fixture
 * Two small documents with hand-built `entities`, `participants`, `parties`, `meeting` and
 * `statements` layers, stored straight into a store, for the entity and commitments views.
 */
import type { Annotation } from '../../src/model/annotation.ts';
import { documentId } from '../../src/model/document-id.ts';
import type { Store } from '../../src/store/store.ts';
import { buildTree } from './fixture-ingest.ts';

export const TEXT_A = [
  'Joint Statement of the Lakeside Ministers',
  '',
  'The Ministers of Kazakhstan and Uzbekistan met in Lakeside on 3 May 2025. Minister Ivan Petrov chaired. ' +
    'President Tokayev sent greetings.',
  '',
  '1. The Parties will build a water corridor by 2027.',
  '',
  '2. Kazakhstan welcomed the <script>alert(1)</script> plan of Petrov.',
].join('\n');

export const TEXT_B = [
  'Press release of the Other Forum',
  '',
  '1. Uzbekistan agreed to expand trade with Evil Corp in 2030. =cmd|calc formula.',
].join('\n');

/** A hostile entity name, to check escaping. */
export const HOSTILE_NAME = 'Evil <img src=x onerror=alert(1)> Corp';

export const ID_A = documentId(TEXT_A);
export const ID_B = documentId(TEXT_B);

/** The span of the `nth` (0-based) occurrence of `surface` in `text`. */
export function spanOf(text: string, surface: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`fixture: "${surface}" #${nth} not in text`);
  return { start: at, end: at + surface.length };
}

function mention(
  text: string,
  surface: string,
  entityId: string,
  type: string,
  name: string,
  known: boolean,
  nth = 0,
): Annotation {
  return {
    layer: 'entities',
    ...spanOf(text, surface, nth),
    value: { entityId, type, name, known },
    source: 'entities:test',
    confidence: 0.9,
  };
}

function statement(text: string, surface: string, value: Record<string, unknown>): Annotation {
  return {
    layer: 'statements',
    ...spanOf(text, surface),
    value: { references: [], ...value },
    source: 'statements:test',
    confidence: 0.8,
  };
}

/** Stores the two documents with their layers. */
export async function putViewsFixture(store: Store): Promise<void> {
  const A = TEXT_A;
  await store.putDocument({
    document: {
      id: ID_A,
      text: A,
      meta: { title: 'Lakeside <b>statement</b>', fileName: 'lakeside.txt', format: 'text', language: 'en' },
    },
    tree: buildTree(A),
    analysis: {
      diagnostics: [],
      versions: {},
      layers: {
        entities: [
          mention(A, 'Kazakhstan', 'country:KZ', 'country', 'Kazakhstan', true, 0),
          mention(A, 'Uzbekistan', 'country:UZ', 'country', 'Uzbekistan', true),
          mention(A, 'Ivan Petrov', 'new:person:ivan-petrov', 'person', 'Ivan Petrov', false),
          mention(A, 'Tokayev', 'person:tokayev-kassym-jomart', 'person', 'Kassym-Jomart Tokayev', true),
          mention(A, 'Kazakhstan', 'country:KZ', 'country', 'Kazakhstan', true, 1),
          mention(A, 'Petrov', 'new:person:petrov', 'person', 'Petrov', false, 1),
        ],
        participants: [
          {
            layer: 'participants',
            ...spanOf(A, 'Minister Ivan Petrov'),
            value: { name: 'Ivan Petrov', entityId: 'new:person:ivan-petrov', country: 'KZ', role: 'Minister' },
            source: 'participants:test',
            confidence: 0.9,
          },
        ],
        parties: [
          {
            layer: 'parties',
            ...spanOf(A, 'Kazakhstan and Uzbekistan'),
            value: { parties: ['KZ', 'UZ'] },
            source: 'parties:test',
            confidence: 0.9,
          },
        ],
        meeting: [
          {
            layer: 'meeting',
            ...spanOf(A, 'The Ministers of Kazakhstan'),
            value: {
              format: 'Lakeside Five',
              level: 'foreign-ministers',
              edition: 2,
              date: '2025-05-03',
              end: null,
              city: 'Lakeside',
              country: 'KZ',
            },
            source: 'meeting:test',
            confidence: 0.9,
          },
        ],
        statements: [
          statement(A, 'The Parties will build a water corridor by 2027.', {
            clause: '1',
            kind: 'commitment',
            actors: ['KZ', 'UZ'],
            sectors: ['environment', 'transport'],
            deadline: '2027',
          }),
          statement(A, 'Kazakhstan welcomed the <script>alert(1)</script> plan of Petrov.', {
            clause: '2',
            kind: 'endorsement',
            actors: ['KZ'],
            sectors: ['political'],
            deadline: null,
          }),
        ],
      },
    },
  });
  const B = TEXT_B;
  await store.putDocument({
    document: {
      id: ID_B,
      text: B,
      meta: { title: 'Other forum', fileName: 'other.txt', format: 'text', language: 'en' },
    },
    tree: buildTree(B),
    analysis: {
      diagnostics: [],
      versions: {},
      layers: {
        entities: [
          mention(B, 'Uzbekistan', 'country:UZ', 'country', 'Uzbekistan', true),
          mention(B, 'Evil Corp', 'new:organization:evil-corp', 'organization', HOSTILE_NAME, false),
        ],
        meeting: [
          {
            layer: 'meeting',
            ...spanOf(B, 'Press release'),
            value: {
              format: 'Other Forum',
              level: 'other',
              edition: null,
              date: '2024-01-01',
              end: null,
              city: null,
              country: null,
            },
            source: 'meeting:test',
            confidence: 0.9,
          },
        ],
        statements: [
          statement(B, 'Uzbekistan agreed to expand trade with Evil Corp in 2030. =cmd|calc formula.', {
            clause: '1',
            kind: 'commitment',
            actors: ['UZ'],
            sectors: ['trade'],
            deadline: '2030',
          }),
        ],
      },
    },
  });
}

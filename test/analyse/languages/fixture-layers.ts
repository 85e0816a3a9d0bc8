/**
 * @module fixture-layers
 * The analysis layers of a made-up text in test/fixtures/languages, through the whole pipeline.
 */
import { readFileSync } from 'node:fs';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { prepareDocument } from '../../../src/ingest/prepare-document.ts';
import type { Annotation } from '../../../src/model/annotation.ts';

const analyser = createAnalyser();

/** Every layer of the fixture `name` by its name. @example (await fixtureLayers('fr-agreement.txt')).parties */
export async function fixtureLayers(name: string): Promise<Record<string, Annotation[] | undefined>> {
  const p = await prepareDocument({ bytes: readFileSync(`test/fixtures/languages/${name}`), fileName: name }, analyser);
  return p.analysis.layers as Record<string, Annotation[] | undefined>;
}

/**
 * @module load-knowledge-base
 * Reads every `data/kb/*.json` file, checks each record lightly, and builds the indexes.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES } from '../model/layers.ts';
import type { KbRecord } from './kb-types.ts';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';

/** The repository's knowledge-base folder. */
export const DEFAULT_KB_DIR = fileURLToPath(new URL('../../data/kb', import.meta.url));

/**
 * Loads the knowledge base from a folder of KB files (missing folder → empty base). A record
 * without an id, a known type or a name is skipped with a warning, never fatal.
 * @example const kb = loadKnowledgeBase(); kb.countryByCode.get('KZ')?.name === 'Kazakhstan'
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KB_DIR): KnowledgeBase {
  const records: KbRecord[] = [];
  const warnings: string[] = [];
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      warnings.push(`${file}: not valid JSON (${(error as Error).message}); fix the file`);
      continue;
    }
    const list = (json as { records?: unknown }).records;
    if (!Array.isArray(list)) {
      warnings.push(`${file}: no "records" array`);
      continue;
    }
    list.forEach((r, i) => {
      const problem = checkRecord(r);
      if (problem) warnings.push(`${file} record ${i}: ${problem}`);
      else records.push(r as KbRecord);
    });
  }
  return buildKnowledgeBase(records, warnings);
}

let shared: KnowledgeBase | undefined;

/**
 * The repository's knowledge base, read once per process and then shared by the analysis
 * context, the server's views and the exporters (it is read-only).
 * @example sharedKnowledgeBase().countryByCode.get('KZ')?.name === 'Kazakhstan'
 */
export function sharedKnowledgeBase(): KnowledgeBase {
  return (shared ??= loadKnowledgeBase());
}

function checkRecord(r: unknown): string | undefined {
  if (!r || typeof r !== 'object') return 'not an object';
  const o = r as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id.includes(':')) return `id "${String(o.id)}" must be "<type>:<slug>"`;
  if (!ENTITY_TYPES.includes(o.type as never)) return `${o.id}: unknown type "${String(o.type)}"`;
  if (typeof o.name !== 'string' || !o.name.trim()) return `${o.id}: no name`;
  if (o.aliases !== undefined && !Array.isArray(o.aliases)) return `${o.id}: aliases must be an array`;
  if (o.aliases === undefined) o.aliases = [];
  return undefined;
}

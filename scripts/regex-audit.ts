/**
 * Finds regular expressions that can backtrack super-linearly (the `normaliseForId` kind of
 * freeze) in the code that handles untrusted text, using recheck's ReDoS checker on every
 * regex literal. Usage: node --import tsx scripts/regex-audit.ts [folder…]
 * (default src/read src/structure src/model src/ingest).
 */
import { pathToFileURL } from 'node:url';
import { findVulnerableRegexes } from '../test/read/helpers/regex-audit.ts';

export const AUDITED_FOLDERS = ['src/read', 'src/structure', 'src/model', 'src/ingest'];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folders = process.argv.length > 2 ? process.argv.slice(2) : AUDITED_FOLDERS;
  const found = findVulnerableRegexes(folders);
  for (const f of found) console.log(`${f.file}:${f.line}  /${f.source}/${f.flags}  ${f.complexity}  e.g. ${f.attack}`);
  console.log(found.length ? `${found.length} vulnerable regexes` : 'no super-linear regexes found');
  process.exit(found.length ? 1 : 0);
}

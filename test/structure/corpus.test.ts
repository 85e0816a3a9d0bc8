import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTree } from '../../src/structure/build-tree.ts';
import { clauseLabelAt } from '../../src/structure/find-node.ts';
import { nodesOfKind } from '../../src/model/node.ts';
import { assertTreeInvariants } from './check-tree.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const goldDir = path.resolve(repoRoot, '../shared/eval/gold');

/**
 * The body of a corpus file: without its `key: value` header closed by `---`, or a leading
 * ` date YYYY-MM-DD` token.
 */
function body(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n');
  const close = text.indexOf('\n---\n');
  if (/^[a-z]+:/.test(text) && close >= 0) return text.slice(close + 5);
  return text.replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, '');
}

const files = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

describe('corpus', () => {
  test('should build valid trees for every corpus file', (t) => {
    if (!files.length) return t.skip('../shared/corpus absent');
    for (const file of files) {
      const text = body(readFileSync(path.join(corpusDir, file), 'utf8'));
      assertTreeInvariants(text, buildTree(text), file);
    }
  });

  test('should find clauses 1 to 23, in order, in the 6th foreign ministers communiqué', (t) => {
    const file = path.join(corpusDir, 'cca-fm6-almaty-2025__communique__newscentralasia.txt');
    if (!existsSync(file)) return t.skip('../shared/corpus absent');
    const tree = buildTree(body(readFileSync(file, 'utf8')));
    assert.deepEqual(
      nodesOfKind(tree, 'clause').map((c) => c.label),
      Array.from({ length: 23 }, (_, i) => String(i + 1)),
    );
  });

  test('should give the gold clause label for gold statements found verbatim', (t) => {
    if (!files.length || !existsSync(goldDir)) return t.skip('../shared/corpus or gold absent');
    let total = 0;
    let agree = 0;
    let missing = 0;
    const mismatches: string[] = [];
    for (const goldFile of readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const gold = JSON.parse(readFileSync(path.join(goldDir, goldFile), 'utf8')) as {
        document: string;
        statements?: Array<{ clause: string; text: string }>;
      };
      const docPath = path.join(corpusDir, gold.document);
      if (!gold.statements?.length || !existsSync(docPath)) continue;
      const text = body(readFileSync(docPath, 'utf8'));
      const tree = buildTree(text);
      for (const s of gold.statements) {
        const at = text.indexOf(s.text);
        if (at < 0) {
          missing++;
          continue;
        }
        total++;
        const label = clauseLabelAt(tree, at);
        if (label === s.clause) agree++;
        else mismatches.push(`${gold.document}: gold ${s.clause}, got ${label}: ${s.text.slice(0, 60)}`);
      }
    }
    const rate = total ? agree / total : 1;
    t.diagnostic(
      `clause labels: ${agree}/${total} agree (${(rate * 100).toFixed(1)}%), ${missing} statements not found verbatim`,
    );
    for (const m of mismatches) t.diagnostic(m);
    assert.ok(total > 0);
    assert.ok(rate >= 0.95, `agreement ${rate.toFixed(3)} < 0.95:\n${mismatches.join('\n')}`);
  });
});

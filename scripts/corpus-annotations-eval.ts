/**
 * @module corpus-annotations-eval
 * Scores Concord on our own annotations of corpus documents that have no shared gold
 * (test/fixtures/corpus-annotations): rebuilds GUIDE gold from them (statement text = the
 * document text sliced by its span, since the repository keeps no corpus text), then runs
 * scripts/eval.ts on just those documents.
 *
 * Usage: node --import tsx scripts/corpus-annotations-eval.ts [--only SUBSTRING] [--verbose] [--out DIR]
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readDocument } from '../src/read/read-document.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const annotations = join(repoRoot, 'test/fixtures/corpus-annotations');
const corpus = resolve(repoRoot, '../shared/corpus');

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

/** A statement as annotated here: a span into the read text instead of the text itself. */
interface SpanStatement {
  span?: [number, number];
  text?: string;
  [key: string]: unknown;
}

if (!existsSync(corpus)) {
  console.log(`corpus-annotations-eval: corpus not found at ${corpus}; nothing to score`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'concord-annot-'));
const goldDir = join(work, 'gold');
const docsDir = join(work, 'docs');
mkdirSync(goldDir);
mkdirSync(docsDir);
let count = 0;
try {
  const files = readdirSync(annotations)
    .filter((f) => f.endsWith('.json') && (!args.only || f.includes(args.only)))
    .sort();
  for (const file of files) {
    const fileName = file.replace(/\.json$/, '');
    const source = join(corpus, fileName);
    if (!existsSync(source)) {
      console.log(`skipped ${file}: corpus document ${fileName} absent`);
      continue;
    }
    const bytes = readFileSync(source);
    const gold = await rebuildGold(JSON.parse(readFileSync(join(annotations, file), 'utf8')), bytes, fileName);
    writeFileSync(join(goldDir, file), JSON.stringify(gold, null, 2));
    symlinkSync(source, join(docsDir, fileName));
    count++;
  }
  if (!count) console.log('corpus-annotations-eval: no annotation matched');
  else {
    const extra = [...(args.verbose ? ['--verbose'] : []), ...(args.out ? ['--out', args.out] : [])];
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'scripts/eval.ts'), '--corpus', docsDir, '--gold', goldDir, ...extra],
      { stdio: 'inherit', cwd: repoRoot },
    );
    process.exitCode = r.status ?? 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** GUIDE gold from an annotation: each statement's span becomes its verbatim text. */
async function rebuildGold(
  annotation: Record<string, unknown>,
  bytes: Uint8Array,
  fileName: string,
): Promise<Record<string, unknown>> {
  const statements = (annotation.statements as SpanStatement[] | undefined) ?? [];
  if (!statements.some((s) => s.span)) return { ...annotation, document: fileName };
  const { text } = await readDocument({ bytes, fileName });
  return {
    ...annotation,
    document: fileName,
    statements: statements.map(({ span, ...rest }) => (span ? { ...rest, text: text.slice(span[0], span[1]) } : rest)),
  };
}

/**
 * @module regex-audit
 * Collects every regex literal under some folders (TypeScript's parser, so strings and
 * comments are never mistaken for regexes) and asks recheck whether each runs in linear time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';

/** A regex recheck found super-linear, with where it is and an input that shows it. */
export interface VulnerableRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
  readonly complexity: string;
  readonly attack: string;
}

/** Every regex literal in the `.ts` files under `folders`. */
export function regexLiterals(folders: readonly string[]): { file: string; line: number; literal: string }[] {
  const found: { file: string; line: number; literal: string }[] = [];
  for (const file of folders.flatMap(tsFiles)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ file, line, literal: node.getText() });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The literals recheck reports as polynomial or exponential. */
export function findVulnerableRegexes(folders: readonly string[]): VulnerableRegex[] {
  const vulnerable: VulnerableRegex[] = [];
  for (const { file, line, literal } of regexLiterals(folders)) {
    const end = literal.lastIndexOf('/');
    const source = literal.slice(1, end);
    const flags = literal.slice(end + 1);
    const result = checkSync(source, flags, { timeout: 2000 });
    if (result.status !== 'vulnerable') continue;
    const attack = JSON.stringify(result.attack.string.slice(0, 40));
    vulnerable.push({ file, line, source, flags, complexity: result.complexity.summary, attack });
  }
  return vulnerable;
}

function tsFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * @module markdown-reader
 * Markdown: YAML front matter → meta; the body is kept as written (headings, `1\.`
 * escapes, emphasis, soft wraps), since the structure builder reads Markdown itself.
 */
import { parse as parseYaml } from 'yaml';
import type { ReadResult } from './read-result.ts';
import { ReadError, describeInput } from './read-error.ts';
import { statedMeta } from './stated-meta.ts';
import { trimEndChars, trimStartChars } from '../model/trim-chars.ts';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Reads decoded Markdown. Line ends become LF; the body after the front matter is unchanged.
 * @example readMarkdown('---\ntitle: T\n---\n# T\n').meta.title === 'T'
 */
export function readMarkdown(decoded: string, fileName?: string): ReadResult {
  const text = decoded.replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(text);
  if (!match) return { text, meta: withHeadingTitle({}, text) };
  const pairs = flattenFrontMatter(parseFrontMatter(match[1], fileName));
  const body = text.slice(match[0].length);
  return { text: body, meta: withHeadingTitle(statedMeta(pairs), body) };
}

function parseFrontMatter(source: string, fileName?: string): unknown {
  try {
    return parseYaml(source);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new ReadError(
      'malformed',
      `The front matter of ${describeInput(fileName)} is not valid YAML (${reason}): ` +
        'fix it or remove the block between the --- lines',
      { cause },
    );
  }
}

/** Front-matter values as strings: dates as ISO, lists joined, nested maps as JSON. */
function flattenFrontMatter(data: unknown): Record<string, string> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const pairs: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    pairs[key.toLowerCase()] = stringify(value);
  }
  return pairs;
}

function stringify(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(stringify).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Without a stated title, the first level-1 heading (ATX "# T" or setext "T\n===") names the document. */
function withHeadingTitle(meta: ReadResult['meta'], body: string): ReadResult['meta'] {
  if (meta.title) return meta;
  const title = firstHeading(body);
  return title ? { ...meta, title: title.trim() } : meta;
}

/**
 * The first ATX (`# T #`) or setext (`T` over `===`) level-1 heading, line by line: the one
 * regex this replaces backtracked in cubic time over a long line of spaces and tabs.
 */
function firstHeading(body: string): string | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('# ')) {
      const after = line.slice(1);
      // `# +` takes the spaces, but one character must be left for the title.
      const spaces = Math.min(after.length - trimStartChars(after, ' ').length, after.length - 1);
      if (spaces >= 1) return after[spaces] + trimEndChars(after.slice(spaces + 1), ' #');
    }
    const text = trimStartChars(line, ' \t');
    if (text && !/^\s/.test(text) && i + 1 < lines.length && /^[ \t]*=+[ \t]*$/.test(lines[i + 1]))
      return trimEndChars(text, ' \t\r');
  }
  return undefined;
}

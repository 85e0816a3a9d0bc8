/**
 * @module markdown-reader
 * Markdown: YAML front matter → meta; the body is kept as written (headings, `1\.`
 * escapes, emphasis, soft wraps), since the structure builder reads Markdown itself.
 */
import { parse as parseYaml } from 'yaml';
import type { ReadResult } from './read-result.ts';
import { ReadError, describeInput } from './read-error.ts';
import { statedMeta } from './stated-meta.ts';

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
      `The front matter of ${describeInput(fileName)} is not valid YAML (${reason}): fix it or remove the block between the --- lines`,
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
  const heading = /^# +(.+?)[ #]*$|^[ \t]*(\S[^\n]*?)[ \t]*\r?\n[ \t]*=+[ \t]*$/m.exec(body);
  const title = heading?.[1] ?? heading?.[2];
  return title ? { ...meta, title: title.trim() } : meta;
}

/**
 * @module fetch-url
 * Fetches a document from a URL for import without letting the URL reach inside the network
 * (SSRF). Each hop's host name is resolved once, every answer is checked against the address
 * policy, and the connection goes to the checked address itself: a DNS answer that changes
 * between the check and the connection (rebinding) is never used. Redirects are followed by
 * hand and each is checked the same way; size and time are capped.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { basename } from 'node:path';
import { refusalOf } from './address-policy.ts';

/** Limits and test hooks of one fetch. */
export interface FetchUrlOptions {
  /** Largest body accepted (default 25 MiB, the reader's limit). */
  readonly maxBytes?: number;
  /** Whole fetch, redirects included (default 20 s). */
  readonly timeoutMs?: number;
  readonly maxRedirects?: number;
  /** Tests only: lets 127.0.0.1 and ::1 through, so a local test server can be fetched. */
  readonly allowLoopback?: boolean;
  /** Resolves a host name to its addresses (default: the system resolver); tests swap it. */
  readonly resolve?: (hostname: string) => Promise<string[]>;
}

/** What was fetched. */
export interface FetchedDocument {
  readonly bytes: Uint8Array;
  readonly mediaType?: string;
  /** The URL after redirects: the document's `url`. */
  readonly url: string;
  /** A file name from the path, for format detection and messages. */
  readonly fileName?: string;
}

/** A URL Concord will not fetch, or a fetch that failed; `code` is stable. */
export class FetchRefusedError extends Error {
  readonly code: 'refused-address' | 'bad-url' | 'too-large' | 'timeout' | 'http-error' | 'too-many-redirects';
  constructor(code: FetchRefusedError['code'], message: string) {
    super(message);
    this.name = 'FetchRefusedError';
    this.code = code;
  }
}

const systemResolve = async (hostname: string) => (await dnsLookup(hostname, { all: true })).map((a) => a.address);

/**
 * Fetches `url` under the policy. Throws `FetchRefusedError`.
 * @example const { bytes, url } = await fetchUrl('https://example.org/statement.html');
 */
export async function fetchUrl(url: string, options: FetchUrlOptions = {}): Promise<FetchedDocument> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  let current = parseUrl(url);
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    const address = await checkedAddress(current, options);
    const response = await get(current, address, deadline);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume();
      current = parseUrl(new URL(location, current).href);
      continue;
    }
    if (response.statusCode !== 200) {
      response.resume();
      throw new FetchRefusedError('http-error', `${current.href} answered ${response.statusCode}`);
    }
    const bytes = await readCapped(response, options.maxBytes ?? 25 * 1024 * 1024, deadline, current.href);
    const name = basename(decodeURIComponent(current.pathname));
    return {
      bytes,
      url: current.href,
      ...(response.headers['content-type'] ? { mediaType: response.headers['content-type'] } : {}),
      ...(name ? { fileName: name } : {}),
    };
  }
  throw new FetchRefusedError('too-many-redirects', `${url} redirects more than ${options.maxRedirects ?? 5} times`);
}

function parseUrl(text: string): URL {
  if (!URL.canParse(text)) throw new FetchRefusedError('bad-url', `"${text}" is not a URL`);
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefusedError('bad-url', `${url.protocol} URLs are not fetched: use http or https`);
  if (url.username || url.password) throw new FetchRefusedError('bad-url', 'URLs with credentials are not fetched');
  return url;
}

/** Resolves the host once and checks every answer; any refused answer refuses the host. */
async function checkedAddress(url: URL, options: FetchUrlOptions): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await (options.resolve ?? systemResolve)(host).catch(() => []);
  if (!addresses.length) throw new FetchRefusedError('bad-url', `${url.hostname} does not resolve`);
  for (const address of addresses) {
    const why = refusalOf(address, { allowLoopback: options.allowLoopback });
    if (why) throw new FetchRefusedError('refused-address', `${url.hostname} resolves to ${address}, ${why}`);
  }
  return addresses[0];
}

/** One GET to the checked address (TLS still verifies the certificate against the host name). */
function get(url: URL, address: string, deadline: number): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    const family = isIP(address);
    if ((options as { all?: boolean }).all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', lookup: pinned, headers: { 'user-agent': 'Concord' } }, resolve);
    req.setTimeout(Math.max(1, deadline - Date.now()), () =>
      req.destroy(new FetchRefusedError('timeout', `${url.href} took too long`)),
    );
    req.on('error', (error) =>
      reject(error instanceof FetchRefusedError ? error : new FetchRefusedError('http-error', error.message)),
    );
    req.end();
  });
}

/** Reads the body, stopping at the size cap and the deadline. */
function readCapped(response: IncomingMessage, maxBytes: number, deadline: number, href: string): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) {
    response.destroy();
    return Promise.reject(new FetchRefusedError('too-large', `${href} is ${declared} bytes, over ${maxBytes}`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(
      () => response.destroy(new FetchRefusedError('timeout', `${href} took too long`)),
      Math.max(1, deadline - Date.now()),
    );
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) response.destroy(new FetchRefusedError('too-large', `${href} is over ${maxBytes} bytes`));
      else chunks.push(chunk);
    });
    response.on('error', (error) => {
      clearTimeout(timer);
      reject(error instanceof FetchRefusedError ? error : new FetchRefusedError('http-error', error.message));
    });
    response.on('end', () => {
      clearTimeout(timer);
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
  });
}

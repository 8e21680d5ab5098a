import { ClaimDeskError } from '@claimdesk/shared';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

export interface UrlFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Lets the server fetch loopback/private/link-local addresses: for tests and closed intranets only. */
  allowPrivate: boolean;
}

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  url: string;
  html: string;
}

const MAX_REDIRECTS = 5;
const MAX_URL_LENGTH = 2048;
const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** Addresses a newsroom server must not be tricked into calling on a user's behalf (SSRF). */
const PRIVATE_ADDRESSES = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE_ADDRESSES.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE_ADDRESSES.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // IPv4-mapped IPv6 (::ffff:a.b.c.d) is refused outright; a BlockList rule for it would also match plain IPv4.
  if (family === 6 && /^::ffff:/i.test(address)) return true;
  return PRIVATE_ADDRESSES.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function fetchFailed(message: string, details?: Record<string, unknown>): ClaimDeskError {
  return new ClaimDeskError('URL_FETCH_FAILED', message, details);
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ClaimDeskError('VALIDATION_FAILED', 'url: not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fetchFailed('Only http and https URLs can be imported');
  }
  if (url.username || url.password) throw fetchFailed('URLs with credentials are not fetched');
  return url;
}

/**
 * Resolves the host and refuses private addresses before connecting. Checking inside the connection's own
 * look-up (rather than resolving once beforehand) means a DNS answer cannot change between check and use.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((
    hostname: string,
    options: { all?: boolean; family?: number },
    callback: (...args: unknown[]) => void,
  ) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error);
      const refused = allowPrivate ? undefined : addresses.find((entry) => isPrivateAddress(entry.address));
      if (refused) return callback(new PrivateAddressError(hostname));
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`));
      return callback(null, first.address, first.family);
    });
  }) as unknown as LookupFunction;
}

class PrivateAddressError extends Error {
  constructor(readonly hostname: string) {
    super(`${hostname} resolves to a private, loopback or link-local address`);
  }
}

/** Fetches an HTML page with a deadline, a size cap, a content-type check and every redirect re-checked. */
export async function fetchArticlePage(rawUrl: string, options: UrlFetchOptions): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = parseHttpUrl(rawUrl);
  // Checked as it will be stored: encoding can make an address longer than what was typed ("é" → "%C3%A9").
  if (url.toString().length > MAX_URL_LENGTH) {
    throw new ClaimDeskError(
      'VALIDATION_FAILED',
      `url: longer than ${MAX_URL_LENGTH} characters once encoded`,
      {
        fields: [
          { field: 'url', problems: [`url is longer than ${MAX_URL_LENGTH} characters once encoded`] },
        ],
      },
    );
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const response = await request(url, options, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      url = parseHttpUrl(redirectTarget(location, url));
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw fetchFailed(`The page answered HTTP ${status}`, { status, url: url.toString() });
    }
    const contentType = String(response.headers['content-type'] ?? '').toLowerCase();
    if (!HTML_TYPES.some((type) => contentType.startsWith(type))) {
      response.resume();
      throw fetchFailed(`The URL is not an HTML page (content type: ${contentType || 'none'})`, {
        contentType,
      });
    }
    const body = await readCapped(response, decompressed(response), options.maxBytes, signal);
    return { url: url.toString(), html: decodeBody(body, contentType) };
  }
  throw fetchFailed(`More than ${MAX_REDIRECTS} redirects`);
}

/** A redirect's Location, resolved against the page that sent it; a malformed one is the page's fault (422). */
function redirectTarget(location: string, from: URL): string {
  let target: string;
  try {
    target = new URL(location, from).toString();
  } catch {
    throw fetchFailed('The page redirected to an address that is not a valid URL', { location });
  }
  // The article keeps the address it was found at, in a column of this size.
  if (target.length > MAX_URL_LENGTH) {
    throw fetchFailed(`The page redirected to an address longer than ${MAX_URL_LENGTH} characters`);
  }
  return target;
}

/**
 * The body as the page meant it. The request asks for no compression, but some servers compress anyway: their
 * bytes would otherwise be imported as the article's text. The size cap then applies to the decompressed
 * bytes, so a small compressed body cannot expand past it.
 */
export function decompressed(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding === 'identity' || encoding === '') return response;
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (decoder === null) {
    response.destroy();
    throw fetchFailed(`The page is sent with an encoding ClaimDesk cannot read (${encoding})`, { encoding });
  }
  response.on('error', (error) => decoder.destroy(error));
  // pipe() only unpipes on a decoding error; the connection must close too, not wait for the deadline.
  decoder.on('error', () => response.destroy());
  return response.pipe(decoder);
}

function request(url: URL, options: UrlFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Literal IPs skip the DNS look-up, so they are checked here.
  if (isIP(host) !== 0 && !options.allowPrivate && isPrivateAddress(host)) {
    return Promise.reject(
      fetchFailed('Private, loopback and link-local addresses cannot be fetched', { host }),
    );
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.get(
      url,
      {
        lookup: guardedLookup(options.allowPrivate),
        signal,
        headers: { 'user-agent': 'ClaimDesk article import', accept: 'text/html,application/xhtml+xml' },
      },
      resolve,
    );
    outgoing.on('error', (error: Error) => reject(describeFailure(error, url, options)));
  });
}

function describeFailure(error: Error, url: URL, options: UrlFetchOptions): ClaimDeskError {
  if (error instanceof ClaimDeskError) return error;
  if (error instanceof PrivateAddressError) {
    return fetchFailed('Private, loopback and link-local addresses cannot be fetched', {
      host: error.hostname,
    });
  }
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return fetchFailed(`The page did not answer within ${options.timeoutMs / 1000} s`, {
      url: url.toString(),
    });
  }
  const code = (error as NodeJS.ErrnoException).code;
  return fetchFailed(`The page could not be reached (${code ?? error.message})`, { url: url.toString() });
}

/** Reads body (the response itself, or its decompression) up to maxBytes. */
function readCapped(
  response: IncomingMessage,
  body: Readable,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(fetchFailed(`The page is larger than ${maxBytes} bytes`, { maxBytes }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        body.destroy();
        reject(fetchFailed(`The page is larger than ${maxBytes} bytes`, { maxBytes }));
        return;
      }
      chunks.push(chunk);
    });
    body.on('end', () => resolve(Buffer.concat(chunks)));
    body.on('error', (error) => {
      const timedOut = signal.aborted;
      reject(
        fetchFailed(
          timedOut ? 'The page took too long to download' : `The download failed (${error.message})`,
        ),
      );
    });
    response.on('aborted', () => reject(fetchFailed('The download was cut off')));
  });
}

/** The charset from the header, else from a <meta> in the first bytes, else UTF-8. */
function decodeBody(body: Buffer, contentType: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const head = body.subarray(0, 2048).toString('latin1');
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(fromHeader ?? fromMeta ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

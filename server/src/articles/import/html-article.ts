import { ClaimDeskError } from '@claimdesk/shared';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { replaceLoneSurrogates } from '../../common/unicode-text';

export interface ParsedArticle {
  text: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
// Never article text, whatever readability decides; scripts above all must not leak into claims.
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'OBJECT',
  'HEAD',
]);

// Without readability's judgement, at least leave out the page furniture around the story.
const FALLBACK_SKIPPED = new Set([...SKIPPED, 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON']);

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Main text and metadata of an HTML page: @mozilla/readability on a linkedom DOM picks the article body,
 * then a block-aware walk turns it into paragraphs separated by blank lines (readability's own textContent
 * glues paragraphs together). Pages readability cannot make sense of fall back to their whole body.
 */
export function parseHtmlArticle(html: string): ParsedArticle {
  if (tagDepthExceeds(html, MAX_TAG_DEPTH)) {
    throw new ClaimDeskError(
      'UNPROCESSABLE',
      `The page nests its HTML more than ${MAX_TAG_DEPTH} elements deep; no article does, so it is not read`,
    );
  }
  // linkedom builds no <html>/<body> around a bare fragment, and readability needs a whole document.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const head = metadataFromHead(document);
  const scripts = document.querySelectorAll('script, style, noscript, template') as ArrayLike<{
    remove(): void;
  }>;
  for (const element of Array.from(scripts)) element.remove();
  let parsed: ReturnType<Readability['parse']> = null;
  // Readability's time grows steeply with nesting (1,000 levels took 7 s, 5,000 took two minutes), so a page
  // nested deeper than any real article goes straight to the plain walk below.
  if (depthOf(document.documentElement as unknown as DomNode) <= MAX_READABLE_DEPTH) {
    try {
      parsed = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 200 }).parse();
    } catch {
      // Readability gives up on some odd pages; the fallback below still finds their text.
      parsed = null;
    }
  }
  let text = parsed?.content ? blocksToText(bodyOf(parsed.content)) : '';
  if (!text) text = blocksToText(mainPartOf(page), FALLBACK_SKIPPED);
  return {
    text: storableText(text),
    title: clean(parsed?.title) ?? head.title,
    author: clean(parsed?.byline) ?? head.author,
    outlet: clean(parsed?.siteName) ?? head.outlet,
    publishedAt: isoDate(parsed?.publishedTime) ?? head.publishedAt,
  };
}

function metadataFromHead(document: {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
}): ParsedArticle {
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content'));
  return {
    text: '',
    title: meta('meta[property="og:title"]') ?? clean(document.querySelector('title')?.textContent),
    author: meta('meta[name="author"]'),
    outlet: meta('meta[property="og:site_name"]'),
    publishedAt: isoDate(meta('meta[property="article:published_time"]')),
  };
}

function bodyOf(fragment: string): DomNode | null {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  return document.body as unknown as DomNode | null;
}

function mainPartOf(html: string): DomNode | null {
  const { document } = parseHTML(html);
  const main = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  return main as unknown as DomNode | null;
}

function blocksToText(root: DomNode | null | undefined, skipped: ReadonlySet<string> = SKIPPED): string {
  if (!root) return '';
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  // An explicit stack rather than recursion: a page may nest thousands of elements deep.
  const FLUSH = null;
  const pending: (DomNode | typeof FLUSH)[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === FLUSH) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (skipped.has(name)) continue;
    if (name === 'BR') {
      current += ' ';
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      flush();
      pending.push(FLUSH);
    }
    const children = node.childNodes;
    for (let k = children.length - 1; k >= 0; k--) pending.push(children[k]);
  }
  flush();
  return paragraphs.join('\n\n');
}

function clean(value: string | null | undefined): string | null {
  const text = value === null || value === undefined ? '' : storableText(value).replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * Parsing time grows faster than the page with nesting (50,000 levels: about 4 s), so HTML nested deeper than
 * this is refused before it is parsed.
 */
export const MAX_TAG_DEPTH = 5_000;

/** Elements that close themselves or are often left open; counting them would overstate the depth. */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option'.split(
    ' ',
  ),
);
/** Elements whose content is text up to their end tag, so tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const TAG_START = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;

/**
 * Whether the tags of html open more than limit elements at once, read without a parser in one pass (parsers,
 * linkedom's and htmlparser2's alike, take time growing with the square of the depth). As HTML reads them: a
 * stray end tag closes nothing (depth never goes below zero), `<div/>` opens a div (the slash means nothing on
 * an ordinary element), and comments and the text of script, style and the like hold no tags.
 */
function tagDepthExceeds(html: string, limit: number): boolean {
  const lower = html.toLowerCase();
  let depth = 0;
  let close = -1;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    if (html.startsWith('!--', at + 1)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) return false; // the rest is a comment
      at = end + 2;
      continue;
    }
    // One search for the next ">" serves every "<" before it, so "<a<a<a…" stays linear.
    if (close < at) close = html.indexOf('>', at);
    if (close === -1) return false; // no tag can end any more
    const tag = TAG_START.exec(html.slice(at, Math.min(close + 1, at + 64)));
    if (tag === null) continue;
    const name = tag[2].toLowerCase();
    if (tag[1] === '/') {
      if (!NOT_NESTING.has(name)) depth = Math.max(0, depth - 1);
    } else if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, close);
      if (end === -1) return false; // the rest is its text
      at = end;
      continue;
    } else if (!NOT_NESTING.has(name) && ++depth > limit) return true;
    at = close;
  }
  return false;
}

/** Real article pages nest a few dozen elements deep; this is far beyond them. */
export const MAX_READABLE_DEPTH = 150;

/** How deep the element tree goes below root, counted without recursion and without going past the limit. */
function depthOf(root: DomNode | null): number {
  if (!root) return 0;
  let deepest = 0;
  const pending: [DomNode, number][] = [[root, 0]];
  while (pending.length > 0 && deepest <= MAX_READABLE_DEPTH) {
    const [node, depth] = pending.pop()!;
    if (depth > deepest) deepest = depth;
    const children = node.childNodes;
    for (let k = 0; k < children.length; k++) {
      if (children[k].nodeType === 1) pending.push([children[k], depth + 1]);
    }
  }
  return deepest;
}

/**
 * Text taken from a page is ours to shape (it is not kept byte for byte like a .txt file): U+0000, which
 * PostgreSQL cannot store and HTML parsers pass through, is dropped, and a lone surrogate (from a character
 * reference such as &#xD800;) becomes U+FFFD, as the HTML standard says it should.
 */
export function storableText(text: string): string {
  return replaceLoneSurrogates(text.replaceAll('\u0000', ''));
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

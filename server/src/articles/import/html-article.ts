import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

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
  // linkedom builds no <html>/<body> around a bare fragment, and readability needs a whole document.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const head = metadataFromHead(document);
  const scripts = document.querySelectorAll('script, style, noscript, template') as ArrayLike<{
    remove(): void;
  }>;
  for (const element of Array.from(scripts)) element.remove();
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 200 }).parse();
  } catch {
    // Readability gives up on some odd pages; the fallback below still finds their text.
    parsed = null;
  }
  let text = parsed?.content ? blocksToText(bodyOf(parsed.content)) : '';
  if (!text) text = blocksToText(mainPartOf(page), FALLBACK_SKIPPED);
  return {
    text,
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
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (skipped.has(name)) return;
    if (name === 'BR') {
      current += ' ';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

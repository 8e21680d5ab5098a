import MarkdownIt from 'markdown-it';
import { FilterXSS, escapeAttrValue, type IWhiteList } from 'xss';

/**
 * A verdict's Markdown rationale as HTML the client may insert as-is. markdown-it renders with raw HTML
 * switched off (typed tags come out as text), then an allow-list filter keeps only plain formatting as a
 * second line of defence: no scripts, handlers, styles, forms or images (remote images would let a rationale
 * track its readers), and links only to http(s) or mailto.
 * (DOMPurify would need jsdom, which Jest on Node 20 cannot load; with linkedom it returns input unsanitised.)
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false });

const TEXT_TAGS = [
  'p',
  'br',
  'hr',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const TABLE_TAGS = ['table', 'thead', 'tbody', 'tr', 'th', 'td'];

const allowList: IWhiteList = {
  ...Object.fromEntries([...TEXT_TAGS, ...HEADINGS, ...TABLE_TAGS].map((tag) => [tag, []])),
  ol: ['start'],
  a: ['href', 'title'],
};

const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

const filter = new FilterXSS({
  whiteList: allowList,
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  allowCommentTag: false,
  onTagAttr: (tag, name, value) => {
    if (tag !== 'a' || name !== 'href') return undefined;
    // Returning an empty string drops the attribute; the default check would also let relative and data: through.
    if (!SAFE_LINK.test(value.trim())) return '';
    return `href="${escapeAttrValue(value.trim())}" rel="noopener noreferrer nofollow"`;
  },
});

export function renderRationale(rationale: string): string {
  return filter.process(markdown.render(rationale));
}

import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false });

type Token = ReturnType<typeof markdown.parse>[number];

/** The text of an inline token's children: emphasis marks dropped, links as "text (address)" when they differ. */
function inlineText(children: readonly Token[]): string {
  let text = '';
  let href: string | null = null;
  let linkText = '';
  for (const child of children) {
    if (child.type === 'link_open') {
      href = String(child.attrGet('href') ?? '');
      linkText = '';
      continue;
    }
    if (child.type === 'link_close') {
      const shown = linkText.trim();
      text += href && href !== shown && `mailto:${shown}` !== href ? `${linkText} (${href})` : linkText;
      href = null;
      continue;
    }
    const piece =
      child.type === 'softbreak'
        ? ' '
        : child.type === 'hardbreak'
          ? '\n'
          : child.type === 'image'
            ? ''
            : child.content;
    if (href !== null) linkText += piece;
    else text += piece;
  }
  return text;
}

const LIST_ITEM = /^\s*(?:•|\d+\.) /;
const isItem = (block: string) => LIST_ITEM.test(block);

/**
 * A verdict's Markdown rationale as plain text, for a format that cannot show Markdown (the PDF report):
 * paragraphs and headings as paragraphs, list items with a bullet or their number, quotes indented, code as
 * written; **, _ and other marks are gone. Raw HTML stays text, as on screen (markdown-it runs with html off).
 */
export function rationaleText(rationale: string): string {
  const blocks: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let quoteDepth = 0;
  let prefix: string | null = null;
  for (const token of markdown.parse(rationale, {})) {
    switch (token.type) {
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        prefix = `${indent}${list?.ordered ? `${list.next++}.` : '•'} `;
        break;
      }
      case 'blockquote_open':
        quoteDepth += 1;
        break;
      case 'blockquote_close':
        quoteDepth -= 1;
        break;
      case 'inline': {
        const quote = '    '.repeat(quoteDepth);
        blocks.push(`${quote}${prefix ?? ''}${inlineText(token.children ?? [])}`);
        prefix = null;
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push(token.content.replace(/\n$/, ''));
        break;
      default:
        break;
    }
  }
  // List items follow one another line by line; every other block has a blank line before it.
  return blocks
    .map((block, i) => (i > 0 && !(isItem(block) && isItem(blocks[i - 1])) ? `\n${block}` : block))
    .join('\n')
    .trim();
}

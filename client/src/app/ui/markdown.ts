import { isHttpUrl } from './validators';

/*
 * A small Markdown subset (paragraphs, headings, lists, quotes; bold, italics, code, http(s) links) parsed
 * into plain data that a template renders as elements and text nodes. Nothing is ever handed to innerHTML,
 * so a rationale containing <script> shows as those characters.
 */

export type MarkdownInline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em' | 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type MarkdownBlock =
  | { kind: 'paragraph' | 'quote'; inlines: MarkdownInline[] }
  | { kind: 'heading'; level: 3 | 4 | 5; inlines: MarkdownInline[] }
  | { kind: 'list'; ordered: boolean; items: MarkdownInline[][] };

const INLINE = /\*\*([^*]+)\*\*|\*([^*]+)\*|_([^_]+)_|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): MarkdownInline[] {
  const out: MarkdownInline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    const [whole, strong, em, em2, code, linkText, href] = match;
    if (strong !== undefined) out.push({ kind: 'strong', text: strong });
    else if (em !== undefined || em2 !== undefined) out.push({ kind: 'em', text: em ?? em2 });
    else if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (isHttpUrl(href)) out.push({ kind: 'link', text: linkText, href });
    else out.push({ kind: 'text', text: whole });
    last = match.index + whole.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export function parseMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const heading = /^(#{1,3})\s+(.*)$/.exec(lines[0]);
    if (heading && lines.length === 1) {
      blocks.push({
        kind: 'heading',
        level: (heading[1].length + 2) as 3 | 4 | 5,
        inlines: parseInline(heading[2]),
      });
    } else if (lines.every((line) => /^\s*[-*+]\s+/.test(line))) {
      blocks.push({
        kind: 'list',
        ordered: false,
        items: lines.map((l) => parseInline(l.replace(/^\s*[-*+]\s+/, ''))),
      });
    } else if (lines.every((line) => /^\s*\d+[.)]\s+/.test(line))) {
      blocks.push({
        kind: 'list',
        ordered: true,
        items: lines.map((l) => parseInline(l.replace(/^\s*\d+[.)]\s+/, ''))),
      });
    } else if (lines.every((line) => line.startsWith('>'))) {
      blocks.push({
        kind: 'quote',
        inlines: parseInline(lines.map((l) => l.replace(/^>\s?/, '')).join(' ')),
      });
    } else {
      blocks.push({ kind: 'paragraph', inlines: parseInline(lines.join(' ')) });
    }
  }
  return blocks;
}

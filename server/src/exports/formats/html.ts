import { CLAIM_STATE_INFO } from '@claimdesk/shared';
import { renderRationale } from '../../reviews/rationale-html';
import { claimAsChecked, reportUrl, type ExportRow, type Publisher, type ReportArticle } from '../export-row';
import { buildClaimReview } from './claim-review';
import type { PageEncoder } from './encoder';
import {
  articleByline,
  displayDate,
  isReworded,
  isWebUrl,
  NO_APPROVED_CLAIMS,
  ratingLabel,
} from './report-text';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** Turns a Markdown rationale into safe HTML; by default the workflow's own sanitising renderer. */
export type RationaleRenderer = (rationale: string) => string;

/**
 * JSON inside <script type="application/ld+json">: `<` as \u003c so no text can close the script element,
 * and U+2028/2029 escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Served with the public report so a bug in escaping still cannot run script or load anything. */
export const REPORT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d8d8d8; --accent: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.25rem 4rem; font: 1rem/1.55 Georgia, "Times New Roman", serif; color: var(--ink); }
header { border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; padding-bottom: 1rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .5rem; }
.byline, .meta { color: var(--muted); font: .9rem/1.4 system-ui, sans-serif; margin: .25rem 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
article.claim { border-top: 1px solid var(--rule); padding: 1.25rem 0; }
article.claim h2 { font: 600 .85rem/1.3 system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); margin: 0 0 .5rem; }
blockquote { margin: 0 0 .75rem; padding-left: 1rem; border-left: 4px solid var(--rule); font-size: 1.15rem; }
.rating { display: inline-block; font: 700 .95rem/1 system-ui, sans-serif; padding: .35rem .6rem; border: 2px solid var(--ink); border-radius: .25rem; margin: 0 0 .75rem; }
.sources ol { padding-left: 1.5rem; margin: .25rem 0; }
.sources h3 { font: 600 .9rem/1.3 system-ui, sans-serif; margin: .75rem 0 .25rem; }
.empty { font-style: italic; color: var(--muted); }
footer { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .75rem; }
@media print {
  @page { margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  .sources a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; color: var(--muted); }
  article.claim { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
}
`;

/**
 * The print-ready HTML report of one article; also the public report page. Every piece of text goes through
 * escapeHtml; the only markup that comes from data is the rationale, through the workflow's sanitiser.
 * Each claim carries its ClaimReview as JSON-LD so search engines read the page as fact-check markup.
 */
export class HtmlReportEncoder implements PageEncoder {
  private count = 0;

  constructor(
    private readonly article: ReportArticle,
    private readonly publisher: Publisher,
    private readonly rationaleHtml: RationaleRenderer = renderRationale,
  ) {}

  start(): string {
    const { article, publisher } = this;
    const byline = articleByline(article);
    const source =
      article.url && isWebUrl(article.url)
        ? `<p class="meta">Article: <a href="${escapeHtml(article.url)}" rel="nofollow noopener">${escapeHtml(article.url)}</a></p>`
        : '';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fact-check: ${escapeHtml(article.title)} | ${escapeHtml(publisher.name)}</title>
<link rel="canonical" href="${escapeHtml(reportUrl(publisher, article.id))}">
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="meta">Fact-check report by <a href="${escapeHtml(publisher.url)}">${escapeHtml(publisher.name)}</a></p>
<h1>${escapeHtml(article.title)}</h1>
${byline ? `<p class="byline">${escapeHtml(byline)}</p>` : ''}
${source}
</header>
<main>
`;
  }

  page(rows: readonly ExportRow[]): string {
    return rows.map((row) => this.claim(row)).join('');
  }

  end(): string {
    const empty = this.count === 0 ? `<p class="empty">${escapeHtml(NO_APPROVED_CLAIMS)}</p>\n` : '';
    return `${empty}</main>
<footer><p class="meta">Published by ${escapeHtml(this.publisher.name)}. Ratings follow the ${escapeHtml(this.publisher.name)} verdict scale.</p></footer>
</body>
</html>
`;
  }

  private claim(row: ExportRow): string {
    this.count += 1;
    const approved = displayDate(row.approvedAt);
    const parts = [
      `<article class="claim" id="claim-${escapeHtml(row.claimId)}">`,
      `<h2>Claim ${this.count}</h2>`,
      `<blockquote>${escapeHtml(claimAsChecked(row))}</blockquote>`,
      isReworded(row) ? `<p class="meta">In the article: “${escapeHtml(row.claimText)}”</p>` : '',
      row.speaker ? `<p class="meta">Said by ${escapeHtml(row.speaker)}</p>` : '',
      `<p class="rating">Rating: ${escapeHtml(ratingLabel(row))}</p>`,
      row.rationale?.trim() ? `<div class="rationale">${this.rationaleHtml(row.rationale)}</div>` : '',
      sourcesHtml(row),
      approved ? `<p class="meta">Approved ${escapeHtml(approved)}</p>` : '',
      // Only approved verdicts are published fact-checks; an internal report of drafts carries no markup.
      row.state === 'approved'
        ? `<script type="application/ld+json">${jsonForScript(buildClaimReview(row, this.publisher))}</script>`
        : `<p class="meta">State: ${escapeHtml(CLAIM_STATE_INFO[row.state].label)}</p>`,
      '</article>\n',
    ];
    return parts.filter((part) => part !== '').join('\n');
  }
}

function sourcesHtml(row: ExportRow): string {
  if (row.sources.length === 0) return '';
  const items = row.sources.map((source) => {
    const label = escapeHtml(source.title.trim() || source.url || 'Source');
    const archive =
      source.archiveUrl && isWebUrl(source.archiveUrl)
        ? ` (<a href="${escapeHtml(source.archiveUrl)}" rel="nofollow noopener">archived</a>)`
        : '';
    if (!source.url || !isWebUrl(source.url)) return `<li>${label}${archive}</li>`;
    return `<li><a href="${escapeHtml(source.url)}" rel="nofollow noopener">${label}</a>${archive}</li>`;
  });
  return `<section class="sources"><h3>Sources</h3><ol>${items.join('')}</ol></section>`;
}

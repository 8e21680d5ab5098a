import {
  claimAsChecked,
  reportUrl,
  type ExportRow,
  type ExportSource,
  type Publisher,
  type ReportArticle,
} from '../export-row';
import type { PageEncoder } from './encoder';
import {
  articleByline,
  displayDate,
  isReworded,
  isWebUrl,
  NO_APPROVED_CLAIMS,
  ratingLabel,
} from './report-text';

// Characters that start Markdown or inline HTML; escaping them keeps article text from becoming markup in a CMS.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/** Escaped text over several lines, each kept as its own line (a trailing backslash is a Markdown line break). */
function markdownLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .join('\\\n');
}

/**
 * The rationale is Markdown already (the workflow renders it so), so it goes in as written, except that
 * `<` becomes an entity: raw HTML in a rationale must not come alive in whatever renders this report.
 */
function markdownRationale(rationale: string): string {
  return rationale.trim().replace(/</g, '&lt;');
}

/** An angle-bracket link target: encode what would end or break it. */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
}

/** The Markdown report of one article: title, byline, and each approved claim in article order. */
export class MarkdownReportEncoder implements PageEncoder {
  private count = 0;

  constructor(
    private readonly article: ReportArticle,
    private readonly publisher: Publisher,
  ) {}

  start(): string {
    const lines = [`# ${escapeMarkdown(this.article.title)}`, ''];
    const byline = articleByline(this.article);
    if (byline) lines.push(escapeMarkdown(byline), '');
    if (this.article.url && isWebUrl(this.article.url))
      lines.push(`Article: ${linkTarget(this.article.url)}`, '');
    lines.push(
      `Fact-check report by ${escapeMarkdown(this.publisher.name)}: ${linkTarget(reportUrl(this.publisher, this.article.id))}`,
      '',
    );
    return lines.join('\n') + '\n';
  }

  page(rows: readonly ExportRow[]): string {
    return rows.map((row) => this.claim(row)).join('');
  }

  end(): string {
    return this.count === 0 ? `_${escapeMarkdown(NO_APPROVED_CLAIMS)}_\n` : '';
  }

  private claim(row: ExportRow): string {
    this.count += 1;
    const lines = [
      `## Claim ${this.count}: ${ratingLabel(row)}`,
      '',
      `> ${markdownLines(claimAsChecked(row)).replace(/\n/g, '\n> ')}`,
      '',
    ];
    if (isReworded(row)) lines.push(`In the article: “${markdownLines(row.claimText)}”`, '');
    if (row.speaker) lines.push(`Speaker: ${escapeMarkdown(row.speaker)}`, '');
    lines.push(`**Rating: ${escapeMarkdown(ratingLabel(row))}**`, '');
    if (row.rationale?.trim()) lines.push(markdownRationale(row.rationale), '');
    if (row.sources.length > 0) {
      lines.push('Sources:', '');
      row.sources.forEach((source, index) => lines.push(`${index + 1}. ${sourceLine(source)}`));
      lines.push('');
    }
    const approved = displayDate(row.approvedAt);
    if (approved) lines.push(`_Approved ${approved}_`, '');
    return lines.join('\n') + '\n';
  }
}

function sourceLine(source: ExportSource): string {
  const title = escapeMarkdown(source.title);
  const archive =
    source.archiveUrl && isWebUrl(source.archiveUrl) ? ` (archived: ${linkTarget(source.archiveUrl)})` : '';
  if (!source.url) return title + archive;
  if (!isWebUrl(source.url)) return `${title}: ${escapeMarkdown(source.url)}${archive}`;
  return `${title}: ${linkTarget(source.url)}${archive}`;
}

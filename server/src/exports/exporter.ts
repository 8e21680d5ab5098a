import { Readable } from 'node:stream';
import { ClaimDeskError } from '@claimdesk/shared';
import { fromAfterTo } from '../common/errors/field-problem';
import type { DataSource } from 'typeorm';
import { Article } from '../articles/article.entity';
import { UserEntity } from '../users/user.entity';
import {
  CONTENT_TYPES,
  type ClaimExportFormat,
  type ExportFormat,
  type ReportFormat,
} from './export-formats';
import type { ExportRow, Publisher, ReportArticle } from './export-row';
import { readExportPages, type ExportFilter } from './export-rows';
import { ClaimReviewEncoder } from './formats/claim-review';
import { CsvEncoder } from './formats/csv';
import type { PageEncoder } from './formats/encoder';
import { HtmlReportEncoder } from './formats/html';
import { MarkdownReportEncoder } from './formats/markdown';
import { pdfReport } from './formats/pdf';

/** A finished export, ready to pipe to an HTTP response or a file. Nothing is read until `body` is. */
export interface ExportDocument {
  format: ExportFormat;
  contentType: string;
  filename: string;
  body: Readable;
}

/** The filters as a request or the CLI gives them, validated for shape (ExportClaimsQuery) but not for meaning. */
export interface ExportRequest {
  internal?: boolean;
  article?: string;
  from?: string;
  to?: string;
  rating?: ExportFilter['ratings'];
  checker?: string;
  state?: ExportFilter['states'];
  bom?: boolean;
}

/**
 * Builds exports from the database; shared by the HTTP service and the CLI so both give the same file.
 * Checks everything that needs the database (the article and checker exist) before any byte is produced,
 * so those refusals are clean 4xx answers rather than a broken download.
 */
export class Exporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: Publisher,
    private readonly pageSize?: number,
  ) {}

  async claims(format: ClaimExportFormat, request: ExportRequest): Promise<ExportDocument> {
    const filter = await this.resolveFilter(request);
    const encoder =
      format === 'csv' ? new CsvEncoder({ bom: request.bom }) : new ClaimReviewEncoder(this.publisher);
    const scope = filter.scope === 'internal' ? 'internal-' : '';
    return {
      format,
      contentType: CONTENT_TYPES[format],
      filename: `claimdesk-${scope}claims-${today()}.${format === 'csv' ? 'csv' : 'jsonld'}`,
      body: Readable.from(encodePages(encoder, this.pages(filter))),
    };
  }

  async report(articleId: string, format: ReportFormat, internal = false): Promise<ExportDocument> {
    const article = await this.findArticle(articleId);
    const filter: ExportFilter = { scope: internal ? 'internal' : 'public', articleId };
    const filename = `claimdesk-${internal ? 'internal-' : ''}report-${slug(article.title)}.${format}`;
    const document = { format, contentType: CONTENT_TYPES[format], filename };
    switch (format) {
      case 'md':
        return {
          ...document,
          body: Readable.from(
            encodePages(new MarkdownReportEncoder(article, this.publisher), this.pages(filter)),
          ),
        };
      case 'html':
        return {
          ...document,
          body: Readable.from(
            encodePages(new HtmlReportEncoder(article, this.publisher), this.pages(filter)),
          ),
        };
      case 'pdf':
        return { ...document, body: pdfReport(article, this.publisher, this.pages(filter)) };
      default: {
        const unknown: never = format;
        throw new Error(`Unhandled report format ${String(unknown)}`);
      }
    }
  }

  /** Turns request filters into a reader filter: dates to an approval-time range, ids checked against the database. */
  async resolveFilter(request: ExportRequest): Promise<ExportFilter> {
    if (request.state?.length && !request.internal) {
      throw new ClaimDeskError(
        'VALIDATION_FAILED',
        'Filtering by state needs the internal export (internal=true)',
        {
          fields: [{ field: 'state', problems: ['state is only allowed with internal=true'] }],
        },
      );
    }
    const approvedFrom = request.from ? startOf(request.from) : undefined;
    const approvedBefore = request.to ? endOf(request.to) : undefined;
    if (approvedFrom && approvedBefore && approvedFrom >= approvedBefore) throw fromAfterTo();
    if (request.article) await this.findArticle(request.article);
    if (request.checker) await this.findChecker(request.checker);
    return {
      scope: request.internal ? 'internal' : 'public',
      articleId: request.article,
      approvedFrom,
      approvedBefore,
      ratings: request.rating,
      checkerId: request.checker,
      states: request.state,
    };
  }

  private pages(filter: ExportFilter): AsyncGenerator<ExportRow[]> {
    return readExportPages(this.dataSource, filter, this.pageSize);
  }

  private async findArticle(id: string): Promise<ReportArticle> {
    const article = await this.dataSource.getRepository(Article).findOne({
      where: { id },
      select: { id: true, title: true, outlet: true, author: true, url: true, publishedAt: true },
    });
    if (!article) throw new ClaimDeskError('NOT_FOUND', `No article with id ${id}`, { articleId: id });
    return article;
  }

  private async findChecker(id: string): Promise<void> {
    const exists = await this.dataSource.getRepository(UserEntity).exists({ where: { id } });
    if (!exists) throw new ClaimDeskError('NOT_FOUND', `No user with id ${id}`, { checkerId: id });
  }
}

/** One chunk per page: the frame, then each page's encoded rows as they are read. */
async function* encodePages(
  encoder: PageEncoder,
  pages: AsyncIterable<readonly ExportRow[]>,
): AsyncGenerator<string> {
  yield encoder.start();
  for await (const rows of pages) {
    const chunk = encoder.page(rows);
    if (chunk) yield chunk;
  }
  yield encoder.end();
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The first instant of a date, or the timestamp itself, as ISO UTC (the format approval times are stored in). */
function startOf(value: string): string {
  return DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : new Date(value).toISOString();
}

/** The exclusive end: the next day for a date (so `to` includes its whole day), just after a timestamp. */
function endOf(value: string): string {
  if (DATE_ONLY.test(value)) return new Date(Date.parse(`${value}T00:00:00.000Z`) + 86_400_000).toISOString();
  return new Date(Date.parse(value) + 1).toISOString();
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A file-name-safe form of an article title. */
function slug(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || 'article';
}

import { verdictInfo } from '@claimdesk/shared';
import { claimAsChecked, type ExportRow } from '../export-row';
import type { PageEncoder } from './encoder';

export const CSV_COLUMNS = [
  'article_id',
  'article_title',
  'article_outlet',
  'article_url',
  'article_published_at',
  'claim_id',
  'claim_text',
  'claim_as_checked',
  'speaker',
  'type',
  'state',
  'rating',
  'rating_label',
  'rationale',
  'source_urls',
  'checker',
  'approver',
  'approved_at',
  'claim_created_at',
  'claim_updated_at',
] as const;

/** Excel and LibreOffice read a leading byte-order mark as "this file is UTF-8". */
export const UTF8_BOM = '\uFEFF';

// A spreadsheet treats a cell starting with one of these as a formula (tab and CR hide one from view).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): a cell that would start a formula
 * gets a leading apostrophe, which the spreadsheet shows as text instead of evaluating.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function csvRecord(row: ExportRow): string[] {
  const cells = [
    row.articleId,
    row.articleTitle,
    row.articleOutlet ?? '',
    row.articleUrl ?? '',
    row.articlePublishedAt ?? '',
    row.claimId,
    row.claimText,
    claimAsChecked(row),
    row.speaker ?? '',
    row.type,
    row.state,
    row.rating ?? '',
    row.rating ? verdictInfo(row.rating).label : '',
    row.rationale ?? '',
    // One URL per line inside the cell: URLs never contain a raw line break, and spreadsheets show it as a list.
    row.sources.flatMap((source) => (source.url ? [source.url] : [])).join('\n'),
    row.checkerName ?? '',
    row.approverName ?? '',
    row.approvedAt ?? '',
    row.claimCreatedAt,
    row.claimUpdatedAt,
  ];
  return cells.map(neutraliseFormula);
}

// RFC 4180: a field holding a quote, comma or line break is quoted, with inner quotes doubled.
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * RFC 4180 with CRLF after every record. Hand-written rather than csv-stringify: the rule is the six lines
 * above, and the bench (npm run bench:export) measured csv-stringify at three times the CPU per row.
 */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export class CsvEncoder implements PageEncoder {
  constructor(private readonly options: { bom?: boolean } = {}) {}

  start(): string {
    const header = csvLine(CSV_COLUMNS);
    return this.options.bom ? UTF8_BOM + header : header;
  }

  page(rows: readonly ExportRow[]): string {
    let out = '';
    for (const row of rows) out += csvLine(csvRecord(row));
    return out;
  }

  end(): string {
    return '';
  }
}

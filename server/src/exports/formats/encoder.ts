import type { ExportRow } from '../export-row';

/**
 * A text format written one page of rows at a time, so an export of any size holds one page in memory.
 * `start` and `end` frame the document (header row, JSON brackets, HTML head and foot).
 */
export interface PageEncoder {
  start(): string;
  page(rows: readonly ExportRow[]): string;
  end(): string;
}

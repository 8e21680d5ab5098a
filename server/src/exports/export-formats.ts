import { ClaimDeskError } from '@claimdesk/shared';

/** Formats of the claims export (many articles, one row per claim). */
export const CLAIM_EXPORT_FORMATS = ['csv', 'jsonld'] as const;
export type ClaimExportFormat = (typeof CLAIM_EXPORT_FORMATS)[number];

/** Formats of an article's report (one document a person reads). */
export const REPORT_FORMATS = ['md', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type ExportFormat = ClaimExportFormat | ReportFormat;

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonld: 'application/ld+json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

export function claimExportFormat(value: string): ClaimExportFormat {
  if ((CLAIM_EXPORT_FORMATS as readonly string[]).includes(value)) return value as ClaimExportFormat;
  throw unknownFormat(value, CLAIM_EXPORT_FORMATS);
}

export function reportFormat(value: string): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw unknownFormat(value, REPORT_FORMATS);
}

function unknownFormat(value: string, known: readonly string[]): ClaimDeskError {
  return new ClaimDeskError(
    'VALIDATION_FAILED',
    `Unknown format "${value}"; use one of ${known.join(', ')}`,
    {
      fields: [{ field: 'format', problems: [`format must be one of ${known.join(', ')}`] }],
    },
  );
}

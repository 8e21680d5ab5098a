import { Injectable } from '@nestjs/common';
import { can, ClaimDeskError } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../auth/session-user';
import { AppConfig } from '../config/app-config';
import { claimExportFormat, reportFormat } from './export-formats';
import { Exporter, type ExportDocument, type ExportRequest } from './exporter';

/** Who may export what: everyone with exports.public gets approved claims; exports.internal unlocks every state. */
@Injectable()
export class ExportsService {
  private readonly exporter: Exporter;

  constructor(dataSource: DataSource, config: AppConfig) {
    this.exporter = new Exporter(dataSource, config.publisher);
  }

  claims(format: string, request: ExportRequest, user: SessionUser): Promise<ExportDocument> {
    const known = claimExportFormat(format);
    assertMayExport(request.internal, user);
    return this.exporter.claims(known, request);
  }

  articleReport(
    articleId: string,
    format: string,
    internal: boolean | undefined,
    user: SessionUser,
  ): Promise<ExportDocument> {
    const known = reportFormat(format);
    assertMayExport(internal, user);
    return this.exporter.report(articleId, known, internal === true);
  }

  /** The public page: approved claims only, whoever asks. */
  publicReport(articleId: string): Promise<ExportDocument> {
    return this.exporter.report(articleId, 'html', false);
  }
}

function assertMayExport(internal: boolean | undefined, user: SessionUser): void {
  if (!internal || can(user.role, 'exports.internal')) return;
  throw new ClaimDeskError('FORBIDDEN', `Your role (${user.role}) may export approved claims only`, {
    permission: 'exports.internal',
  });
}

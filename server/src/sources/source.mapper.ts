import type { SourceDto } from '@claimdesk/shared';
import type { ClaimSource } from './claim-source.entity';
import type { SourceDocument } from './source-document.entity';

export function toSourceDto(source: ClaimSource, document: SourceDocument): SourceDto {
  return {
    id: source.id,
    claimId: source.claimId,
    documentId: document.id,
    url: document.url,
    title: document.title,
    publisher: document.publisher,
    kind: document.kind,
    excerpt: source.excerpt,
    stance: source.stance,
    accessedAt: source.accessedAt,
    archiveUrl: source.archiveUrl,
    note: source.note,
    createdBy: source.createdBy,
    createdAt: source.createdAt,
    updatedAt: source.updatedAt,
  };
}

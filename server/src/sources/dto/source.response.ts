import { ApiProperty } from '@nestjs/swagger';
import {
  SOURCE_KINDS,
  SOURCE_STANCES,
  type SourceDto,
  type SourceKind,
  type SourceStance,
  type SourceUsageDto,
} from '@claimdesk/shared';

export class SourceResponse implements SourceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ format: 'uuid', description: 'The shared document record; same URL, same record' })
  documentId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Normalised http(s) URL' }) url!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) publisher!: string | null;
  @ApiProperty({ enum: SOURCE_KINDS }) kind!: SourceKind;
  @ApiProperty({ type: String, nullable: true }) excerpt!: string | null;
  @ApiProperty({ enum: SOURCE_STANCES }) stance!: SourceStance;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) accessedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) archiveUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class SourceCitationResponse {
  @ApiProperty({ format: 'uuid' }) sourceId!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty({ enum: SOURCE_STANCES }) stance!: SourceStance;
}

export class SourceUsageResponse implements SourceUsageDto {
  @ApiProperty({ format: 'uuid' }) documentId!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) publisher!: string | null;
  @ApiProperty({ enum: SOURCE_KINDS }) kind!: SourceKind;
  @ApiProperty({ type: [SourceCitationResponse] }) citations!: SourceCitationResponse[];
}

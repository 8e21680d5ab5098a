import { ApiProperty } from '@nestjs/swagger';

export class CommentAuthorResponse {
  @ApiProperty() id!: string;
  @ApiProperty() displayName!: string;
}

export class CommentResponse {
  @ApiProperty() id!: string;
  @ApiProperty() claimId!: string;
  @ApiProperty() articleId!: string;
  @ApiProperty({ type: CommentAuthorResponse }) author!: CommentAuthorResponse;
  @ApiProperty({ type: String, nullable: true, description: 'Null once deleted' }) body!: string | null;
  @ApiProperty({ description: 'Deleted comments stay in the thread, shown as "deleted"' }) deleted!: boolean;
  @ApiProperty() edited!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) editedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deletedAt!: string | null;
  @ApiProperty({ format: 'date-time', description: 'The author may edit or delete until then' })
  editableUntil!: string;
}

export class CommentListResponse {
  @ApiProperty({ type: [CommentResponse], description: 'Oldest first' }) items!: CommentResponse[];
}

export class CommentRevisionResponse {
  @ApiProperty({ description: '1 is the text as first posted' }) revision!: number;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) writtenAt!: string;
}

export class CommentHistoryResponse {
  @ApiProperty({ type: [CommentRevisionResponse] }) revisions!: CommentRevisionResponse[];
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One message in a claim's thread. Deleting is soft: `deletedAt` set, `body` emptied, revisions kept. */
@Entity('comments')
export class CommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'claim_id', type: 'varchar', length: 36 })
  claimId!: string;

  /** Copied from the claim so events and audit entries reach the article's stream and trail. */
  @Column({ name: 'article_id', type: 'varchar', length: 36 })
  articleId!: string;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: Date, nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: Date, nullable: true })
  deletedAt!: Date | null;
}

/** Every text a comment has had: revision 1 as first posted, then one per edit. */
@Entity('comment_revisions')
export class CommentRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'comment_id', type: 'varchar', length: 36 })
  commentId!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'written_at', type: Date })
  writtenAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An imported article. `text` is kept exactly as imported: every claim offset points into it. */
@Entity('articles')
export class Article {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  outlet!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  author!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url!: string | null;

  @Column({ name: 'published_at', type: 'varchar', length: 32, nullable: true })
  publishedAt!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'imported_by', type: 'varchar', length: 36 })
  importedBy!: string;

  @Column({ name: 'imported_at', type: 'varchar', length: 32 })
  importedAt!: string;
}

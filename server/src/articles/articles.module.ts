import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Claim } from '../claims/claim.entity';
import { AppConfig } from '../config/app-config';
import { ExtractionModule } from '../extraction/extraction.module';
import { ArticleImportService } from './article-import.service';
import { Article } from './article.entity';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';

// A .docx or an HTML page carries markup around its text, so the raw upload may be this much larger than the
// text cap; the text itself is then held to the cap.
const UPLOAD_OVERHEAD = 5;

@Module({
  imports: [
    TypeOrmModule.forFeature([Article, Claim]),
    ExtractionModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        limits: {
          fileSize: config.maxArticleBytes * UPLOAD_OVERHEAD,
          files: 1,
          fields: 10,
          fieldSize: 10_000,
        },
      }),
    }),
  ],
  controllers: [ArticlesController],
  providers: [ArticlesService, ArticleImportService],
  exports: [ArticlesService],
})
export class ArticlesModule {}

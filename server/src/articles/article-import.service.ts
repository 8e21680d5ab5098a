import { Injectable } from '@nestjs/common';
import { ClaimDeskError, type ImportResultDto } from '@claimdesk/shared';
import { AppConfig } from '../config/app-config';
import { ArticlesService } from './articles.service';
import type { ArticleMetadataDto } from './dto/article-input.dto';
import { parseArticleFile, type UploadedArticleFile } from './import/file-article';
import { parseHtmlArticle } from './import/html-article';
import { fetchArticlePage } from './import/url-fetch';

/** Turns files and web pages into text plus metadata, then imports them like pasted text. */
@Injectable()
export class ArticleImportService {
  constructor(
    private readonly articles: ArticlesService,
    private readonly config: AppConfig,
  ) {}

  async importFile(
    file: UploadedArticleFile,
    metadata: ArticleMetadataDto,
    importedBy: string,
  ): Promise<ImportResultDto> {
    const parsed = await parseArticleFile(file);
    return this.articles.importArticle(
      {
        text: parsed.text,
        // What the person typed wins over what the file says about itself.
        title: metadata.title ?? parsed.title,
        outlet: metadata.outlet ?? parsed.outlet,
        author: metadata.author ?? parsed.author,
        url: metadata.url ?? null,
        publishedAt: metadata.publishedAt ?? parsed.publishedAt,
      },
      importedBy,
    );
  }

  async importUrl(url: string, importedBy: string): Promise<ImportResultDto> {
    const page = await fetchArticlePage(url, {
      timeoutMs: this.config.urlFetch.timeoutMs,
      maxBytes: this.config.urlFetch.maxBytes,
      allowPrivate: this.config.allowPrivateUrls,
    });
    const parsed = parseHtmlArticle(page.html);
    if (parsed.text.trim() === '') {
      throw new ClaimDeskError('UNPROCESSABLE', 'No article text was found on that page', { url: page.url });
    }
    return this.articles.importArticle({ ...parsed, url: page.url }, importedBy);
  }
}

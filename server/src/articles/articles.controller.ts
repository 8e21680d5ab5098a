import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ClaimDeskError,
  type ArticleDto,
  type ArticleSummaryDto,
  type ImportResultDto,
  type Page,
} from '@claimdesk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Requires } from '../auth/requires.decorator';
import type { SessionUser } from '../auth/session-user';
import { ApiErrors, BAD_INPUT } from '../claims/api-errors';
import { ArticleImportService } from './article-import.service';
import { ArticlesService, type ReextractResult } from './articles.service';
import {
  ArticleMetadataDto,
  DeleteArticleQuery,
  ImportTextDto,
  ImportUrlDto,
  ListArticlesQuery,
} from './dto/article-input.dto';
import {
  ArticlePageResponse,
  ArticleResponse,
  ImportResultResponse,
  ReextractResultResponse,
} from './dto/article.response';
import { ARTICLE_FILE_TYPES, type UploadedArticleFile } from './import/file-article';
import { uuid } from '../common/uuid-param';

const EMPTY = 'The article has no text (UNPROCESSABLE)';
const TOO_LARGE = 'The text is over the size cap (PAYLOAD_TOO_LARGE)';

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly imports: ArticleImportService,
  ) {}

  @Get()
  @Requires('articles.read')
  @ApiOperation({
    operationId: 'listArticles',
    summary: 'Articles, newest first, with claim counts by state',
  })
  @ApiOkResponse({ type: ArticlePageResponse })
  @ApiErrors({ 400: 'Bad query, limit or cursor (VALIDATION_FAILED)' })
  list(@Query() query: ListArticlesQuery): Promise<Page<ArticleSummaryDto>> {
    return this.articles.list(query);
  }

  @Post()
  @Requires('articles.import')
  @ApiOperation({
    operationId: 'importArticleText',
    summary: 'Import pasted text; extraction creates its claims',
  })
  @ApiCreatedResponse({ type: ImportResultResponse })
  @ApiErrors({ 400: BAD_INPUT, 413: TOO_LARGE, 422: EMPTY })
  importText(@Body() body: ImportTextDto, @CurrentUser() user: SessionUser): Promise<ImportResultDto> {
    return this.articles.importArticle(body, user.id);
  }

  @Post('upload')
  @Requires('articles.import')
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({
    operationId: 'importArticleFile',
    summary: `Import an uploaded file (${ARTICLE_FILE_TYPES.join(', ')}); extraction creates its claims`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: `UTF-8 ${ARTICLE_FILE_TYPES.join(', ')}` },
        title: { type: 'string' },
        outlet: { type: 'string' },
        author: { type: 'string' },
        url: { type: 'string' },
        publishedAt: { type: 'string', format: 'date-time' },
      },
    },
  })
  @ApiCreatedResponse({ type: ImportResultResponse })
  @ApiErrors({
    400: `${BAD_INPUT}, or no file`,
    413: 'The file or its text is over the size cap (PAYLOAD_TOO_LARGE)',
    415: 'Unsupported file type, binary or not UTF-8 (UNSUPPORTED_MEDIA_TYPE)',
    422: `${EMPTY}, or a damaged .docx`,
  })
  async importFile(
    @UploadedFile() file: UploadedArticleFile | undefined,
    @Body() body: ArticleMetadataDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ImportResultDto> {
    if (!file)
      throw new ClaimDeskError(
        'VALIDATION_FAILED',
        'file: attach the article as a multipart field named file',
      );
    return this.imports.importFile(file, body, user.id);
  }

  @Post('import-url')
  @Requires('articles.import')
  @ApiOperation({ operationId: 'importArticleUrl', summary: 'Fetch a web page and import its main text' })
  @ApiCreatedResponse({ type: ImportResultResponse })
  @ApiErrors({
    400: `${BAD_INPUT}, or not a URL`,
    413: TOO_LARGE,
    422: 'Unreachable, private address, not HTML, too large or too slow (URL_FETCH_FAILED); no text (UNPROCESSABLE)',
  })
  importUrl(@Body() body: ImportUrlDto, @CurrentUser() user: SessionUser): Promise<ImportResultDto> {
    return this.imports.importUrl(body.url, user.id);
  }

  @Get(':id')
  @Requires('articles.read')
  @ApiOperation({ operationId: 'getArticle', summary: 'One article with its text and claim counts' })
  @ApiOkResponse({ type: ArticleResponse })
  @ApiErrors({ 400: 'The id is not a UUID (VALIDATION_FAILED)', 404: 'No such article (NOT_FOUND)' })
  get(@Param('id', uuid) id: string): Promise<ArticleDto> {
    return this.articles.get(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Requires('articles.delete')
  @ApiOperation({ operationId: 'deleteArticle', summary: 'Delete an article and its claims' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({
    400: 'The id is not a UUID, or force is not true/false (VALIDATION_FAILED)',
    404: 'No such article (NOT_FOUND)',
    409: 'Claims have approved verdicts and force=true was not given (CONFLICT)',
  })
  async delete(
    @Param('id', uuid) id: string,
    @Query() query: DeleteArticleQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    await this.articles.delete(id, query.force === 'true', user);
  }

  @Post(':id/extract')
  @HttpCode(200)
  @Requires('articles.reextract')
  @ApiOperation({
    operationId: 'reextractArticle',
    summary: 'Re-run extraction, keeping claims people worked on and adding only new spans',
  })
  @ApiOkResponse({ type: ReextractResultResponse })
  @ApiErrors({ 400: 'The id is not a UUID (VALIDATION_FAILED)', 404: 'No such article (NOT_FOUND)' })
  reextract(@Param('id', uuid) id: string, @CurrentUser() user: SessionUser): Promise<ReextractResult> {
    return this.articles.reextract(id, user);
  }
}

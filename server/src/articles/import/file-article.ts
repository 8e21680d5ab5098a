import { ClaimDeskError } from '@claimdesk/shared';
import { extname } from 'node:path';
import { decodeUtf8Text } from './article-text';
import { docxToText } from './docx-text';
import { parseHtmlArticle, storableText, type ParsedArticle } from './html-article';

export const ARTICLE_FILE_TYPES = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

export interface UploadedArticleFile {
  originalname: string;
  buffer: Buffer;
}

/**
 * Text and whatever metadata the file carries; the type is decided by the file name's extension. Plain text and
 * Markdown are kept byte for byte (so offsets match the file); HTML and .docx become paragraphs of text.
 */
export async function parseArticleFile(file: UploadedArticleFile): Promise<ParsedArticle> {
  const extension = extname(file.originalname).toLowerCase();
  switch (extension) {
    case '.txt':
    case '.md':
    case '.markdown':
      return {
        text: decodeUtf8Text(file.buffer),
        title: null,
        author: null,
        outlet: null,
        publishedAt: null,
      };
    case '.html':
    case '.htm': {
      return parseHtmlArticle(decodeUtf8Text(file.buffer));
    }
    case '.docx':
      return {
        text: storableText(await docxToText(file.buffer)),
        title: null,
        author: null,
        outlet: null,
        publishedAt: null,
      };
    default:
      throw new ClaimDeskError(
        'UNSUPPORTED_MEDIA_TYPE',
        `Cannot import ${extension ? `${extension} files` : 'files without an extension'}; use one of ${ARTICLE_FILE_TYPES.join(', ')}`,
        { accepted: [...ARTICLE_FILE_TYPES] },
      );
  }
}

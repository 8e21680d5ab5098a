import { ClaimDeskError } from '@claimdesk/shared';
import mammoth from 'mammoth';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Plain text of a Word document, paragraphs separated by blank lines (mammoth's raw text). */
export async function docxToText(bytes: Buffer): Promise<string> {
  if (!ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) {
    throw new ClaimDeskError(
      'UNSUPPORTED_MEDIA_TYPE',
      'The file is not a .docx document (Word 2007 or later)',
    );
  }
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value.replace(/\n{3,}/g, '\n\n').trim();
  } catch {
    throw new ClaimDeskError('UNPROCESSABLE', 'The .docx document could not be read; it may be damaged');
  }
}

import { ClaimDeskError } from '@claimdesk/shared';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes an uploaded text file. Non-UTF-8 bytes and binary content (NUL or other C0 control characters that
 * never appear in prose) are refused rather than guessed at, because a wrong guess would shift every offset.
 */
export function decodeUtf8Text(bytes: Uint8Array, what = 'The file'): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ClaimDeskError(
      'UNSUPPORTED_MEDIA_TYPE',
      `${what} is not UTF-8 text; save it as UTF-8 and try again`,
    );
  }
  if (looksBinary(text)) {
    throw new ClaimDeskError('UNSUPPORTED_MEDIA_TYPE', `${what} looks like binary data, not text`);
  }
  return text;
}

/** Tab, LF, CR and form feed are fine in prose; the other C0 controls (and DEL) mark binary data. */
function isBinaryControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isBinaryControl(code)) controls += 1;
  }
  return controls > 0 && controls / text.length > 0.001;
}

/** Size in UTF-8 bytes, the unit of the configured cap. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

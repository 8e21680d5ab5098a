/**
 * Quote marks as people type them and as newsroom copy prints them: straight, curly, primes, guillemets.
 * Someone searching `"We've cut` means the article's `“We’ve cut`.
 */
const QUOTE_MARKS = /['‘’‚‛′ʼ"“”„‟″«»]/g;

/**
 * A LIKE pattern (with ESCAPE '\') for "contains this text, ignoring case and which quote mark was used":
 * LIKE's own wildcards in the text are escaped, and every quote mark becomes `_` (any one character), so the
 * search costs no more than before. It may also match another character where the quote mark was; in a
 * search box that is a fair trade for finding quotes whichever marks they were typed with.
 */
export function containsPattern(text: string): string {
  const escaped = text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`);
  return `%${escaped.replace(QUOTE_MARKS, '_')}%`;
}

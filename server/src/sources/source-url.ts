import { registerDecorator, type ValidationOptions } from 'class-validator';

export const MAX_URL_LENGTH = 2048;

/**
 * The one form a cited address is stored and compared in: http(s) only, scheme and host lower-case
 * (WHATWG URL parsing does that, and drops a default port), no fragment, no utm_* tracking parameters.
 * Returns null for anything that is not an absolute http(s) URL, or that carries credentials.
 */
export function normaliseSourceUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (name.toLowerCase().startsWith('utm_')) url.searchParams.delete(name);
  }
  // Deleting parameters re-serialises the query; leave an untouched query exactly as given.
  if (url.search === '?') url.search = '';
  const normalised = url.toString();
  return normalised.length > MAX_URL_LENGTH ? null : normalised;
}

/** class-validator: an absolute http(s) URL that normaliseSourceUrl accepts. */
export function IsSourceUrl(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isSourceUrl',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be an absolute http:// or https:// URL', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && normaliseSourceUrl(value) !== null,
      },
    });
  };
}

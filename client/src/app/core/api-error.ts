import { HttpErrorResponse } from '@angular/common/http';

/** An API refusal as the client shows it: the server's code and message, or a plain-words stand-in. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

const NETWORK_MESSAGE = 'Cannot reach the server. Check your connection and try again.';

export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      status: 0,
      code: 'CLIENT_ERROR',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  if (error.status === 0) return { status: 0, code: 'NETWORK', message: NETWORK_MESSAGE };
  const body = readBody(error.error);
  if (typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string') {
    const { code, message, details } = body as { code: string; message?: unknown; details?: unknown };
    return {
      status: error.status,
      code,
      message: typeof message === 'string' ? message : `The server refused (${code})`,
      details:
        typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : undefined,
    };
  }
  return {
    status: error.status,
    code: `HTTP_${error.status}`,
    message: `The server answered ${error.status}.`,
  };
}

/**
 * The error body as the server sent it. A request made for text (a CSV, say) gets even its JSON refusal as a
 * string, so such a string is read as JSON when it is JSON.
 */
function readBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/** Lists come back either as a bare array or as a cursor page; the client reads both. */
export function itemsOf<T>(body: T[] | { items: T[] }): T[] {
  return Array.isArray(body) ? body : body.items;
}

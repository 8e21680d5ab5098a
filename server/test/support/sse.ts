import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';

export interface SseMessage {
  event: string | null;
  id: string | null;
  data: string;
}

/**
 * A minimal EventSource for tests: opens an SSE stream with Node's http client, parses messages and comments,
 * and lets a test wait for the first message that matches.
 */
export class SseClient {
  readonly messages: SseMessage[] = [];
  readonly comments: string[] = [];
  ended = false;
  private buffer = '';
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly request: ClientRequest,
    readonly response: IncomingMessage,
  ) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => this.receive(chunk));
    response.on('end', () => this.finish());
    response.on('close', () => this.finish());
    response.on('error', () => this.finish());
  }

  /** Resolves once the response headers are in; the status may be an error (then the body is JSON). */
  static open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(url, { headers: { Accept: 'text/event-stream', ...headers } }, (response) =>
        resolve(new SseClient(request, response)),
      );
      request.on('error', reject);
      request.end();
    });
  }

  get status(): number {
    return this.response.statusCode ?? 0;
  }

  /** Waits until `predicate` holds for the messages (or comments) received so far. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = predicate();
      if (found) return found;
      if (this.ended) throw new Error('The stream ended before the expected message arrived');
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`No matching message within ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The first message of `event` type whose parsed data satisfies `match`. */
  waitForEvent<T = { [key: string]: unknown }>(
    event: string,
    match: (data: T) => boolean = () => true,
    timeoutMs?: number,
  ) {
    return this.waitFor(() => {
      const message = this.messages.find((m) => m.event === event && match(JSON.parse(m.data) as T));
      return message ? (JSON.parse(message.data) as T) : undefined;
    }, timeoutMs);
  }

  waitForEnd(timeoutMs = 5000): Promise<true> {
    return this.waitFor(() => this.ended || undefined, timeoutMs).catch((error: Error) => {
      if (this.ended) return true as const;
      throw error;
    });
  }

  /** The whole body, for error answers (JSON). */
  async body(): Promise<string> {
    await this.waitForEnd();
    return this.buffer;
  }

  close(): void {
    this.request.destroy();
    this.finish();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let boundary = this.buffer.indexOf('\n\n');
    while (boundary !== -1 && this.response.headers['content-type']?.startsWith('text/event-stream')) {
      this.parse(this.buffer.slice(0, boundary));
      this.buffer = this.buffer.slice(boundary + 2);
      boundary = this.buffer.indexOf('\n\n');
    }
    this.wake();
  }

  private parse(block: string): void {
    const message: SseMessage = { event: null, id: null, data: '' };
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '') continue;
      if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
      else if (line.startsWith('event: ')) message.event = line.slice(7);
      else if (line.startsWith('id: ')) message.id = line.slice(4);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length > 0) this.messages.push({ ...message, data: data.join('\n') });
  }

  private finish(): void {
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

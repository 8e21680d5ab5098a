import { Injectable, OnDestroy, signal } from '@angular/core';

import { ARTICLE_EVENT_TYPES, ClaimDeskEvent } from './review.types';

export type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

/**
 * The article's server-sent event stream. EventSource reconnects by itself; this tracks the state for the page
 * and calls `onReconnect` when a stream that was live opens again, since events sent while it was down (a
 * network blip, a server restart, a new session cookie) are not replayed.
 */
@Injectable()
export class LiveEvents implements OnDestroy {
  private source: EventSource | null = null;
  readonly status = signal<LiveStatus>('off');

  connect(articleId: string, onEvent: (event: ClaimDeskEvent) => void, onReconnect?: () => void): void {
    this.disconnect();
    if (typeof EventSource === 'undefined') return;
    this.status.set('connecting');
    const source = new EventSource(`/api/articles/${encodeURIComponent(articleId)}/events`);
    let wasLive = false;
    source.onopen = () => {
      this.status.set('live');
      if (wasLive) onReconnect?.();
      wasLive = true;
    };
    source.onerror = () => this.status.set(source.readyState === EventSource.CLOSED ? 'off' : 'reconnecting');
    const handle = (message: MessageEvent<string>) => {
      try {
        onEvent(JSON.parse(message.data) as ClaimDeskEvent);
      } catch {
        // A malformed event is dropped; the next full load puts things right.
      }
    };
    // The server names each event by its type, so each one needs its own listener.
    for (const type of ARTICLE_EVENT_TYPES) source.addEventListener(type, handle);
    source.onmessage = handle;
    this.source = source;
  }

  disconnect(): void {
    this.source?.close();
    this.source = null;
    this.status.set('off');
  }

  ngOnDestroy(): void {
    this.disconnect();
  }
}

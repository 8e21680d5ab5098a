import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';

import { CommentDto } from './review.types';

@Component({
  selector: 'cd-comments-panel',
  imports: [DatePipe],
  template: `
    <ul>
      @for (comment of comments(); track comment.id) {
        <li>
          <span class="meta"
            >{{ comment.author.displayName }} · {{ comment.createdAt | date: 'medium'
            }}{{ comment.edited ? ' · edited' : '' }}</span
          >
          <p class="body">{{ comment.deleted ? 'Comment deleted.' : comment.body }}</p>
        </li>
      } @empty {
        <li class="empty">No comments yet.</li>
      }
    </ul>
    @if (canWrite()) {
      <form class="panel-form" (submit)="send($event)">
        <label for="new-comment">Add a comment</label>
        <textarea
          id="new-comment"
          rows="2"
          [value]="draft()"
          (input)="onInput($event)"
          (keydown)="onKeydown($event)"
        ></textarea>
        <div class="row-buttons">
          <button type="submit" class="primary" [disabled]="!draft().trim() || busy()">Post comment</button>
        </div>
      </form>
    }
  `,
  styleUrl: './forms.scss',
  styles: `
    .body {
      margin: 0.125rem 0 0;
      white-space: pre-wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentsPanel {
  readonly comments = input.required<readonly CommentDto[]>();
  readonly canWrite = input(false);
  readonly busy = input(false);
  readonly post = output<string>();
  protected readonly draft = signal('');

  /** Called by the page once the server accepted the comment. */
  clear(): void {
    this.draft.set('');
  }

  protected onInput(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value);
  }

  // Enter posts, Shift+Enter starts a new line: the chat convention people expect in a comment box.
  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey) this.send(event);
  }

  protected send(event: Event): void {
    event.preventDefault();
    if (this.draft().trim()) this.post.emit(this.draft().trim());
  }
}

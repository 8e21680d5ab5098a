import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  input,
  output,
  signal,
} from '@angular/core';

import { focusAfterRender } from '../core/focus';

import type { CommentProblem } from './claim-detail.store';
import { CommentDto } from './review.types';

export interface CommentEdit {
  comment: CommentDto;
  body: string;
}

@Component({
  selector: 'cd-comments-panel',
  imports: [DatePipe],
  template: `
    <ul>
      @for (comment of comments(); track comment.id) {
        <li>
          <span class="meta"
            >{{ comment.author.displayName }} · {{ comment.createdAt | date: 'medium'
            }}{{ comment.edited && !comment.deleted ? ' · edited' : '' }}</span
          >
          @if (editingId() === comment.id) {
            <form class="panel-form" (submit)="saveEdit($event, comment)">
              <label [for]="'edit-' + comment.id">Edit your comment</label>
              <textarea
                data-edit-box
                [id]="'edit-' + comment.id"
                rows="2"
                [value]="editDraft()"
                (input)="editDraft.set(text($event))"
              ></textarea>
              <div class="row-buttons">
                <button type="submit" class="primary" [disabled]="!editDraft().trim() || busy()">
                  Save comment
                </button>
                <button type="button" (click)="cancelEdit(comment)">Cancel</button>
              </div>
            </form>
          } @else {
            <p class="body">{{ comment.deleted ? 'Comment deleted.' : comment.body }}</p>
          }
          @if (isChangeable(comment) && editingId() !== comment.id) {
            <div class="row-buttons">
              <button
                type="button"
                [attr.data-edit-comment]="comment.id"
                [disabled]="busy()"
                (click)="startEdit(comment)"
              >
                Edit<span class="visually-hidden"> comment</span>
              </button>
              <button type="button" [disabled]="busy()" (click)="remove.emit(comment)">
                Delete<span class="visually-hidden"> comment</span>
              </button>
            </div>
          }
          @if (problem()?.commentId === comment.id) {
            <p class="field-error" role="alert">{{ problem()?.message }}</p>
          }
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
          (input)="draft.set(text($event))"
          (keydown)="onKeydown($event)"
        ></textarea>
        @if (postProblem(); as message) {
          <p class="field-error" role="alert">{{ message }}</p>
        }
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
  /** The signed-in user; only their own comments offer Edit and Delete. */
  readonly myId = input<string | null>(null);
  readonly problem = input<CommentProblem | null>(null);
  /** Why the last comment could not be posted, shown beside the Post button. */
  readonly postProblem = input<string | null>(null);
  readonly post = output<string>();
  readonly edit = output<CommentEdit>();
  readonly remove = output<CommentDto>();
  protected readonly draft = signal('');
  protected readonly editingId = signal<string | null>(null);
  protected readonly editDraft = signal('');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Called by the page once the server accepted the comment. */
  clear(): void {
    this.draft.set('');
  }

  /** Called by the page once the server accepted the edit. */
  closeEdit(): void {
    this.editingId.set(null);
  }

  /** Where focus goes after a change to `commentId`: its Edit button if it still has one, else the comment box. */
  focusTargetAfter(commentId: string | null): HTMLElement | null {
    const root = this.host.nativeElement;
    const edit = commentId
      ? root.querySelector<HTMLElement>(`button[data-edit-comment="${commentId}"]`)
      : null;
    return edit ?? root.querySelector<HTMLElement>('#new-comment');
  }

  /** The server has the last word (a 409 after the window); the buttons hide once the window has passed. */
  protected isChangeable(comment: CommentDto): boolean {
    return (
      this.canWrite() &&
      !comment.deleted &&
      comment.author.id === this.myId() &&
      Date.parse(comment.editableUntil) > Date.now()
    );
  }

  protected startEdit(comment: CommentDto): void {
    this.editDraft.set(comment.body ?? '');
    this.editingId.set(comment.id);
    focusAfterRender(this.injector, () =>
      this.host.nativeElement.querySelector<HTMLElement>('[data-edit-box]'),
    );
  }

  protected cancelEdit(comment: CommentDto): void {
    this.editingId.set(null);
    focusAfterRender(this.injector, () => this.focusTargetAfter(comment.id));
  }

  protected saveEdit(event: Event, comment: CommentDto): void {
    event.preventDefault();
    if (this.editDraft().trim()) this.edit.emit({ comment, body: this.editDraft().trim() });
  }

  protected text(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
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

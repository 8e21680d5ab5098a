import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { verdictInfo, type SourceStance, type VerdictDto } from '@claimdesk/shared';

import { ActionRequest, ClaimActions } from '../review/claim-actions';
import { MarkdownView } from '../ui/markdown-view';
import type { DeskEntry } from './review-queue';

const STANCE_LABELS: Record<SourceStance, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
};

/** One claim on the desk: the sentence, the proposed verdict, its sources and history, and the decision. */
@Component({
  selector: 'cd-desk-claim-card',
  imports: [ClaimActions, DatePipe, MarkdownView, RouterLink],
  template: `
    <!-- Focusable (not tabbable) with its claim id, so "Show more" can take keyboard users to the first new card. -->
    <article
      class="card"
      tabindex="-1"
      [attr.data-claim-id]="entry().claim.id"
      [attr.aria-labelledby]="'claim-' + entry().claim.id"
    >
      <p class="muted">
        <a [routerLink]="['/articles', entry().claim.articleId]">{{ articleTitle() }}</a>
      </p>
      <!-- The sentence as the article has it: a blockquote marks it as quoted, so no quote marks are added. -->
      <blockquote [id]="'claim-' + entry().claim.id">{{ entry().claim.text }}</blockquote>
      @if (entry().claim.checkedText; as checked) {
        <p><span class="muted">Checked as:</span> {{ checked }}</p>
      }
      @let verdict = entry().verdict;
      <h3>
        {{ verdict.approvedAt ? 'Rating' : 'Proposed rating' }}:
        <span class="rating">{{ ratingLabel(verdict) }}</span>
        <span class="muted">by {{ nameOf(verdict.authorId) }}, revision {{ verdict.revision }}</span>
      </h3>
      <cd-markdown [source]="verdict.rationale" />
      <h4>Sources ({{ entry().sources.length }})</h4>
      <ul class="sources">
        @for (source of entry().sources; track source.id) {
          <li>
            <span class="stance" [attr.data-stance]="source.stance">{{ stanceLabel(source.stance) }}</span>
            @if (source.url) {
              <a [href]="source.url" target="_blank" rel="noopener noreferrer nofollow">{{ source.title }}</a>
            } @else {
              {{ source.title }}
            }
            @if (source.publisher) {
              <span class="muted">— {{ source.publisher }}</span>
            }
          </li>
        } @empty {
          <li class="muted">No sources.</li>
        }
      </ul>
      <details>
        <summary>Verdict history ({{ entry().history.length }} revisions)</summary>
        <ol class="history">
          @for (revision of entry().history; track revision.id) {
            <li>
              Revision {{ revision.revision }}: {{ ratingLabel(revision) }} by
              {{ nameOf(revision.authorId) }},
              {{ revision.createdAt | date: 'medium' }}
              @if (revision.changesRequestedReason) {
                <br />Changes requested by {{ nameOf(revision.changesRequestedBy) }}: “{{
                  revision.changesRequestedReason
                }}”
              }
              @if (revision.approvedAt) {
                <br />Approved by {{ nameOf(revision.approvedBy) }},
                {{ revision.approvedAt | date: 'medium' }}
              }
              @if (revision.reopenReason) {
                <br />Reopened by {{ nameOf(revision.reopenedBy) }}: “{{ revision.reopenReason }}”
              }
            </li>
          }
        </ol>
      </details>
      <cd-claim-actions
        [actions]="entry().actions"
        [busy]="busy()"
        [problem]="problem()"
        (act)="decide($event)"
      />
    </article>
  `,
  styleUrls: ['./controls.scss', './desk-claim-card.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeskClaimCard {
  readonly entry = input.required<DeskEntry>();
  readonly articleTitle = input.required<string>();
  readonly names = input.required<ReadonlyMap<string, string>>();
  readonly busy = input(false);
  /** Why the last decision on this claim was refused. */
  readonly problem = input<string | null>(null);
  readonly decided = output<ActionRequest & { claimId: string }>();
  private readonly claimActions = viewChild(ClaimActions);

  /** After a decision went through: a card that stays (the queue re-read it) must not keep a reason form open. */
  closeReason(): void {
    this.claimActions()?.closeReason();
  }

  protected ratingLabel(verdict: VerdictDto): string {
    return verdictInfo(verdict.rating).label;
  }

  protected stanceLabel(stance: SourceStance): string {
    return STANCE_LABELS[stance];
  }

  protected nameOf(userId: string | null): string {
    if (!userId) return 'nobody';
    return this.names().get(userId) ?? 'a former colleague';
  }

  protected decide(request: ActionRequest): void {
    this.decided.emit({ ...request, claimId: this.entry().claim.id });
  }
}

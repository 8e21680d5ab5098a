import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { MarkdownInline, parseMarkdown } from './markdown';

@Component({
  selector: 'cd-inlines',
  // Compact on purpose: whitespace between the parts would show up as stray spaces around links and bold text.
  template: `@for (part of inlines(); track $index) {
    @switch (part.kind) {
      @case ('strong') {
        <strong>{{ part.text }}</strong>
      }
      @case ('em') {
        <em>{{ part.text }}</em>
      }
      @case ('code') {
        <code>{{ part.text }}</code>
      }
      @case ('link') {
        <a [href]="linkOf(part)" target="_blank" rel="noopener noreferrer nofollow">{{ part.text }}</a>
      }
      @default {
        <ng-container>{{ part.text }}</ng-container>
      }
    }
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Inlines {
  readonly inlines = input.required<readonly MarkdownInline[]>();

  protected linkOf(part: MarkdownInline): string {
    return part.kind === 'link' ? part.href : '';
  }
}

/** Renders Markdown as elements and text nodes (see markdown.ts); never as HTML. */
@Component({
  selector: 'cd-markdown',
  imports: [Inlines],
  template: `
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('heading') {
          <p class="heading" role="heading" [attr.aria-level]="block.level">
            <cd-inlines [inlines]="block.inlines" />
          </p>
        }
        @case ('quote') {
          <blockquote><cd-inlines [inlines]="block.inlines" /></blockquote>
        }
        @case ('list') {
          @if (block.ordered) {
            <ol>
              @for (item of block.items; track $index) {
                <li><cd-inlines [inlines]="item" /></li>
              }
            </ol>
          } @else {
            <ul>
              @for (item of block.items; track $index) {
                <li><cd-inlines [inlines]="item" /></li>
              }
            </ul>
          }
        }
        @default {
          <p><cd-inlines [inlines]="block.inlines" /></p>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .heading {
      font-weight: 700;
    }
    blockquote {
      margin: 0.5rem 0;
      padding-left: 0.75rem;
      border-left: 3px solid var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkdownView {
  readonly source = input.required<string>();
  protected readonly blocks = computed(() => parseMarkdown(this.source()));
}

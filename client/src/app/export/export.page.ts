import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { VERDICT_SCALE } from '@claimdesk/shared';

import { ArticlePicker } from '../ui/article-picker';
import { ExportFilters, ExportScope, ExportStore } from './export.store';

/** Export verified claims: one article's report, or claims across articles by date, rating and checker. */
@Component({
  selector: 'cd-export-page',
  imports: [ArticlePicker],
  providers: [ExportStore],
  template: `
    <h1>Export reports</h1>
    <fieldset class="filters">
      <legend>What to export</legend>
      <label class="inline"
        ><input
          type="radio"
          name="scope"
          value="article"
          [checked]="store.scope() === 'article'"
          (change)="setScope('article')"
        />
        One article</label
      >
      <label class="inline"
        ><input
          type="radio"
          name="scope"
          value="filter"
          [checked]="store.scope() === 'filter'"
          (change)="setScope('filter')"
        />
        Claims across articles</label
      >
    </fieldset>
    @if (store.scope() === 'article') {
      <div class="filters">
        <cd-article-picker
          label="Article to export"
          [articleId]="store.articleId()"
          (articleIdChange)="pickArticle($event)"
        />
      </div>
    } @else {
      <div class="filters">
        <label
          >Approved from <input type="date" [value]="store.filters().from" (change)="filter('from', $event)"
        /></label>
        <div class="field">
          <label
            >Approved to
            <input
              #approvedTo
              type="date"
              [value]="store.filters().to"
              (change)="filter('to', $event)"
              [attr.aria-invalid]="store.rangeProblem() ? 'true' : null"
              aria-describedby="approved-to-problem"
          /></label>
          <!-- Always in the page, so screen readers announce the problem when it appears. -->
          <span id="approved-to-problem" class="error" aria-live="polite">{{ store.rangeProblem() }}</span>
        </div>
        <label>
          Rating
          <select (change)="filter('rating', $event)">
            <option value="">Any rating</option>
            @for (rating of ratings; track rating.id) {
              <option [value]="rating.id">{{ rating.label }}</option>
            }
          </select>
        </label>
        @if (store.checkers().length > 0) {
          <label>
            Checker
            <select (change)="filter('checker', $event)">
              <option value="">Anyone</option>
              @for (user of store.checkers(); track user.id) {
                <option [value]="user.id">{{ user.displayName }}</option>
              }
            </select>
          </label>
        }
      </div>
    }
    @if (store.downloads().length > 0) {
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Download</h2>
        @if (store.rangeProblem()) {
          <p id="downloads-blocked" class="error">
            Nothing to download yet: “Approved to” is before “Approved from”. Fix the dates above.
          </p>
        }
        <ul class="downloads">
          @for (link of store.downloads(); track link.href) {
            <li>
              @if (store.rangeProblem()) {
                <!-- A link would download the server's refusal, or nothing; this one says why and goes there. -->
                <button
                  type="button"
                  aria-disabled="true"
                  aria-describedby="downloads-blocked"
                  (click)="showRangeProblem()"
                >
                  {{ link.label }}
                </button>
              } @else {
                <a class="button" [href]="link.href" [attr.download]="link.fileName">{{ link.label }}</a>
              }
            </li>
          }
        </ul>
        <button
          type="button"
          [attr.aria-disabled]="store.rangeProblem() ? 'true' : null"
          [attr.aria-describedby]="store.rangeProblem() ? 'downloads-blocked' : null"
          (click)="preview()"
        >
          Preview
        </button>
      </section>
    } @else {
      <p>Choose an article to export its report.</p>
    }
    @if (store.shareLink(); as link) {
      <section class="card" aria-labelledby="share-heading">
        <h2 id="share-heading">Share the public report</h2>
        <p>Anyone with this link sees the approved claims only, read-only.</p>
        <label>Public report link <input class="share-link" type="url" readonly [value]="link" /></label>
        <p>
          <a [href]="link" target="_blank" rel="noopener">Open the public report</a>
          <button type="button" (click)="copy(link)">Copy link</button>
          <span role="status">{{ copied() }}</span>
        </p>
      </section>
    }
    @if (store.error(); as error) {
      <p class="error" role="alert">{{ error.message }}</p>
    }
    @if (store.preview(); as rows) {
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview ({{ rows.length > 0 ? rows.length - 1 : 0 }} claims shown)</h2>
        <div class="scroll" tabindex="0" role="region" aria-label="Export preview">
          <table>
            <thead>
              <tr>
                @for (heading of rows[0]; track $index) {
                  <th scope="col">{{ heading }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of rows.slice(1); track $index) {
                <tr>
                  @for (cell of row; track $index) {
                    <td>{{ cell }}</td>
                  }
                </tr>
              } @empty {
                <tr>
                  <td>No approved claims match.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
  styleUrl: '../editor-desk/controls.scss',
  styles: [
    '.downloads { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; }',
    '.scroll { overflow-x: auto; max-height: 28rem; }',
    'label.inline { display: inline-flex; gap: 0.375rem; align-items: center; }',
    'fieldset { border: 0; padding: 0; }',
    // The problem line takes no room while empty, so this field lines up with its neighbours.
    '.field { display: grid; max-width: 18rem; }',
    '.field .error:not(:empty) { margin-top: 0.25rem; }',
    // As wide as the card, however narrow the screen; the whole link is in the field to copy.
    '.share-link { width: 100%; }',
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportPage implements OnInit {
  protected readonly store = inject(ExportStore);
  private readonly route = inject(ActivatedRoute);
  protected readonly ratings = VERDICT_SCALE;
  protected readonly copied = signal('');
  private readonly approvedTo = viewChild<ElementRef<HTMLInputElement>>('approvedTo');

  ngOnInit(): void {
    // "Export" from an article page links here with ?article=<id>.
    const articleId = this.route.snapshot.queryParamMap.get('article');
    if (articleId) this.store.articleId.set(articleId);
    void this.store.load();
  }

  protected setScope(scope: ExportScope): void {
    this.store.scope.set(scope);
    this.store.clearPreview();
  }

  protected pickArticle(articleId: string): void {
    this.store.articleId.set(articleId);
    this.store.clearPreview();
  }

  protected filter(key: keyof ExportFilters, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.store.filters.update((filters) => ({ ...filters, [key]: value }));
    this.store.clearPreview();
  }

  protected preview(): void {
    if (this.store.rangeProblem()) {
      this.showRangeProblem();
      return;
    }
    void this.store.loadPreview();
  }

  /** A blocked download or preview takes the person to the field to fix; its problem is read out there. */
  protected showRangeProblem(): void {
    this.approvedTo()?.nativeElement.focus();
  }

  protected async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied.set('Link copied.');
    } catch {
      this.copied.set('Copy failed; select the link and copy it.');
    }
  }
}

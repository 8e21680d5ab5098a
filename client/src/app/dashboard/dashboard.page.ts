import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { BarChart } from './bar-chart';
import { DashboardStore } from './dashboard.store';

/** Where the desk stands, at a glance; a lazy route, so the charts cost nothing elsewhere. */
@Component({
  selector: 'cd-dashboard-page',
  imports: [BarChart, DatePipe, RouterLink],
  providers: [DashboardStore],
  template: `
    <h1>Dashboard</h1>
    @if (store.error(); as error) {
      <p class="error" role="alert">{{ error.message }}</p>
    }
    @if (store.data(); as data) {
      <p class="muted">As of {{ data.generatedAt | date: 'medium' }}</p>
      <section class="figures" aria-label="Key figures">
        <div class="figure">
          <span class="number">{{ store.medianLabel() }}</span>
          <span>median time from detection to approval</span>
        </div>
        <div class="figure">
          <span class="number">{{ data.approvedClaimCount }}</span>
          <span>approved claims</span>
        </div>
      </section>
      <cd-bar-chart
        caption="Verdicts of approved claims"
        labelHeading="Rating"
        [data]="store.verdictBars()"
      />
      <cd-bar-chart
        caption="Claims approved per week (last 12 weeks)"
        labelHeading="Week"
        valueHeading="Approved"
        [data]="store.weeklyBars()"
      />
      <cd-bar-chart
        caption="Open work per checker"
        labelHeading="Checker"
        valueHeading="Open claims"
        [data]="store.workBars()"
      />
      <section aria-labelledby="by-article">
        <h2 id="by-article">Claims by state per article</h2>
        <div class="table-scroll" role="region" aria-label="Claims by state table" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col">Article</th>
                @for (column of store.stateColumns; track column.state) {
                  <th scope="col">{{ column.label }}</th>
                }
                <th scope="col">Progress</th>
              </tr>
            </thead>
            <tbody>
              @for (article of data.claimsByArticle; track article.articleId) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/articles', article.articleId]">{{ article.title }}</a>
                  </th>
                  @for (column of store.stateColumns; track column.state) {
                    <td>{{ article.counts[column.state] }}</td>
                  }
                  <td>
                    <span class="stack" aria-hidden="true">
                      @for (column of store.stateColumns; track column.state) {
                        <span
                          [style.flex-grow]="article.counts[column.state]"
                          [style.background]="'var(--cd-state-' + column.state.replace('_', '-') + ')'"
                        ></span>
                      }
                    </span>
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td [attr.colspan]="store.stateColumns.length + 2">No articles yet.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    } @else if (store.loading()) {
      <p role="status">Loading the dashboard…</p>
    }
  `,
  styleUrls: ['../editor-desk/controls.scss', './dashboard.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage implements OnInit {
  protected readonly store = inject(DashboardStore);

  ngOnInit(): void {
    void this.store.load();
  }
}

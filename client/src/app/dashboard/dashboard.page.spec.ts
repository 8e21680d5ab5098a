import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { DashboardDto } from '@claimdesk/shared';

import { zeroCounts } from '../../testing/fixtures';
import { DashboardPage } from './dashboard.page';
import { DASHBOARD_URL } from './dashboard.store';

const DASHBOARD: DashboardDto = {
  generatedAt: '2026-11-20T12:00:00.000Z',
  claimsByArticle: [
    {
      articleId: 'a-1',
      title: 'Alaska summit',
      counts: { ...zeroCounts(), approved: 2, detected: 5 },
      total: 7,
    },
  ],
  verdictDistribution: {
    true: 1,
    mostly_true: 0,
    mixed: 0,
    mostly_false: 0,
    false: 3,
    misleading: 0,
    unverifiable: 0,
  },
  approvalsPerWeek: Array.from({ length: 12 }, (_, index) => ({
    weekStart: `2026-09-${String(index + 1).padStart(2, '0')}`,
    approved: index === 11 ? 4 : 0,
  })),
  medianHoursToApproval: 30,
  approvedClaimCount: 4,
  openWorkByChecker: [
    {
      userId: 'u-1',
      displayName: 'Chris Checker',
      counts: { detected: 1, in_research: 2, in_review: 0, changes_requested: 0 },
      total: 3,
    },
  ],
};

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let page: HTMLElement;

  beforeEach(async () => {
    // jsdom cannot draw on a canvas; say so the way a browser without canvas support would.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(DashboardPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.inject(HttpTestingController).expectOne(DASHBOARD_URL).flush(DASHBOARD);
    // The store awaits the answer; let that settle before rendering.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  });

  afterEach(() => jest.restoreAllMocks());

  it('shows the median time to approval and the approved count as figures', () => {
    expect(page.querySelector('.figures')?.textContent).toContain('30 hours');
    expect(page.querySelector('.figures')?.textContent).toContain('4');
  });

  it('draws each chart on a canvas named by its numbers, degrading without a 2D context', () => {
    const charts = Array.from(page.querySelectorAll('cd-bar-chart'));
    expect(charts.map((chart) => chart.querySelector('figcaption')?.textContent?.trim())).toEqual([
      'Verdicts of approved claims',
      'Claims approved per week (last 12 weeks)',
      'Open work per checker',
    ]);
    const verdicts = charts[0].querySelector('canvas');
    expect(verdicts?.getAttribute('role')).toBe('img');
    expect(verdicts?.getAttribute('aria-label')).toBe(
      'Verdicts of approved claims: True 1, Mostly true 0, Mixed 0, Mostly false 0, False 3, Misleading 0, Unverifiable 0',
    );
    expect(charts[1].querySelector('canvas')?.getAttribute('aria-label')).toContain('Week of 2026-09-12 4');
    expect(charts[2].querySelector('canvas')?.getAttribute('aria-label')).toBe(
      'Open work per checker: Chris Checker 3',
    );
    expect(charts[1].querySelectorAll('tbody tr')).toHaveLength(12);
  });

  it('offers every chart as a table too, and claims by state per article as a table', () => {
    const workTable = page.querySelectorAll('cd-bar-chart')[2].querySelector('table');
    expect(workTable?.querySelector('tbody tr')?.textContent).toContain('Chris Checker');
    const article = page.querySelector('section[aria-labelledby="by-article"] tbody tr');
    expect(article?.querySelector('th a')?.textContent).toBe('Alaska summit');
    expect(
      Array.from(article?.querySelectorAll('td') ?? [])
        .map((cell) => cell.textContent?.trim())
        .slice(0, 6),
    ).toEqual(['5', '0', '0', '0', '2', '0']);
  });
});

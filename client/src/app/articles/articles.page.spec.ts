import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { makeArticle, zeroCounts } from '../../testing/fixtures';
import { ArticlesPage } from './articles.page';
import { ARTICLES_URL } from './articles.store';

describe('ArticlesPage', () => {
  let fixture: ComponentFixture<ArticlesPage>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(ArticlesPage);
    host = fixture.nativeElement as HTMLElement;
    const counts = { ...zeroCounts(), detected: 3, in_research: 1, approved: 2 };
    TestBed.inject(HttpTestingController)
      .expectOne((r) => r.url === ARTICLES_URL)
      .flush({ items: [makeArticle({ claimCounts: counts, claimTotal: 6 })], nextCursor: null });
    await fixture.whenStable();
  });

  it('lists articles as links with their byline', () => {
    const link = host.querySelector<HTMLAnchorElement>('ul[aria-label="Articles"] a');

    expect(link?.textContent).toBe('Council spends more on roads');
    expect(link?.getAttribute('href')).toBe('/articles/a-1');
    expect(host.textContent).toContain('The Gazette');
  });

  it('shows claim progress by state, in words for screen readers', () => {
    const bar = host.querySelector('[role="img"]');

    expect(bar?.getAttribute('aria-label')).toBe('6 claims: 3 detected, 1 in research, 2 approved');
    expect(bar?.querySelectorAll('.segment')).toHaveLength(3);
    expect(host.textContent).toContain('2 of 6 claims done');
  });

  it('has a labelled search box and an import button', () => {
    expect(host.querySelector('label[for="article-search"]')?.textContent).toBe('Search articles');
    expect(Array.from(host.querySelectorAll('button')).map((b) => b.textContent?.trim())).toContain(
      'Import article',
    );
  });
});

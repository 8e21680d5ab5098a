import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { makeArticle, makeClaim } from '../../testing/fixtures';
import { MyClaimsPage } from './my-claims.page';
import { MY_CLAIMS_URL } from './my-claims.store';

describe('MyClaimsPage', () => {
  let fixture: ComponentFixture<MyClaimsPage>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(MyClaimsPage);
    host = fixture.nativeElement as HTMLElement;
    const http = TestBed.inject(HttpTestingController);
    http.expectOne(MY_CLAIMS_URL).flush({
      items: [
        makeClaim({ id: 'c1', state: 'in_research' }),
        makeClaim({ id: 'c2', state: 'in_review', checkedText: 'Reworded' }),
        makeClaim({ id: 'c3', state: 'in_research' }),
      ],
      counts: { detected: 0, in_research: 2, in_review: 1, changes_requested: 0, approved: 0, dismissed: 0 },
    });
    await Promise.resolve();
    http.expectOne('/api/articles').flush({ items: [makeArticle()], nextCursor: null });
    await fixture.whenStable();
  });

  it('groups my claims by state in workflow order, with counts', () => {
    const headings = Array.from(host.querySelectorAll('h2')).map((h) =>
      h.textContent?.replace(/\s+/g, ' ').trim(),
    );

    expect(headings).toEqual(['In research (2)', 'In review (1)']);
  });

  it('links each claim to its place in the article', () => {
    const link = host.querySelector<HTMLAnchorElement>('section a');

    expect(link?.getAttribute('href')).toBe('/articles/a-1?claim=c1');
    expect(host.textContent).toContain('Reworded');
    expect(host.textContent).toContain('Council spends more on roads');
  });
});

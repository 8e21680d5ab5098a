import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { makeClaim, makeUser } from '../../testing/fixtures';
import { ReviewBulkBar } from './review-bulk-bar';
import { ReviewBulkStore } from './review-bulk.store';
import { ReviewStore } from './review.store';

const first = makeClaim({ id: 'c1', start: 0, end: 10, version: 3 });
const second = makeClaim({ id: 'c2', start: 20, end: 30, version: 7, text: 'Crime fell.' });
const third = makeClaim({ id: 'c3', start: 40, end: 50, version: 1, text: 'Taxes rose.' });
const checker = makeUser({ id: 'u-sam', displayName: 'Sam Checker' });

describe('ReviewBulkBar', () => {
  let fixture: ComponentFixture<ReviewBulkBar>;
  let http: HttpTestingController;
  let review: ReviewStore;
  let bulk: ReviewBulkStore;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [ReviewStore, ReviewBulkStore, provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    review = TestBed.inject(ReviewStore);
    bulk = TestBed.inject(ReviewBulkStore);
    review.applyClaims([first, second, third]);
    fixture = TestBed.createComponent(ReviewBulkBar);
    fixture.componentRef.setInput('selectable', [first, second, third]);
    fixture.componentRef.setInput('people', [checker]);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function button(name: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('offers the bulk steps only once claims are ticked', async () => {
    expect(host.textContent).toContain('0 selected');
    expect(host.querySelector('select')).toBeNull();

    bulk.toggle('c1', true);
    await fixture.whenStable();

    expect(host.textContent).toContain('1 selected');
    expect(host.querySelector('label')?.textContent).toContain('Select all shown claims');
    expect(Array.from(host.querySelectorAll('option')).map((o) => o.textContent?.trim())).toEqual([
      'Choose a checker',
      'Sam Checker (checker)',
    ]);
  });

  it('assigns every ticked claim with its own version and reports a 409 without losing the others', async () => {
    const all = host.querySelector<HTMLInputElement>('input[type="checkbox"]');
    all?.click();
    await fixture.whenStable();
    const picker = host.querySelector('select') as HTMLSelectElement;
    picker.value = 'u-sam';
    picker.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    button('Assign 3 selected').click();
    const requests = ['c1', 'c2', 'c3'].map((id) => http.expectOne(`/api/claims/${id}/assign`));
    expect(requests.map((r) => r.request.body)).toEqual([
      { version: 3, assigneeId: 'u-sam' },
      { version: 7, assigneeId: 'u-sam' },
      { version: 1, assigneeId: 'u-sam' },
    ]);
    requests[0].flush({ ...first, assigneeId: 'u-sam', version: 4 });
    requests[1].flush(
      { code: 'VERSION_CONFLICT', message: 'Someone changed this claim first' },
      { status: 409, statusText: 'Conflict' },
    );
    requests[2].flush({ ...third, assigneeId: 'u-sam', version: 2 });
    await settle();

    expect(host.querySelector('[role="status"]')?.textContent).toBe('2 claims assigned.');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      '1 not assigned: Someone changed this claim first',
    );
    expect(review.claims().map((claim) => claim.assigneeId)).toEqual(['u-sam', null, 'u-sam']);
    // The refused claim stays ticked, ready to try again.
    expect([...bulk.selected()]).toEqual(['c2']);
  });

  it('dismisses the ticked claims with one reason', async () => {
    bulk.toggle('c2', true);
    bulk.toggle('c3', true);
    await fixture.whenStable();
    const reason = host.querySelector<HTMLInputElement>('input[type="text"]') as HTMLInputElement;
    reason.value = 'Opinion, not checkable';
    reason.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    button('Dismiss 2 selected').click();
    const requests = ['c2', 'c3'].map((id) => http.expectOne(`/api/claims/${id}/dismiss`));
    expect(requests.map((r) => r.request.body)).toEqual([
      { version: 7, reason: 'Opinion, not checkable' },
      { version: 1, reason: 'Opinion, not checkable' },
    ]);
    requests[0].flush({ ...second, state: 'dismissed', version: 8 });
    requests[1].flush({ ...third, state: 'dismissed', version: 2 });
    await settle();

    expect(host.querySelector('[role="status"]')?.textContent).toBe('2 claims dismissed.');
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(bulk.selected().size).toBe(0);
  });
});

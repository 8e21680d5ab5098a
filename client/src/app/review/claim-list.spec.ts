import { ComponentFixture, TestBed } from '@angular/core/testing';

import { makeClaim } from '../../testing/fixtures';
import { ClaimList } from './claim-list';
import { ClaimFilters, NO_FILTERS } from './review.store';

describe('ClaimList', () => {
  let fixture: ComponentFixture<ClaimList>;
  let host: HTMLElement;
  let changes: Partial<ClaimFilters>[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(ClaimList);
    fixture.componentRef.setInput('claims', [
      makeClaim({ id: 'c1', assigneeId: 'me' }),
      makeClaim({ id: 'c2', text: 'Crime fell.', checkedText: 'Crime fell 10% in 2024', state: 'in_review' }),
    ]);
    fixture.componentRef.setInput('total', 5);
    fixture.componentRef.setInput('filters', NO_FILTERS);
    fixture.componentRef.setInput('myId', 'me');
    fixture.componentRef.setInput('selectedId', 'c2');
    changes = [];
    fixture.componentInstance.filtersChange.subscribe((change) => changes.push(change));
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('lists claims with state, checked wording and whose they are; marks the selected one', () => {
    const buttons = Array.from(host.querySelectorAll<HTMLButtonElement>('ul button'));

    expect(buttons.map((b) => b.querySelector('.text')?.textContent)).toEqual([
      'The council spent $5m on roads.',
      'Crime fell 10% in 2024',
    ]);
    expect(buttons[0].textContent).toContain('mine');
    expect(buttons[1].textContent).toContain('In review');
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    expect(host.textContent).toContain('2 of 5 claims shown');
  });

  it('emits filter changes for state, type, score and mine', () => {
    const [state, type, score] = Array.from(host.querySelectorAll('select'));
    state.value = 'in_review';
    state.dispatchEvent(new Event('change'));
    type.value = 'quantity';
    type.dispatchEvent(new Event('change'));
    score.value = '0.5';
    score.dispatchEvent(new Event('change'));
    host.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();

    expect(changes).toEqual([
      { states: ['in_review'] },
      { types: ['quantity'] },
      { minScore: 0.5 },
      { mineOnly: true },
    ]);
  });

  it('says so when no claim matches', async () => {
    fixture.componentRef.setInput('claims', []);
    await fixture.whenStable();

    expect(host.textContent).toContain('No claims match these filters.');
  });

  it('says an article without claims has none yet, and how to add one to those who may', async () => {
    fixture.componentRef.setInput('claims', []);
    fixture.componentRef.setInput('total', 0);
    await fixture.whenStable();
    const empty = (): string =>
      host.querySelector('li.empty')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

    expect(empty()).toBe('This article has no claims yet.');

    fixture.componentRef.setInput('canAddClaims', true);
    await fixture.whenStable();
    expect(empty()).toBe(
      'This article has no claims yet. To add one, select its words in the article text and choose Add claim.',
    );
    expect(host.textContent).not.toContain('No claims match');
  });

  it('shows named checkboxes for the claims an editor may tick, and reports each tick', async () => {
    expect(host.querySelector('input.pick')).toBeNull();
    const ticks: { claimId: string; checked: boolean }[] = [];
    fixture.componentInstance.checkedChange.subscribe((tick) => ticks.push(tick));
    fixture.componentRef.setInput('selectableIds', new Set(['c1']));
    fixture.componentRef.setInput('checkedIds', new Set<string>());
    await fixture.whenStable();

    const boxes = Array.from(host.querySelectorAll<HTMLInputElement>('input.pick'));
    expect(boxes.map((box) => box.getAttribute('aria-label'))).toEqual([
      'Select claim: The council spent $5m on roads.',
    ]);
    boxes[0].click();
    expect(ticks).toEqual([{ claimId: 'c1', checked: true }]);
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';

import { makeUser } from '../../testing/fixtures';
import { AssignPicker } from './assign-picker';

describe('AssignPicker', () => {
  let fixture: ComponentFixture<AssignPicker>;
  let host: HTMLElement;
  let assigned: string[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(AssignPicker);
    fixture.componentRef.setInput('people', [
      makeUser({ id: 'u-sam', displayName: 'Sam Checker' }),
      makeUser({ id: 'u-eve', displayName: 'Eve Editor', role: 'editor' }),
    ]);
    fixture.componentRef.setInput('currentId', 'u-eve');
    assigned = [];
    fixture.componentInstance.assign.subscribe((id) => assigned.push(id));
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('is a labelled picker; the current assignee cannot be picked again', () => {
    const label = host.querySelector('label');
    expect(label?.textContent).toContain('Assign to');
    expect(label?.querySelector('select')).not.toBeNull();
    const options = Array.from(host.querySelectorAll('option'));
    expect(options.map((o) => [o.textContent?.trim(), o.disabled])).toEqual([
      ['Choose a checker', false],
      ['Sam Checker (checker)', false],
      ['Eve Editor (editor)', true],
    ]);
    expect(host.querySelector('button')?.disabled).toBe(true);
  });

  it('sends the chosen person', async () => {
    const select = host.querySelector('select') as HTMLSelectElement;
    select.value = 'u-sam';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    host.querySelector('button')?.click();

    expect(assigned).toEqual(['u-sam']);
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { VERDICT_SCALE, type AvailableAction, type SourceDto } from '@claimdesk/shared';

import { VerdictForm, VerdictSubmission } from './verdict-form';

const allowed: AvailableAction = {
  action: 'submit_verdict',
  label: 'Submit verdict',
  allowed: true,
  needsInput: ['rating', 'rationale'],
};

describe('VerdictForm', () => {
  let fixture: ComponentFixture<VerdictForm>;
  let host: HTMLElement;
  let submitted: VerdictSubmission[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(VerdictForm);
    fixture.componentRef.setInput('submitAction', allowed);
    fixture.componentRef.setInput('verdicts', []);
    submitted = [];
    fixture.componentInstance.submitVerdict.subscribe((v) => submitted.push(v));
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('shows every rating of the scale with its description', () => {
    const labels = Array.from(host.querySelectorAll('label.rating'));

    expect(labels).toHaveLength(VERDICT_SCALE.length);
    expect(labels[1].textContent).toContain('Mostly true');
    expect(labels[1].textContent).toContain('Accurate but needs clarification or extra context.');
  });

  it('asks for a rating and a rationale before submitting', async () => {
    host.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Choose a rating.');

    host.querySelector<HTMLInputElement>('input[value="false"]')?.click();
    const rationale = host.querySelector<HTMLTextAreaElement>('#verdict-rationale');
    rationale!.value = 'The budget **fell**.';
    rationale!.dispatchEvent(new Event('input'));
    host.querySelector('form')?.dispatchEvent(new Event('submit'));

    expect(submitted).toEqual([{ rating: 'false', rationale: 'The budget **fell**.', sourceIds: [] }]);
  });

  it('previews the rationale as rendered Markdown without HTML injection', async () => {
    const rationale = host.querySelector<HTMLTextAreaElement>('#verdict-rationale');
    rationale!.value = '**Bold** <img src=x onerror=alert(1)>';
    rationale!.dispatchEvent(new Event('input'));
    host.querySelector<HTMLButtonElement>('#tab-preview')?.click();
    await fixture.whenStable();

    const preview = host.querySelector('[role="tabpanel"]');
    expect(preview?.querySelector('strong')?.textContent).toBe('Bold');
    expect(preview?.querySelector('img')).toBeNull();
    expect(preview?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('disables submission with the rule’s reason when refused', async () => {
    fixture.componentRef.setInput('submitAction', {
      ...allowed,
      allowed: false,
      code: 'SOURCE_REQUIRED',
      reason: 'A verdict needs at least 1 source; this claim has 0',
    });
    await fixture.whenStable();
    const submit = Array.from(host.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Submit verdict',
    );

    expect(submit?.disabled).toBe(true);
    expect(host.querySelector('#verdict-why')?.textContent).toContain('at least 1 source');
  });

  it('sends the sources the verdict relies on: all ticked by default, unticked ones left out', async () => {
    fixture.componentRef.setInput('sources', [
      { id: 's1', title: 'Budget 2024' },
      { id: 's2', title: 'Council minutes' },
    ] as SourceDto[]);
    await fixture.whenStable();
    const fieldset = host.querySelector('fieldset.relies-on');
    expect(fieldset?.querySelector('legend')?.textContent).toBe('Sources the verdict relies on');
    const boxes = Array.from(fieldset?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []);
    expect(boxes.map((box) => [box.closest('label')?.textContent?.trim(), box.checked])).toEqual([
      ['Budget 2024', true],
      ['Council minutes', true],
    ]);

    boxes[1].click();
    host.querySelector<HTMLInputElement>('input[value="true"]')?.click();
    const rationale = host.querySelector<HTMLTextAreaElement>('#verdict-rationale');
    rationale!.value = 'The budget says so.';
    rationale!.dispatchEvent(new Event('input'));
    host.querySelector('form')?.dispatchEvent(new Event('submit'));

    expect(submitted).toEqual([{ rating: 'true', rationale: 'The budget says so.', sourceIds: ['s1'] }]);
  });
});

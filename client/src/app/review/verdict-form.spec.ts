import { ComponentFixture, TestBed } from '@angular/core/testing';
import { VERDICT_SCALE, type AvailableAction, type SourceDto } from '@claimdesk/shared';

import { makeClaim } from '../../testing/fixtures';
import { makeVerdict } from '../editor-desk/desk.fixtures';
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

  describe('after an editor sent the verdict back', () => {
    const sources = [
      { id: 's1', title: 'Budget 2024', createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 's2', title: 'Council minutes', createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 's3', title: 'Added since', createdAt: '2026-02-01T00:00:00.000Z' },
    ] as SourceDto[];
    const sentBack = makeVerdict({
      id: 'v-1',
      claimId: 'c-1',
      rating: 'mostly_true',
      rationale: 'The **figures** agree.',
      sourceIds: ['s1'],
      createdAt: '2026-01-10T00:00:00.000Z',
      changesRequestedReason: 'Cite the 2025 budget, not the 2024 one.',
      changesRequestedBy: 'u-editor',
    });

    async function showClaim(state: 'changes_requested' | 'in_research'): Promise<void> {
      fixture.componentRef.setInput('claim', makeClaim({ id: 'c-1', state }));
      fixture.componentRef.setInput('sources', sources);
      fixture.componentRef.setInput('verdicts', [sentBack]);
      fixture.componentRef.setInput('submitAction', state === 'in_research' ? allowed : null);
      await fixture.whenStable();
    }

    it('shows the editor’s reason above the form, before and after resuming', async () => {
      await showClaim('changes_requested');
      const note = host.querySelector('[role="note"]');
      expect(note?.textContent).toContain('An editor requested changes');
      expect(note?.textContent).toContain('Cite the 2025 budget, not the 2024 one.');
      expect(note?.textContent).toContain('Resume research');

      await showClaim('in_research');
      const form = host.querySelector('form');
      expect(host.querySelector('[role="note"]')?.textContent).toContain('Cite the 2025 budget');
      // Above the form, where the checker starts, not in the history at the bottom.
      expect(
        host.querySelector('[role="note"]')!.compareDocumentPosition(form!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    });

    it('starts the revision from the verdict sent back: rating, rationale and the sources it relied on', async () => {
      await showClaim('in_research');

      expect(host.querySelector<HTMLInputElement>('input[value="mostly_true"]')?.checked).toBe(true);
      expect(host.querySelector<HTMLTextAreaElement>('#verdict-rationale')?.value).toBe(
        'The **figures** agree.',
      );
      const ticked = Array.from(host.querySelectorAll<HTMLInputElement>('fieldset.relies-on input')).map(
        (box) => box.checked,
      );
      // s2 was left out then and stays out; s3 came later and counts by default.
      expect(ticked).toEqual([true, false, true]);

      host.querySelector('form')?.dispatchEvent(new Event('submit'));
      expect(submitted).toEqual([
        { rating: 'mostly_true', rationale: 'The **figures** agree.', sourceIds: ['s1', 's3'] },
      ]);
    });

    it('keeps what the checker changed when the same verdicts are read again', async () => {
      await showClaim('in_research');
      const rationale = host.querySelector<HTMLTextAreaElement>('#verdict-rationale')!;
      rationale.value = 'The 2025 budget says $4m.';
      rationale.dispatchEvent(new Event('input'));
      fixture.componentRef.setInput('verdicts', [{ ...sentBack }]);
      await fixture.whenStable();

      expect(host.querySelector<HTMLTextAreaElement>('#verdict-rationale')?.value).toBe(
        'The 2025 budget says $4m.',
      );
    });

    it('starts empty for another claim', async () => {
      await showClaim('in_research');
      fixture.componentRef.setInput('claim', makeClaim({ id: 'c-2', state: 'in_research' }));
      fixture.componentRef.setInput('verdicts', []);
      await fixture.whenStable();

      expect(host.querySelector('[role="note"]')).toBeNull();
      expect(host.querySelector<HTMLTextAreaElement>('#verdict-rationale')?.value).toBe('');
      expect(host.querySelector<HTMLInputElement>('input[value="mostly_true"]')?.checked).toBe(false);
    });
  });

  it('shows the server’s refusal beside the Submit button', async () => {
    fixture.componentRef.setInput(
      'refusal',
      'Could not submit verdict: Only the assigned checker can do this',
    );
    await fixture.whenStable();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Only the assigned checker');
    expect(host.querySelector('[role="alert"]')?.nextElementSibling?.textContent).toContain('Submit verdict');
  });
});

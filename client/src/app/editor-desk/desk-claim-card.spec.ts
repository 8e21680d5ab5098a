import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { makeClaim } from '../../testing/fixtures';
import { DeskClaimCard } from './desk-claim-card';
import { makeVerdict } from './desk.fixtures';
import { OWN_VERDICT_REASON } from '../review/claim-actions';
import type { DeskEntry } from './review-queue';

function entry(own: boolean): DeskEntry {
  const verdict = makeVerdict({ changesRequestedReason: null });
  return {
    claim: makeClaim({ state: 'in_review', checkedText: 'Roads spending was $5m in 2025' }),
    verdict,
    history: [
      makeVerdict({
        id: 'v-0',
        revision: 1,
        changesRequestedReason: 'Add a source',
        changesRequestedBy: 'u-editor',
      }),
      { ...verdict, revision: 2 },
    ],
    sources: [
      {
        id: 's-1',
        claimId: 'c-1',
        documentId: 'd-1',
        url: 'https://stats.example/roads',
        title: 'Budget 2025',
        publisher: 'City',
        kind: 'official_statistics',
        excerpt: null,
        stance: 'refutes',
        accessedAt: null,
        archiveUrl: null,
        note: null,
        createdBy: 'u-checker',
        createdAt: '',
        updatedAt: '',
      },
    ],
    actions: [
      own
        ? {
            action: 'approve',
            label: 'Approve',
            allowed: false,
            code: 'FOUR_EYES_REQUIRED',
            reason: OWN_VERDICT_REASON,
            needsInput: [],
          }
        : { action: 'approve', label: 'Approve', allowed: true, needsInput: [] },
      { action: 'request_changes', label: 'Request changes', allowed: true, needsInput: ['reason'] },
    ],
  };
}

describe('DeskClaimCard', () => {
  let fixture: ComponentFixture<DeskClaimCard>;
  let card: HTMLElement;

  async function render(own: boolean): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(DeskClaimCard);
    fixture.componentRef.setInput('entry', entry(own));
    fixture.componentRef.setInput('articleTitle', 'Council spends more on roads');
    fixture.componentRef.setInput(
      'names',
      new Map([
        ['u-checker', 'Chris Checker'],
        ['u-editor', 'Eda Editor'],
      ]),
    );
    card = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function button(name: string): HTMLButtonElement | undefined {
    return Array.from(card.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  }

  it('shows the claim, the proposed rating with its author, the sources with stance and the history', async () => {
    await render(false);
    expect(card.querySelector('blockquote')?.textContent).toContain('The council spent $5m on roads.');
    expect(card.textContent).toContain('Checked as: Roads spending was $5m in 2025');
    expect(card.querySelector('h3')?.textContent).toContain('Mostly true');
    expect(card.querySelector('h3')?.textContent).toContain('Chris Checker');
    expect(card.querySelector('.sources')?.textContent).toContain('Refutes');
    expect(card.querySelector('.history')?.textContent).toContain(
      'Changes requested by Eda Editor: “Add a source”',
    );
    expect(card.querySelector('a')?.getAttribute('href')).toBe('/articles/a-1');
  });

  it('can take focus from "Show more" without joining the tab order, named by its claim', async () => {
    await render(false);
    const article = card.querySelector<HTMLElement>('article')!;
    expect(article.tabIndex).toBe(-1);
    expect(article.dataset['claimId']).toBe('c-1');
    const label = card.querySelector(`#${article.getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toContain('The council spent $5m on roads.');
  });

  it('disables approval of my own verdict and says why', async () => {
    await render(true);
    const approve = button('Approve');
    expect(approve?.disabled).toBe(true);
    expect(card.textContent).toContain(OWN_VERDICT_REASON);
  });

  it('asks a reason before requesting changes and emits it with the claim', async () => {
    await render(false);
    const decided: unknown[] = [];
    fixture.componentInstance.decided.subscribe((request) => decided.push(request));
    button('Request changes')?.click();
    await fixture.whenStable();
    const reason = card.querySelector<HTMLTextAreaElement>('textarea');
    reason!.value = 'Needs the 2025 budget';
    reason!.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    card.querySelector<HTMLFormElement>('form.reason')!.dispatchEvent(new Event('submit'));
    expect(decided).toEqual([{ action: 'request_changes', reason: 'Needs the 2025 budget', claimId: 'c-1' }]);
    // The reason stays until the decision went through (a refusal keeps what was typed); then the page closes it.
    expect(card.querySelector('textarea')).not.toBeNull();
    fixture.componentInstance.closeReason();
    await fixture.whenStable();
    expect(card.querySelector('textarea')).toBeNull();
  });

  it('shows a claim that is itself a quote as the article has it, without adding quote marks', async () => {
    await render(false);
    const quoted = '“We have fixed every pothole,” the mayor told the meeting.';
    fixture.componentRef.setInput('entry', { ...entry(false), claim: makeClaim({ text: quoted }) });
    await fixture.whenStable();

    expect(card.querySelector('blockquote')?.textContent).toBe(quoted);
  });

  it('calls the rating of an approved verdict the rating, not a proposal', async () => {
    await render(false);
    expect(card.querySelector('h3')?.textContent).toContain('Proposed rating:');

    const approved = entry(false);
    fixture.componentRef.setInput('entry', {
      ...approved,
      verdict: { ...approved.verdict, approvedAt: '2026-01-04T10:00:00.000Z', approvedBy: 'u-editor' },
    });
    await fixture.whenStable();

    expect(card.querySelector('h3')?.textContent?.trim()).toMatch(/^Rating: Mostly true/);
    expect(card.querySelector('h3')?.textContent).not.toContain('Proposed');
  });

  it('says on the card why the last decision on it was refused', async () => {
    await render(false);
    fixture.componentRef.setInput('problem', 'A second editor must approve this verdict');
    await fixture.whenStable();

    expect(card.querySelector('[role="alert"]')?.textContent).toBe(
      'A second editor must approve this verdict',
    );
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { availableActions } from '@claimdesk/shared';

import { ActionRequest, ClaimActions } from './claim-actions';

describe('ClaimActions', () => {
  let fixture: ComponentFixture<ClaimActions>;
  let host: HTMLElement;
  let requests: ActionRequest[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(ClaimActions);
    // A checker looking at someone else's claim in research: the shared rules refuse, with reasons.
    fixture.componentRef.setInput(
      'actions',
      availableActions(
        { state: 'in_research', assigneeId: 'u-other', verdictAuthorId: null, sourceCount: 0 },
        { id: 'u-me', role: 'checker' },
      ),
    );
    requests = [];
    fixture.componentInstance.act.subscribe((request) => requests.push(request));
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  function button(name: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  it('disables refused actions and says why beside them', () => {
    const dismiss = button('Dismiss');

    expect(dismiss.disabled).toBe(true);
    const why = host.querySelector(`#${dismiss.getAttribute('aria-describedby')}`);
    expect(why?.textContent).toBe('Only the assigned checker or an editor can do this');
  });

  it('asks for a reason before dismissing', async () => {
    fixture.componentRef.setInput(
      'actions',
      availableActions(
        { state: 'in_research', assigneeId: 'u-me', verdictAuthorId: null, sourceCount: 1 },
        { id: 'u-me', role: 'checker' },
      ),
    );
    await fixture.whenStable();
    button('Dismiss').click();
    await fixture.whenStable();

    const reason = host.querySelector<HTMLTextAreaElement>('#action-reason');
    expect(reason).not.toBeNull();
    reason!.value = 'Opinion, not checkable';
    reason!.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    host.querySelector('form')?.dispatchEvent(new Event('submit'));

    expect(requests).toEqual([{ action: 'dismiss', reason: 'Opinion, not checkable' }]);
  });

  it('offers "Assign to me" when the claim is free', async () => {
    const taken: boolean[] = [];
    fixture.componentInstance.take.subscribe(() => taken.push(true));
    fixture.componentRef.setInput('canTake', true);
    await fixture.whenStable();

    button('Assign to me').click();

    expect(taken).toEqual([true]);
  });
});

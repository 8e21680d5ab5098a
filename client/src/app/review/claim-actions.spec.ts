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
    // Focus only moves between elements in the document.
    document.body.appendChild(host);
    await fixture.whenStable();
  });

  afterEach(() => host.remove());

  function button(name: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  function reasonField(): HTMLTextAreaElement | null {
    const label = Array.from(host.querySelectorAll('label')).find((l) => l.textContent?.startsWith('Reason'));
    return label ? host.querySelector<HTMLTextAreaElement>(`#${label.htmlFor}`) : null;
  }

  async function mayDismiss(): Promise<void> {
    fixture.componentRef.setInput(
      'actions',
      availableActions(
        { state: 'in_research', assigneeId: 'u-me', verdictAuthorId: null, sourceCount: 1 },
        { id: 'u-me', role: 'checker' },
      ),
    );
    await fixture.whenStable();
  }

  async function type(reason: string): Promise<void> {
    const field = reasonField()!;
    field.value = reason;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('disables refused actions and says why beside them', () => {
    const dismiss = button('Dismiss');

    expect(dismiss.disabled).toBe(true);
    const why = host.querySelector(`#${dismiss.getAttribute('aria-describedby')}`);
    expect(why?.textContent).toBe('Only the assigned checker or an editor can do this');
  });

  it('asks for a reason before dismissing', async () => {
    await mayDismiss();
    button('Dismiss').click();
    await fixture.whenStable();

    expect(reasonField()).not.toBeNull();
    await type('Opinion, not checkable');
    host.querySelector('form')?.dispatchEvent(new Event('submit'));

    expect(requests).toEqual([{ action: 'dismiss', reason: 'Opinion, not checkable' }]);
  });

  it('moves focus into the reason box when it opens, so typed letters never reach the page', async () => {
    await mayDismiss();
    const dismiss = button('Dismiss');
    dismiss.focus();
    dismiss.click();
    await fixture.whenStable();

    expect(document.activeElement).toBe(reasonField());
    expect(dismiss.getAttribute('aria-expanded')).toBe('true');
    expect(fixture.componentInstance.askingReason()).toBe(true);
  });

  it('gives focus back to the button that opened the reason on Cancel', async () => {
    await mayDismiss();
    button('Dismiss').click();
    await fixture.whenStable();
    button('Cancel').click();
    await fixture.whenStable();

    expect(reasonField()).toBeNull();
    expect(document.activeElement).toBe(button('Dismiss'));
    expect(fixture.componentInstance.askingReason()).toBe(false);
  });

  it('keeps the reason as typed until the step went through, and shows why it was refused', async () => {
    await mayDismiss();
    button('Dismiss').click();
    await fixture.whenStable();
    await type('Opinion');
    host.querySelector('form')?.dispatchEvent(new Event('submit'));
    fixture.componentRef.setInput('problem', 'Could not dismiss: Someone is assigned');
    await fixture.whenStable();

    expect(reasonField()?.value).toBe('Opinion');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Could not dismiss: Someone is assigned');

    fixture.componentInstance.closeReason();
    await fixture.whenStable();
    expect(reasonField()).toBeNull();
  });

  it('gives each copy its own ids, as several cards share a page', async () => {
    const other = TestBed.createComponent(ClaimActions);
    other.componentRef.setInput('actions', fixture.componentInstance.actions());
    await other.whenStable();
    const ids = (root: HTMLElement) => Array.from(root.querySelectorAll('[id]')).map((element) => element.id);

    expect(ids(host).length).toBeGreaterThan(0);
    expect(ids(other.nativeElement as HTMLElement).some((id) => ids(host).includes(id))).toBe(false);
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

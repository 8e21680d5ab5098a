import { ComponentFixture, TestBed } from '@angular/core/testing';

import { CommentEdit, CommentsPanel } from './comments-panel';
import { CommentDto } from './review.types';

const later = new Date(Date.now() + 10 * 60_000).toISOString();

function makeComment(overrides: Partial<CommentDto> = {}): CommentDto {
  return {
    id: 'm1',
    claimId: 'c1',
    articleId: 'a-1',
    author: { id: 'u-me', displayName: 'Me Myself' },
    body: 'Check the 2023 budget.',
    deleted: false,
    edited: false,
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    editedAt: null,
    deletedAt: null,
    editableUntil: later,
    ...overrides,
  };
}

describe('CommentsPanel', () => {
  let fixture: ComponentFixture<CommentsPanel>;
  let host: HTMLElement;
  let edits: CommentEdit[];
  let removed: CommentDto[];

  const mine = makeComment();
  const theirs = makeComment({
    id: 'm2',
    author: { id: 'u-other', displayName: 'Other Person' },
    body: '<b>not bold</b>',
    edited: true,
  });
  const closed = makeComment({ id: 'm3', body: 'Old one', editableUntil: '2020-01-01T00:00:00Z' });

  beforeEach(async () => {
    fixture = TestBed.createComponent(CommentsPanel);
    fixture.componentRef.setInput('comments', [mine, theirs, closed]);
    fixture.componentRef.setInput('canWrite', true);
    fixture.componentRef.setInput('myId', 'u-me');
    edits = [];
    removed = [];
    fixture.componentInstance.edit.subscribe((edit) => edits.push(edit));
    fixture.componentInstance.remove.subscribe((comment) => removed.push(comment));
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  function items(): HTMLLIElement[] {
    return Array.from(host.querySelectorAll('ul > li'));
  }

  function buttonsOf(item: HTMLElement): string[] {
    return Array.from(item.querySelectorAll('button')).map((b) => b.textContent?.trim() ?? '');
  }

  it('offers Edit and Delete only on my own comments while the edit window is open', () => {
    expect(buttonsOf(items()[0])).toEqual(['Edit comment', 'Delete comment']);
    expect(buttonsOf(items()[1])).toEqual([]);
    expect(buttonsOf(items()[2])).toEqual([]);
  });

  it('marks an edited comment and shows its text as text', () => {
    expect(items()[1].querySelector('.meta')?.textContent).toContain('edited');
    expect(items()[0].querySelector('.meta')?.textContent).not.toContain('edited');
    expect(items()[1].querySelector('.body')?.textContent).toBe('<b>not bold</b>');
    expect(items()[1].querySelector('b')).toBeNull();
  });

  it('edits a comment in place', async () => {
    items()[0].querySelector('button')?.click();
    await fixture.whenStable();
    const field = host.querySelector<HTMLTextAreaElement>('#edit-m1') as HTMLTextAreaElement;
    expect(field.value).toBe('Check the 2023 budget.');
    expect(host.querySelector('label[for="edit-m1"]')?.textContent).toBe('Edit your comment');

    field.value = 'Check the 2024 budget.';
    field.dispatchEvent(new Event('input'));
    field.closest('form')?.dispatchEvent(new Event('submit'));

    expect(edits).toEqual([{ comment: mine, body: 'Check the 2024 budget.' }]);
  });

  it('asks to delete my comment', () => {
    buttonsOf(items()[0]);
    Array.from(items()[0].querySelectorAll('button'))[1].click();
    expect(removed).toEqual([mine]);
  });

  it('shows why a change was refused beside the comment', async () => {
    fixture.componentRef.setInput('problem', {
      commentId: 'm1',
      message: 'This comment can no longer be changed',
    });
    await fixture.whenStable();
    expect(items()[0].querySelector('[role="alert"]')?.textContent).toBe(
      'This comment can no longer be changed',
    );
  });

  it('takes focus into the edit box, and back to the comment’s Edit button on Cancel', async () => {
    document.body.appendChild(host);
    items()[0].querySelector<HTMLButtonElement>('button')!.click();
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('edit-m1');

    Array.from(items()[0].querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Cancel')!
      .click();
    await fixture.whenStable();

    expect(document.activeElement?.getAttribute('data-edit-comment')).toBe('m1');
    host.remove();
  });

  it('says why a comment could not be posted beside the Post button', async () => {
    fixture.componentRef.setInput('postProblem', 'Comments are closed');
    await fixture.whenStable();
    const alert = host.querySelector('form [role="alert"]');

    expect(alert?.textContent).toBe('Comments are closed');
    expect(alert?.nextElementSibling?.textContent?.trim()).toBe('Post comment');
  });
});

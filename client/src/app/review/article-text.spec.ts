import { ComponentFixture, TestBed } from '@angular/core/testing';

import { makeClaim } from '../../testing/fixtures';
import { ArticleText } from './article-text';
import { buildSegments } from './highlights';

const text = 'Intro <script>window.pwned=1</script> The council spent $5m. <img src=x onerror=alert(1)> End.';
const claimStart = text.indexOf('The council');
const claim = makeClaim({
  id: 'c1',
  start: claimStart,
  end: claimStart + 'The council spent $5m.'.length,
  speaker: 'Mayor',
});

describe('ArticleText', () => {
  let fixture: ComponentFixture<ArticleText>;
  let host: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(ArticleText);
    fixture.componentRef.setInput('segments', buildSegments(text, [claim]));
    fixture.componentRef.setInput('canAddClaims', true);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('renders the article as text, markup included, and never as elements', () => {
    expect(host.querySelector('.article-body')?.textContent).toBe(text);
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('img')).toBeNull();
  });

  it('highlights a claim in its state colour with its offsets', () => {
    const mark = host.querySelector<HTMLElement>('mark[data-claim="c1"]');

    expect(mark?.textContent).toBe('The council spent $5m.');
    expect(mark?.classList).toContain('state-detected');
    expect(mark?.dataset['start']).toBe(String(claimStart));
    expect(mark?.getAttribute('role')).toBe('button');
  });

  it('selects a claim when its highlight is clicked', () => {
    const selected: string[] = [];
    fixture.componentInstance.claimSelected.subscribe((id) => selected.push(id));

    host.querySelector<HTMLElement>('mark')?.click();

    expect(selected).toEqual(['c1']);
  });

  it('marks the selected claim and makes it the one tabbable highlight', async () => {
    fixture.componentRef.setInput('selectedId', 'c1');
    await fixture.whenStable();
    const mark = host.querySelector<HTMLElement>('mark');

    expect(mark?.getAttribute('aria-pressed')).toBe('true');
    expect(mark?.getAttribute('tabindex')).toBe('0');
  });

  it('shows score, type and speaker when a highlight is hovered', async () => {
    host.querySelector('mark')?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await fixture.whenStable();

    const tooltip = host.querySelector('[role="tooltip"]');
    expect(tooltip?.textContent).toContain('Score 90%');
    expect(tooltip?.textContent).toContain('Quantity');
    expect(tooltip?.textContent).toContain('speaker: Mayor');
    expect(host.querySelector('mark')?.getAttribute('aria-describedby')).toBe(tooltip?.id);
  });

  it('offers "Add claim" for selected text and emits its offsets', async () => {
    document.body.appendChild(host);
    const added: { start: number; end: number }[] = [];
    fixture.componentInstance.addClaim.subscribe((selection) => added.push(selection));
    const intro = host.querySelector('span[data-start="0"]')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(intro, 0);
    range.setEnd(intro, 5);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await fixture.whenStable();

    const button = Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Add claim');
    button?.click();

    expect(added).toEqual([expect.objectContaining({ start: 0, end: 5 })]);
    host.remove();
  });
});

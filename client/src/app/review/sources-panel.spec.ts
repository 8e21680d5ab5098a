import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { SourceDto } from '@claimdesk/shared';

import { SourceSave, SourcesPanel } from './sources-panel';

const source: SourceDto = {
  id: 's1',
  claimId: 'c1',
  url: 'javascript:alert(1)',
  title: 'Stored hostile link',
  publisher: null,
  kind: 'news_report',
  excerpt: 'An excerpt',
  stance: 'refutes',
  accessedAt: null,
  archiveUrl: null,
  note: null,
  createdBy: 'u1',
  createdAt: '2026-01-01T00:00:00Z',
} as SourceDto;

describe('SourcesPanel', () => {
  let fixture: ComponentFixture<SourcesPanel>;
  let host: HTMLElement;
  let saved: SourceSave[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(SourcesPanel);
    fixture.componentRef.setInput('sources', [source]);
    fixture.componentRef.setInput('canWrite', true);
    saved = [];
    fixture.componentInstance.save.subscribe((save) => saved.push(save));
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  function fill(id: string, value: string): void {
    const field = host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!field) throw new Error(`no #${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function openForm(): Promise<void> {
    Array.from(host.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Add source')
      ?.click();
    await fixture.whenStable();
  }

  it('lists sources with stance and never links a non-http URL', () => {
    expect(host.textContent).toContain('Stored hostile link');
    expect(host.textContent).toContain('Refutes the claim');
    expect(host.querySelector('a')).toBeNull();
  });

  it('refuses a javascript: URL and sends nothing', async () => {
    await openForm();
    fill('source-url', 'javascript:alert(1)');
    fill('source-title', 'Evil');
    host.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    expect(saved).toEqual([]);
    expect(host.textContent).toContain('Enter a full http:// or https:// address.');
  });

  it('sends a valid source with its stance and excerpt', async () => {
    await openForm();
    fill('source-url', ' https://stats.example.org/table ');
    fill('source-title', 'Statistics table');
    fill('source-excerpt', 'Roads: $5m');
    host.querySelector('form')?.dispatchEvent(new Event('submit'));

    expect(saved).toEqual([
      {
        sourceId: null,
        input: {
          url: 'https://stats.example.org/table',
          title: 'Statistics table',
          publisher: null,
          kind: 'other',
          stance: 'supports',
          excerpt: 'Roads: $5m',
        },
      },
    ]);
  });

  it('shows the server refusal beside the Save button, keeping the form open as typed', async () => {
    await openForm();
    fill('source-url', 'https://stats.example.org/table');
    fill('source-title', 'Statistics table');
    host.querySelector('form')?.dispatchEvent(new Event('submit'));
    fixture.componentRef.setInput('problem', 'This claim already cites that document');
    await fixture.whenStable();

    const alert = host.querySelector('form [role="alert"]:not(:empty)');
    expect(alert?.textContent?.trim()).toBe('This claim already cites that document');
    // Right above the Save button, not at the top of the panel.
    expect(alert?.nextElementSibling?.querySelector('button[type="submit"]')).not.toBeNull();
    expect(host.querySelector<HTMLInputElement>('#source-url')?.value).toBe(
      'https://stats.example.org/table',
    );
    expect(host.querySelector<HTMLInputElement>('#source-title')?.value).toBe('Statistics table');
  });

  it('takes focus to the URL on opening the form, and back to "Add source" on Cancel', async () => {
    document.body.appendChild(host);
    const toggled: unknown[] = [];
    fixture.componentInstance.formToggled.subscribe(() => toggled.push(true));
    await openForm();
    expect(document.activeElement?.id).toBe('source-url');

    Array.from(host.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Cancel')
      ?.click();
    await fixture.whenStable();

    expect(host.querySelector('form')).toBeNull();
    expect(document.activeElement?.textContent?.trim()).toBe('Add source');
    expect(toggled).toHaveLength(2);
    host.remove();
  });

  describe('a URL already cited elsewhere', () => {
    const usage = {
      url: 'https://stats.example.org/table',
      documents: [
        {
          documentId: 'd1',
          url: 'https://stats.example.org/table',
          title: 'Roads spending table',
          publisher: 'Statistics Office',
          kind: 'official_statistics' as const,
          citations: [
            { sourceId: 's7', claimId: 'c7', articleId: 'a-2', stance: 'supports' as const },
            { sourceId: 's8', claimId: 'c8', articleId: 'a-3', stance: 'refutes' as const },
          ],
        },
      ],
    };
    let lookups: string[];

    beforeEach(() => {
      jest.useFakeTimers();
      lookups = [];
      fixture.componentInstance.urlLookup.subscribe((url) => lookups.push(url));
    });

    afterEach(() => jest.useRealTimers());

    it('looks the URL up after a pause in typing, and on leaving the field', async () => {
      Array.from(host.querySelectorAll('button'))
        .find((b) => b.textContent?.trim() === 'Add source')
        ?.click();
      fixture.detectChanges();
      fill('source-url', 'https://stats.exa');
      fill('source-url', 'https://stats.example.org/table');
      jest.advanceTimersByTime(400);
      expect(lookups.filter(Boolean)).toEqual(['https://stats.example.org/table']);

      fill('source-url', 'not a url');
      host.querySelector('#source-url')?.dispatchEvent(new Event('blur'));
      expect(lookups.at(-1)).toBe('');
    });

    it('looks the same URL up again in a form opened later, as it may have been cited meanwhile', async () => {
      const open = (): void =>
        Array.from(host.querySelectorAll('button'))
          .find((b) => b.textContent?.trim() === 'Add source')
          ?.click();
      open();
      fixture.detectChanges();
      fill('source-url', 'https://stats.example.org/table');
      host.querySelector('#source-url')?.dispatchEvent(new Event('blur'));
      fixture.componentInstance.close();
      fixture.detectChanges();

      open();
      fixture.detectChanges();
      fill('source-url', 'https://stats.example.org/table');
      host.querySelector('#source-url')?.dispatchEvent(new Event('blur'));

      expect(lookups.filter(Boolean)).toEqual([
        'https://stats.example.org/table',
        'https://stats.example.org/table',
      ]);
    });

    it('says how many claims cite it and fills title and publisher from the shared record', async () => {
      Array.from(host.querySelectorAll('button'))
        .find((b) => b.textContent?.trim() === 'Add source')
        ?.click();
      fixture.detectChanges();
      fill('source-url', 'https://stats.example.org/table');
      fixture.componentRef.setInput('usage', usage);
      fixture.detectChanges();

      expect(host.querySelector('.already-cited')?.textContent).toContain('Already cited on 2 claims');
      Array.from(host.querySelectorAll('button'))
        .find((b) => b.textContent?.includes('Use title and publisher'))
        ?.click();
      fixture.detectChanges();

      expect(host.querySelector<HTMLInputElement>('#source-title')?.value).toBe('Roads spending table');
      expect(host.querySelector<HTMLInputElement>('#source-publisher')?.value).toBe('Statistics Office');
      expect(host.querySelector<HTMLSelectElement>('#source-kind')?.value).toBe('official_statistics');
    });

    it('says when the URL is cited on this very claim, without offering to copy it from itself', async () => {
      fixture.componentRef.setInput('claimId', 'c7');
      Array.from(host.querySelectorAll('button'))
        .find((b) => b.textContent?.trim() === 'Add source')
        ?.click();
      fixture.detectChanges();
      fill('source-url', 'https://stats.example.org/table');
      const onThisOnly = {
        ...usage,
        documents: [{ ...usage.documents[0], citations: [usage.documents[0].citations[0]] }],
      };
      fixture.componentRef.setInput('usage', onThisOnly);
      fixture.detectChanges();

      expect(host.querySelector('.already-cited')?.textContent?.trim()).toBe('Already cited on this claim');
      expect(host.textContent).not.toContain('Use title and publisher');

      fixture.componentRef.setInput('usage', usage);
      fixture.detectChanges();
      expect(host.querySelector('.already-cited p')?.textContent).toBe(
        'Already cited on this claim, and on 1 other claim',
      );
    });

    it('says nothing for a different URL than the one looked up', async () => {
      Array.from(host.querySelectorAll('button'))
        .find((b) => b.textContent?.trim() === 'Add source')
        ?.click();
      fixture.detectChanges();
      fill('source-url', 'https://other.example.org/');
      fixture.componentRef.setInput('usage', usage);
      fixture.detectChanges();

      expect(host.querySelector('.already-cited')).toBeNull();
    });
  });
});

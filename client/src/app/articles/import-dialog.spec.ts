import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';

import { makeArticle } from '../../testing/fixtures';
import { ARTICLES_URL } from './articles.store';
import { ImportDialog } from './import-dialog';

describe('ImportDialog', () => {
  let fixture: ComponentFixture<ImportDialog>;
  let http: HttpTestingController;
  let host: HTMLElement;
  const close = jest.fn();

  beforeEach(async () => {
    close.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ImportDialog);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function field(label: string): HTMLInputElement | HTMLTextAreaElement {
    const formField = Array.from(host.querySelectorAll('mat-form-field')).find((f) =>
      f.querySelector('mat-label')?.textContent?.includes(label),
    );
    const control = formField?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    if (!control) throw new Error(`no field ${label}`);
    return control;
  }

  function type(label: string, value: string): void {
    const control = field(label);
    control.value = value;
    control.dispatchEvent(new Event('input'));
  }

  async function chooseMode(label: string): Promise<void> {
    const radio = Array.from(host.querySelectorAll('label'))
      .find((l) => l.textContent?.includes(label))
      ?.querySelector('input');
    radio?.click();
    radio?.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  function submit(): void {
    host.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  }

  it('imports pasted text, shows progress, then closes with the new article id', async () => {
    type('Title', 'Bridge costs');
    type('Article text', 'The bridge cost $450m.');
    submit();
    const request = http.expectOne(ARTICLES_URL);
    expect(request.request.body).toEqual({ title: 'Bridge costs', text: 'The bridge cost $450m.' });
    await fixture.whenStable();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Extracting claims');

    request.flush({ article: makeArticle({ id: 'a-new' }), claimsCreated: 1 });
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));

    expect(close).toHaveBeenCalledWith('a-new');
  });

  it('needs the text before sending', async () => {
    submit();
    await fixture.whenStable();

    expect(host.textContent).toContain('Paste the article text.');
    http.expectNone(ARTICLES_URL);
  });

  it('takes a dropped file and refuses an unsupported one', async () => {
    await chooseMode('A file');
    const zone = host.querySelector('.drop-zone') as HTMLElement;
    const drop = (file: File) => {
      const event = new Event('drop', { cancelable: true }) as Event & { dataTransfer: unknown };
      event.dataTransfer = { files: [file] };
      zone.dispatchEvent(event);
    };

    drop(new File(['x'], 'photo.png'));
    await fixture.whenStable();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      '“photo.png” is not a supported file',
    );

    drop(new File(['text'], 'story.docx'));
    await fixture.whenStable();
    expect(host.textContent).toContain('Selected: story.docx');
    submit();
    http.expectOne(`${ARTICLES_URL}/upload`).flush({ article: makeArticle(), claimsCreated: 0 });
  });

  it('refuses a URL that is not http(s) and shows the server’s refusal of a good one', async () => {
    await chooseMode('A web address');
    type('Article address', 'javascript:alert(1)');
    submit();
    await fixture.whenStable();
    expect(host.textContent).toContain('Use a full http:// or https:// address.');
    http.expectNone(`${ARTICLES_URL}/import-url`);

    type('Article address', 'https://news.example/story');
    submit();
    http
      .expectOne(`${ARTICLES_URL}/import-url`)
      .flush(
        { code: 'URL_FETCH_FAILED', message: 'The page did not answer' },
        { status: 422, statusText: 'x' },
      );
    await fixture.whenStable();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Import failed: The page did not answer',
    );
    expect(close).not.toHaveBeenCalled();
  });
});

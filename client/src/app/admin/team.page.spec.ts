import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { makeUser } from '../../testing/fixtures';
import { TeamPage } from './team.page';

const ADMIN = makeUser({ id: 'u-admin', displayName: 'Ada Admin', role: 'admin' });
const GONE = makeUser({
  id: 'u-gone',
  displayName: 'Gus Gone',
  active: false,
  createdAt: '2025-02-03T00:00:00Z',
  deactivatedAt: '2026-03-04T12:00:00Z',
});

describe('TeamPage', () => {
  let fixture: ComponentFixture<TeamPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (node: Element | null | undefined): string =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const settle = async (): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const liveRegions = (): Element[] =>
    Array.from(page.querySelectorAll('[role="status"], [role="alert"], [aria-live]'));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TeamPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/users').flush([ADMIN, GONE]);
    await settle();
  });

  afterEach(() => http.verify());

  async function addMember(email: string): Promise<void> {
    const form = page.querySelector<HTMLFormElement>('form.filters')!;
    const set = (name: string, value: string) =>
      ((form.elements.namedItem(name) as HTMLInputElement).value = value);
    set('displayName', 'Eda Editor');
    set('email', email);
    set('password', 'long-enough-1');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
  }

  it('says since when an account is deactivated, from its deactivation, not its creation', () => {
    const row = Array.from(page.querySelectorAll('tbody tr')).find((tr) => text(tr).includes('Gus Gone'));
    const status = row?.querySelectorAll('td')[2];

    expect(text(status)).toBe('Deactivated since Mar 4, 2026');
  });

  it('announces an outcome once, in one status line', async () => {
    await addMember('eda@x.test');
    http.expectOne('/api/users').flush(makeUser({ id: 'u-eda', displayName: 'Eda Editor' }));
    await settle();

    const speaking = liveRegions().filter((region) => text(region).includes('Created Eda Editor'));
    expect(speaking.map((region) => region.getAttribute('role'))).toEqual(['status']);
  });

  it('replaces the notice of an earlier success with the refusal that follows', async () => {
    await addMember('eda@x.test');
    http.expectOne('/api/users').flush(makeUser({ id: 'u-eda', displayName: 'Eda Editor' }));
    await settle();
    await addMember('eda@x.test');
    http
      .expectOne('/api/users')
      .flush(
        { code: 'CONFLICT', message: 'A user with this email already exists' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(liveRegions().map(text).filter(Boolean)).toEqual(['A user with this email already exists']);
    expect(page.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('keeps the team table in its own labelled, keyboard-scrollable box for narrow screens', () => {
    const box = page.querySelector('table')?.parentElement;

    expect(box?.classList).toContain('table-scroll');
    expect(box?.getAttribute('role')).toBe('region');
    expect(box?.getAttribute('aria-label')).toBe('Team members');
    expect(box?.getAttribute('tabindex')).toBe('0');
  });
});

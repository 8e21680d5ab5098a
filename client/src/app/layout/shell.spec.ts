import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, DeferBlockState, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { makeUser } from '../../testing/fixtures';
import { routes } from '../app.routes';
import { HEALTH_URL } from '../health/health.store';
import { AUTH_URLS, SessionStore } from '../session/session.store';
import { NARROW_SCREEN, Shell } from './shell';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let router: Router;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter(routes), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(Shell);
    page = fixture.nativeElement as HTMLElement;
    router = TestBed.inject(Router);
    const httpTesting = TestBed.inject(HttpTestingController);
    // The footer's health check is a pending request; stability waits for it.
    httpTesting
      .expectOne(HEALTH_URL)
      .flush({ status: 'ok', version: '0.1.0', database: 'sqlite', uptimeSeconds: 1 });
    const loaded = TestBed.inject(SessionStore).ensureLoaded();
    // An editor sees every link but Team (admins only); the nav follows the shared PERMISSIONS table.
    httpTesting.expectOne(AUTH_URLS.me).flush({ user: makeUser({ role: 'editor' }) });
    await loaded;
    await fixture.whenStable();
  });

  async function visit(url: string): Promise<void> {
    await router.navigateByUrl(url);
    // Pages ask for their data; this suite is about the frame, so every page gets an empty list
    // (with the empty extras of My claims).
    for (const request of TestBed.inject(HttpTestingController).match(() => true)) {
      request.flush({ items: [], nextCursor: null, counts: {}, articleTitles: {} });
    }
    await fixture.whenStable();
  }

  function navLinks(): HTMLAnchorElement[] {
    return Array.from(page.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a'));
  }

  it('shows the product name as a link home in the banner', () => {
    const brand = page.querySelector<HTMLAnchorElement>('header a.brand');

    expect(brand?.textContent?.trim()).toBe('ClaimDesk');
    expect(brand?.getAttribute('href')).toBe('/');
  });

  it('has a main navigation with the feature links of the role', () => {
    expect(navLinks().map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Articles', '/articles'],
      ['My claims', '/my-claims'],
      ['Search claims', '/claims'],
      ['Review queue', '/review-queue'],
      ['Dashboard', '/dashboard'],
      ['Export', '/export'],
    ]);
  });

  it('has the landmarks: banner, main with id main, and the status footer', () => {
    expect(page.querySelector('header')).not.toBeNull();
    expect(page.querySelector('main#main')).not.toBeNull();
    expect(page.querySelector('footer[role="contentinfo"] [role="status"]')?.textContent).toContain(
      'Server healthy',
    );
  });

  it('shows who is logged in and a log out button', () => {
    expect(page.querySelector('header .who')?.textContent).toContain('Chris Checker');
    expect(page.querySelector('header button.logout')?.textContent?.trim()).toBe('Log out');
  });

  it('does not load the narrow menu on a wide screen', () => {
    expect(page.querySelector('cd-narrow-menu')).toBeNull();
  });

  it('opens the articles page at the root address', async () => {
    await visit('/');

    expect(router.url).toBe('/articles');
    expect(page.querySelector('main h1')?.textContent).toBe('Articles');
  });

  it.each([
    ['/articles', 'Articles'],
    ['/my-claims', 'My claims'],
    ['/claims', 'Search claims'],
    ['/review-queue', 'Review queue'],
  ])('renders the lazy %s page in main and marks its link current', async (url, heading) => {
    await visit(url);

    expect(page.querySelector('main h1')?.textContent).toBe(heading);
    const current = navLinks().filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current.map((link) => link.textContent?.trim())).toEqual([heading]);
  });

  it('links my name to my account page, marked current there', async () => {
    const who = page.querySelector<HTMLAnchorElement>('header a.who');
    expect(who?.getAttribute('href')).toBe('/account');

    await visit('/account');

    expect(page.querySelector('main h1')?.textContent).toBe('Your account');
    expect(who?.getAttribute('aria-current')).toBe('page');
  });

  it('shows a not-found page for an unknown address', async () => {
    await visit('/no-such-page');

    expect(page.querySelector('main h1')?.textContent).toBe('Page not found');
  });

  it('skip link moves focus to main without leaving the page', async () => {
    await visit('/review-queue');
    document.body.appendChild(page);
    const skipLink = page.querySelector<HTMLAnchorElement>('a.skip-link');

    expect(skipLink?.textContent?.trim()).toBe('Skip to main content');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    skipLink?.dispatchEvent(click);

    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(page.querySelector('main#main'));
    expect(router.url).toBe('/review-queue');
    page.remove();
  });
});

describe('Shell on a narrow screen', () => {
  let fixture: ComponentFixture<Shell>;
  let page: HTMLElement;
  let http: HttpTestingController;
  const text = (node: Element | null | undefined): string =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  /** A phone: the media query of the narrow menu matches (jsdom has no matchMedia of its own). */
  function narrowScreen(): void {
    window.matchMedia = jest.fn((query: string) => ({
      matches: query === NARROW_SCREEN,
      media: query,
      addEventListener: jest.fn(),
      removeEventListener: jest.fn(),
    })) as unknown as typeof window.matchMedia;
  }

  beforeEach(async () => {
    narrowScreen();
    TestBed.configureTestingModule({
      providers: [provideRouter(routes), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Shell);
    page = fixture.nativeElement as HTMLElement;
    document.body.appendChild(page);
    http
      .expectOne(HEALTH_URL)
      .flush({ status: 'ok', version: '0.1.0', database: 'sqlite', uptimeSeconds: 1 });
    const loaded = TestBed.inject(SessionStore).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush({ user: makeUser({ role: 'admin', displayName: 'Ada Admin' }) });
    await loaded;
    await fixture.whenStable();
    // The narrow menu is a deferred chunk; wait for it as the browser would.
    const [menuBlock] = await fixture.getDeferBlocks();
    await menuBlock.render(DeferBlockState.Complete);
  });

  afterEach(() => {
    page.remove();
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  function menuButton(): HTMLButtonElement | undefined {
    return Array.from(page.querySelectorAll<HTMLButtonElement>('header button')).find(
      (button) => text(button) === 'Menu',
    );
  }

  async function openMenu(): Promise<HTMLElement[]> {
    menuButton()?.click();
    await fixture.whenStable();
    return Array.from(document.querySelectorAll<HTMLElement>('[role="menu"] [role="menuitem"]'));
  }

  it('puts every page, the account and Log out behind one Menu button', async () => {
    const items = await openMenu();

    expect(menuButton()?.getAttribute('aria-haspopup')).toBe('menu');

    expect(document.querySelector('[role="menu"]')?.getAttribute('aria-label')).toBe('Main menu');
    expect(items.map(text)).toEqual([
      'Articles',
      'My claims',
      'Search claims',
      'Review queue',
      'Dashboard',
      'Export',
      'Team',
      'Your account (Ada Admin, admin)',
      'Log out',
    ]);
    expect(items.slice(0, -1).map((item) => item.getAttribute('href'))).toEqual([
      '/articles',
      '/my-claims',
      '/claims',
      '/review-queue',
      '/dashboard',
      '/export',
      '/admin/team',
      '/account',
    ]);
  });

  it('logs out from the menu', async () => {
    const logOut = (await openMenu()).find((item) => text(item) === 'Log out');

    logOut?.click();
    http.expectOne(AUTH_URLS.logout).flush(null);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(TestBed.inject(SessionStore).signedIn()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login');
  });
});

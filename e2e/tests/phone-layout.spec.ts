import type { Locator, Page } from '@playwright/test';

import { expect, test } from '../support/fixtures';
import { ADMIN } from '../support/journey';
import { SAMPLE_TITLE, claimButtons, claimPanel } from '../support/review-page';

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

/** How wide the page is; wider than the screen means it scrolls sideways. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
}

/** The top bar on a phone is one Menu button; every page, the account and Log out are behind it. */
async function openMenu(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Menu' }).click();
  const menu = page.getByRole('menu', { name: 'Main menu' });
  await expect(menu).toBeVisible();
  return menu;
}

async function goTo(page: Page, destination: string | RegExp): Promise<void> {
  await (await openMenu(page)).getByRole('menuitem', { name: destination }).click();
}

/** The admin's main screens, each with something that only shows once its data is in (and can widen it). */
const SCREENS: { destination: string | RegExp; heading: string; loaded: (page: Page) => Locator }[] = [
  {
    destination: 'Articles',
    heading: 'Articles',
    loaded: (page) => page.getByRole('link', { name: SAMPLE_TITLE }),
  },
  { destination: 'My claims', heading: 'My claims', loaded: (page) => page.getByRole('main') },
  { destination: 'Search claims', heading: 'Search claims', loaded: (page) => page.getByRole('main') },
  { destination: 'Review queue', heading: 'Review queue', loaded: (page) => page.getByRole('main') },
  {
    destination: 'Dashboard',
    heading: 'Dashboard',
    loaded: (page) => page.getByRole('region', { name: 'Claims by state table' }).getByRole('link'),
  },
  {
    destination: 'Team',
    heading: 'Team',
    loaded: (page) => page.getByRole('rowheader', { name: 'Administrator' }),
  },
  {
    destination: /^Your account/,
    heading: 'Your account',
    loaded: (page) => page.getByText(ADMIN.email),
  },
];

test('an admin on a phone reaches every screen from the menu, and none scrolls sideways', async ({
  page,
}) => {
  await test.step('log in: the top bar is a Menu button, not a row of links', async () => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeInViewport();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });

  await test.step('the menu holds every destination, all on screen', async () => {
    const menu = await openMenu(page);
    const destinations = [
      'Articles',
      'My claims',
      'Search claims',
      'Review queue',
      'Dashboard',
      'Export',
      'Team',
      'Your account (Administrator, admin)',
      'Log out',
    ];
    await expect(menu.getByRole('menuitem')).toHaveText(destinations);
    for (const destination of destinations) {
      await expect(menu.getByRole('menuitem', { name: destination })).toBeInViewport();
    }
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
  });

  for (const screen of SCREENS) {
    await test.step(`${screen.heading} fits the screen`, async () => {
      await goTo(page, screen.destination);
      await expect(page.getByRole('heading', { name: screen.heading, level: 1 })).toBeVisible();
      await expect(screen.loaded(page).first()).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  }

  await test.step('the audit trail (from Team) fits the screen; its table scrolls in its own box', async () => {
    await goTo(page, 'Team');
    await page.getByRole('link', { name: 'System audit trail' }).click();
    await expect(page.getByRole('heading', { name: 'System audit trail', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Audit entries' }).getByRole('row').nth(1)).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  await test.step('Export fits the screen, with an article and its public link, and across articles', async () => {
    await goTo(page, 'Export');
    await expect(page.getByRole('heading', { name: 'Export reports', level: 1 })).toBeVisible();
    await page.getByLabel('Article to export').fill('Alaska');
    await page.getByRole('option', { name: SAMPLE_TITLE }).click();
    await expect(page.getByLabel('Public report link')).toBeVisible();
    await expectNoSidewaysScroll(page);

    await page.getByLabel('Claims across articles').check();
    await expect(page.getByLabel('Approved to')).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  await test.step('an export range that ends before it starts is refused at the field', async () => {
    await page.getByLabel('Approved from').fill('2026-12-31');
    await page.getByLabel('Approved to').fill('2026-01-01');
    await page.getByLabel('Approved to').blur();
    await expect(page.getByLabel('Approved to')).toHaveAccessibleDescription(
      'Choose a date on or after “Approved from”.',
    );
    const csv = page.getByRole('button', { name: 'CSV' });
    await expect(csv).toHaveAttribute('aria-disabled', 'true');
    await expect(csv).toHaveAccessibleDescription(/“Approved to” is before “Approved from”/);
    // aria-disabled, not disabled: it keeps its place in the tab order and, pressed, leads to the field.
    await csv.press('Enter');
    await expect(page.getByLabel('Approved to')).toBeFocused();
  });

  await test.step('Log out is in the menu too', async () => {
    await goTo(page, 'Log out');
    await expect(page.getByRole('heading', { name: 'Log in to ClaimDesk' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You are logged out.' })).toBeVisible();
  });
});

test('on a phone the article page scrolls as one page, down to the chosen claim', async ({ page }) => {
  await test.step('open the sample article', async () => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('link', { name: SAMPLE_TITLE }).click();
    await expect(page.getByRole('heading', { name: SAMPLE_TITLE, level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  await test.step('choose a claim: its details follow the list, reached by scrolling the page alone', async () => {
    const claim = claimButtons(page).nth(4);
    await claim.click();
    await expect(claimPanel(page)).toBeVisible();
    // Scrolled by the page alone: a pane or list scrolling on its own would keep the details clipped here.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(claimPanel(page)).toBeInViewport();
    await expect(claimButtons(page).last()).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

// On one scrolling page, choosing a claim scrolls to its details; the words and the list scroll only inside
// their own panes (core/scroll-box.ts).
test('on a phone, choosing a claim brings its details into view', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('link', { name: SAMPLE_TITLE }).click();

  await test.step('from the list', async () => {
    await claimButtons(page).nth(4).click();
    await expect(claimPanel(page)).toBeInViewport();
  });

  await test.step('from its words in the article', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('mark[data-claim]').nth(1).click();
    await expect(claimPanel(page)).toBeInViewport();
    await expect(claimPanel(page)).toContainText(await page.locator('mark[data-claim]').nth(1).innerText());
  });
});

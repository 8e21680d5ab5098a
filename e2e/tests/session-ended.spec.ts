import type { Browser, Page } from '@playwright/test';

import { expect, test } from '../support/fixtures';
import { createUser, logIn, type Credentials } from '../support/journey';

/** A second browser (its own cookies) logged in as the same person, on My claims. */
async function elsewhere(browser: Browser, who: Credentials): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, who);
  await page.getByRole('link', { name: 'My claims' }).click();
  await expect(page.getByRole('heading', { name: 'My claims', level: 1 })).toBeVisible();
  return page;
}

async function expectSessionEndedNotice(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('status').filter({ hasText: 'Your session has ended' })).toBeVisible();
}

test('a session ended from another browser explains itself, whether the page asks or is reloaded', async ({
  page,
  request,
  browser,
}) => {
  const editor = await createUser(request, 'editor', 'Erin Editor');
  await logIn(page, editor);
  const newPassword = 'a fresh passphrase for erin';

  const clicking = await elsewhere(browser, editor);
  const reloading = await elsewhere(browser, editor);

  await test.step('a password change ends both other sessions', async () => {
    await page.getByRole('link', { name: /Erin Editor/ }).click();
    await page.getByLabel('Current password').fill(editor.password);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Repeat new password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Password changed' })).toBeVisible();
  });

  await test.step('the browser that moves on is told why it must log in', async () => {
    await clicking.getByRole('link', { name: 'Search claims' }).click();
    await expectSessionEndedNotice(clicking);
  });

  await test.step('so is the browser that reloads the page', async () => {
    await reloading.reload();
    await expectSessionEndedNotice(reloading);
    await expect(reloading).toHaveURL(/returnUrl=%2Fmy-claims/);
  });

  await test.step('"Log out other sessions" reads the same on reload', async () => {
    const freshCredentials = { email: editor.email, password: newPassword };
    const leftOpen = await elsewhere(browser, freshCredentials);
    await page.getByRole('button', { name: 'Log out other sessions' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Logged out of 1 other session' })).toBeVisible();
    await leftOpen.reload();
    await expectSessionEndedNotice(leftOpen);
    await leftOpen.context().close();
  });

  await test.step('logging out on purpose, then reloading, is a plain login page', async () => {
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You are logged out.' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Log in to ClaimDesk' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('status')).toHaveCount(0);
  });

  for (const other of [clicking, reloading]) await other.context().close();
});

import { expect, test } from '../support/fixtures';

import { ADMIN, expectAccessible, logIn, saveScreenshot } from '../support/journey';

test('logging in and out, with a clear error for a wrong password', async ({ page }, testInfo) => {
  await test.step('a deep link while signed out leads to the login page', async () => {
    await page.goto('/my-claims');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fmy-claims$/);
    await expect(page.getByRole('heading', { name: 'Log in to ClaimDesk' })).toBeVisible();
    await expectAccessible(page, testInfo, 'login');
    await saveScreenshot(page, testInfo, 'login');
  });

  await test.step('a wrong password is refused with a clear message', async () => {
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toContainText('do not match an active account');
  });

  await test.step('the right password leads back to the page asked for', async () => {
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/my-claims$/);
    await expect(page.getByRole('heading', { name: 'My claims' })).toBeVisible();
  });

  await test.step('logging out ends the session', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You are logged out.' })).toBeVisible();
    await page.goto('/articles');
    await expect(page).toHaveURL(/\/login/);
  });
});

test('a session that ends on the server sends the user to log in and back', async ({ page, context }) => {
  await logIn(page);
  await page.goto('/articles');
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();

  await test.step('the session cookie disappears; the next API call answers 401', async () => {
    await context.clearCookies();
    await page.getByRole('link', { name: 'My claims' }).click();
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fmy-claims$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your session has ended' })).toBeVisible();
  });

  await test.step('logging in again returns to the page', async () => {
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(/\/my-claims$/);
  });
});

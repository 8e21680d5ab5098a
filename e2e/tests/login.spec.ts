import { expect, test } from '../support/fixtures';

import { ADMIN, createUser, expectAccessible, logIn, saveScreenshot } from '../support/journey';

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

test('a checker changes their own password from the account page', async ({
  page,
  request,
  browser,
}, testInfo) => {
  const checker = await createUser(request, 'checker', 'Casey Checker');
  const newPassword = 'a fresh passphrase for casey';
  await logIn(page, checker);
  const elsewhere = await browser.newContext();
  const otherTab = await elsewhere.newPage();
  await logIn(otherTab, checker);

  await test.step('my name in the top bar leads to my account', async () => {
    await page.getByRole('link', { name: /Casey Checker/ }).click();
    await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
    await expect(page.getByText(checker.email)).toBeVisible();
  });

  await test.step('a wrong current password is refused on that field', async () => {
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Repeat new password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('That is not your current password.')).toBeVisible();
  });

  await test.step('the right one changes it and I stay logged in here', async () => {
    await page.getByLabel('Current password').fill(checker.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Password changed' })).toBeVisible();
    await expectAccessible(page, testInfo, 'account');
    await saveScreenshot(page, testInfo, 'account');
    await page.getByRole('link', { name: 'My claims' }).click();
    await expect(page.getByRole('heading', { name: 'My claims' })).toBeVisible();
  });

  await test.step('my other session has ended', async () => {
    await otherTab.getByRole('link', { name: 'My claims' }).click();
    await expect(otherTab).toHaveURL(/\/login/);
    await elsewhere.close();
  });

  await test.step('the old password no longer works; the new one does', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Email').fill(checker.email);
    await page.getByLabel('Password').fill(checker.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toContainText('do not match an active account');
    await logIn(page, { email: checker.email, password: newPassword });
  });
});

test('an editor logs out a browser left open elsewhere, without changing the password', async ({
  page,
  request,
  browser,
}) => {
  const editor = await createUser(request, 'editor', 'Eli Editor');
  await logIn(page, editor);
  const elsewhere = await browser.newContext();
  const leftOpen = await elsewhere.newPage();
  await logIn(leftOpen, editor);

  await test.step('the account page ends every other session', async () => {
    await page.getByRole('link', { name: /Eli Editor/ }).click();
    await page.getByRole('button', { name: 'Log out other sessions' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Logged out of 1 other session' })).toBeVisible();
  });

  await test.step('the browser left open is sent to log in; this one carries on', async () => {
    await leftOpen.getByRole('link', { name: 'My claims' }).click();
    await expect(leftOpen).toHaveURL(/\/login/);
    await elsewhere.close();
    await page.getByRole('link', { name: 'My claims' }).click();
    await expect(page.getByRole('heading', { name: 'My claims' })).toBeVisible();
  });
});

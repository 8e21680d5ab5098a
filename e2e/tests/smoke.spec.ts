import { expect, test } from '../support/fixtures';

test('the app loads, names itself and reports a healthy server', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'ClaimDesk' }).first()).toBeVisible();
  // Signed out, every page leads to the login form.
  await expect(page.getByRole('heading', { name: 'Log in to ClaimDesk' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('status')).toContainText(/healthy/i);
  await expect(page.getByRole('contentinfo').getByRole('status')).toContainText(/SQLite/i);
});

test('a deep link is served by the client app (SPA fallback)', async ({ page }) => {
  const response = await page.goto('/articles');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Farticles$/);
  await expect(page.getByRole('heading', { name: 'Log in to ClaimDesk' })).toBeVisible();
});

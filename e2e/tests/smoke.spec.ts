import { expect, test } from '@playwright/test';

test('the app loads, names itself and reports a healthy server', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'ClaimDesk' }).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('status')).toContainText(/healthy/i);
  await expect(page.getByRole('contentinfo').getByRole('status')).toContainText(/SQLite/i);
});

test('a deep link is served by the client app (SPA fallback)', async ({ page }) => {
  const response = await page.goto('/articles');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

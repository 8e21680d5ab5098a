import { expect, test } from '../support/fixtures';

import { expectAccessible, logIn, saveScreenshot } from '../support/journey';
import { claimPanel, SAMPLE_TITLE } from '../support/review-page';

test('searching every article for a claim, then opening it in its article', async ({ page }, testInfo) => {
  await logIn(page);

  await test.step('search the claims for a name', async () => {
    await page.getByRole('link', { name: 'Search claims' }).click();
    await expect(page.getByRole('heading', { name: 'Search claims', level: 1 })).toBeVisible();
    await page.getByLabel('Text in the claim').fill('Putin');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/claims\?q=Putin$/);
    const results = page.getByRole('list', { name: 'Matching claims' }).getByRole('link');
    await expect(results.first()).toContainText('Putin');
    await expect(page.getByRole('status').filter({ hasText: /found|Showing/ })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Matching claims' })).toContainText(SAMPLE_TITLE);
    await expectAccessible(page, testInfo, 'claim-search');
    await saveScreenshot(page, testInfo, 'claim-search');
  });

  await test.step('a search nothing matches says so', async () => {
    await page.getByLabel('Text in the claim').fill('no claim says zebra-crossing-xyz');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No claims match.' })).toBeVisible();
  });

  await test.step('back returns to the earlier search, and a result opens in its article', async () => {
    await page.goBack();
    await expect(page.getByLabel('Text in the claim')).toHaveValue('Putin');
    const first = page.getByRole('list', { name: 'Matching claims' }).getByRole('link').first();
    const text = (await first.textContent())?.trim() ?? '';
    await first.click();
    await expect(page.getByRole('heading', { name: SAMPLE_TITLE, level: 1 })).toBeVisible();
    await expect(claimPanel(page)).toContainText(text.slice(0, 40));
  });
});

import { expect, test } from '../support/fixtures';

import { ADMIN } from '../support/journey';
import { claimButtons, claimPanel, fact } from '../support/review-page';

const TITLE = `Claim editing ${Date.now()}`;
const TEXT =
  'The city spent $12 million on parks in 2024 and planted 4,000 trees across 30 districts.\n\n' +
  'Unemployment fell to 3.1% in June, the statistics office reported.';

test('an editor rewords, splits, merges, dismisses and restores claims from the panel', async ({ page }) => {
  await test.step('an article with known claims', async () => {
    await expect(await page.request.post('/api/auth/login', { data: ADMIN })).toBeOK();
    const imported = await page.request.post('/api/articles', { data: { title: TITLE, text: TEXT } });
    await expect(imported).toBeOK();
    const { article } = (await imported.json()) as { article: { id: string } };
    // Whatever extraction found, make sure the first sentence is a claim of its own.
    await page.request.post(`/api/articles/${article.id}/claims`, { data: { start: 0, end: 88 } });
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  });

  const first = claimButtons(page).filter({ hasText: 'The city spent $12 million' }).first();

  await test.step('reword the claim as checked', async () => {
    await first.click();
    await claimPanel(page).getByRole('button', { name: 'Edit, split or merge' }).click();
    await page.getByLabel('Claim as checked').fill('The city spent $12m on parks in 2024');
    await page.getByLabel('Speaker').fill('City treasurer');
    await page.getByRole('button', { name: 'Save claim' }).click();
    await expect(fact(page, 'Claim as checked')).toHaveText('The city spent $12m on parks in 2024');
    await expect(fact(page, 'Speaker')).toHaveText('City treasurer');
  });

  const countBefore = await claimButtons(page).count();

  await test.step('split it in two at a word boundary', async () => {
    await claimPanel(page).getByRole('button', { name: 'Edit, split or merge' }).click();
    // Options are article offsets, labelled with the words either side of the cut.
    await page.getByLabel('Split this claim at').selectOption(String(TEXT.indexOf('and planted')));
    await page.getByRole('button', { name: 'Split claim' }).click();
    await expect(claimButtons(page)).toHaveCount(countBefore + 1);
  });

  await test.step('merge it back with the next claim', async () => {
    await claimButtons(page).filter({ hasText: 'The city spent $12 million' }).first().click();
    await claimPanel(page).getByRole('button', { name: 'Edit, split or merge' }).click();
    await page.getByRole('button', { name: 'Merge with next claim' }).click();
    await expect(claimButtons(page)).toHaveCount(countBefore);
  });

  await test.step('dismiss with a reason, then restore', async () => {
    await claimPanel(page).getByRole('button', { name: 'Dismiss' }).click();
    await page.getByLabel('Reason to dismiss').fill('Already checked last week');
    await page.getByLabel('Reason to dismiss').press('Enter');
    await expect(claimPanel(page).locator('.state-chip')).toHaveText('Dismissed');
    await expect(fact(page, 'Dismissed because')).toHaveText('Already checked last week');
    await claimPanel(page).getByRole('button', { name: 'Restore' }).click();
    await expect(claimPanel(page).locator('.state-chip')).toHaveText('Detected');
  });
});

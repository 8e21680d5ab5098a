import { expect, test } from '../support/fixtures';

import { createUser, expectAccessible, logIn, saveScreenshot } from '../support/journey';
import { SAMPLE_TITLE, claimButtons, claimPanel, openArticle } from '../support/review-page';

test('the review page works from the keyboard', async ({ page, request }, testInfo) => {
  const checker = await createUser(request, 'checker', 'Kim Keys');
  await logIn(page, checker);
  await openArticle(page, SAMPLE_TITLE);

  await test.step('Tab reaches the claim list, Enter selects a claim', async () => {
    await page.getByRole('link', { name: '← All articles' }).focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (
        await claimButtons(page)
          .first()
          .evaluate((el) => el === document.activeElement)
      )
        break;
    }
    await expect(claimButtons(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(claimButtons(page).first()).toHaveAttribute('aria-pressed', 'true');
    await expect(claimPanel(page)).toBeVisible();
  });

  await test.step('j and k move between claims, in the list and the article', async () => {
    await page.locator('body').press('j');
    await expect(claimButtons(page).nth(1)).toHaveAttribute('aria-pressed', 'true');
    const claimId = await claimButtons(page).nth(1).getAttribute('data-claim');
    await expect(page.locator(`mark[data-claim="${claimId}"]`).first()).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.locator('body').press('k');
    await expect(claimButtons(page).first()).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('a assigns the claim to me, s opens the source form', async () => {
    // Other journeys took the first claims; this one is still free.
    await claimButtons(page).nth(6).click();
    await page.locator('body').press('a');
    await expect(claimPanel(page).locator('dt:text-is("Assignee") + dd')).toHaveText('You');
    await page.locator('body').press('s');
    await expect(page.getByLabel('Source URL')).toBeFocused();
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('? lists the shortcuts in a dialog; Escape closes it', async () => {
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row')).toHaveCount(9);
    await expectAccessible(page, testInfo, 'shortcuts-dialog');
    await saveScreenshot(page, testInfo, 'shortcuts-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('clicking a highlight selects its claim', async () => {
    const mark = page.locator('mark[data-claim]').nth(3);
    const claimId = await mark.getAttribute('data-claim');
    await mark.click();
    await expect(page.locator(`button[data-claim="${claimId}"]`)).toHaveAttribute('aria-pressed', 'true');
  });
});

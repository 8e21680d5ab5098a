import { expect, test } from '../support/fixtures';

import { createUser, expectAccessible, logIn, saveScreenshot } from '../support/journey';
import { SAMPLE_TITLE, claimButtons, claimPanel, openArticle } from '../support/review-page';

test('the review page works from the keyboard', async ({ page, request }, testInfo) => {
  const checker = await createUser(request, 'checker', 'Kim Keys');
  await logIn(page, checker);
  await openArticle(page, SAMPLE_TITLE);

  await test.step('the article text scrolls from the keyboard before any claim is selected', async () => {
    await expectAccessible(page, testInfo, 'review-page-nothing-selected');
    const pane = page.getByRole('region', { name: 'Article text' });
    await pane.focus();
    await expect(pane).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect.poll(() => pane.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  });

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
    await expect(claimPanel(page).getByRole('button', { name: 'Add source' })).toBeFocused();
  });

  await test.step('a reason takes the focus: letters typed in it never act on claims', async () => {
    const panel = claimPanel(page);
    const selected = claimButtons(page).nth(6);
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    const reason = page.getByLabel('Reason to dismiss');
    await expect(reason).toBeFocused();
    await page.keyboard.type('just a vague opinion, skip');
    await expect(reason).toHaveValue('just a vague opinion, skip');
    await expect(selected).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Source URL')).toHaveCount(0);
    await expect(panel.locator('.state-chip')).toHaveText('Detected');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(reason).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Dismiss' })).toBeFocused();
  });

  await test.step('after a step, focus stays in the claim panel rather than going back to the top', async () => {
    const panel = claimPanel(page);
    await panel.getByRole('button', { name: 'Start research' }).click();
    await expect(panel.locator('.state-chip')).toHaveText('In research');
    await expect(panel.getByRole('heading', { name: 'Selected claim' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).not.toBeFocused();
    expect(await panel.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  });

  await test.step('Ctrl+Enter submits the verdict and leaves focus in the claim panel', async () => {
    const panel = claimPanel(page);
    await page.locator('body').press('s');
    await page.getByLabel('Source URL').fill('https://www.reuters.com/world/alaska-summit-keys');
    await page.getByLabel('Source title').fill('Reuters summit report');
    await page.getByRole('button', { name: 'Save source' }).click();
    await expect(panel.getByRole('link', { name: 'Reuters summit report' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Sources (1)' })).toBeFocused();
    await page.getByRole('radio', { name: /Mixed/ }).check();
    await page.getByLabel('Rationale (Markdown)').fill('Partly so, see the report.');
    await page.getByLabel('Rationale (Markdown)').press('Control+Enter');
    await expect(panel.locator('.state-chip')).toHaveText('In review');
    await expect(panel.getByRole('heading', { name: 'Selected claim' })).toBeFocused();
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

import { expect, test } from '../support/fixtures';

import { createUser, logIn } from '../support/journey';
import { SAMPLE_TITLE, claimButtons, claimPanel, openArticle } from '../support/review-page';

test('a javascript: source URL is refused', async ({ page, request }) => {
  const checker = await createUser(request, 'checker', 'Sam Sources');
  await logIn(page, checker);
  await openArticle(page, SAMPLE_TITLE);
  await claimButtons(page).nth(2).click();
  await claimPanel(page).getByRole('button', { name: 'Assign to me' }).click();
  await claimPanel(page).getByRole('button', { name: 'Start research' }).click();
  await expect(claimPanel(page).locator('.state-chip')).toHaveText('In research');

  await test.step('the form refuses the URL and sends nothing', async () => {
    let posted = false;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/sources')) posted = true;
    });
    await claimPanel(page).getByRole('button', { name: 'Add source' }).click();
    await page.getByLabel('Source URL').fill('javascript:alert(document.cookie)');
    await page.getByLabel('Source title').fill('Evil');
    await page.getByRole('button', { name: 'Save source' }).click();
    await expect(page.getByText('Enter a full http:// or https:// address.')).toBeVisible();
    await expect(claimPanel(page).getByText('No sources yet.')).toBeVisible();
    expect(posted).toBe(false);
  });

  await test.step('the server refuses it too', async () => {
    const claimId = await claimButtons(page).nth(2).getAttribute('data-claim');
    const response = await page.request.post(`/api/claims/${claimId}/sources`, {
      data: { url: 'javascript:alert(1)', title: 'Evil', kind: 'other', stance: 'context' },
    });
    expect(response.status()).toBe(400);
  });
});

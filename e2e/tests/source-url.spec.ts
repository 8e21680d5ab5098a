import { expect, test } from '../support/fixtures';

import { createUser, logIn } from '../support/journey';
import { SAMPLE_TITLE, claimButtons, claimPanel, openArticle } from '../support/review-page';

test('a source URL is refused when it is not http(s), or already cited on the claim', async ({
  page,
  request,
}) => {
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

  await test.step('the same URL twice: the refusal shows beside Save, the form keeps what was typed', async () => {
    const panel = claimPanel(page);
    const url = 'https://www.whitehouse.gov/briefings/alaska-summit-sources';
    // The refused javascript: URL left the form open.
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.getByRole('button', { name: 'Add source' })).toBeFocused();
    await panel.getByRole('button', { name: 'Add source' }).click();
    await page.getByLabel('Source URL').fill(url);
    await page.getByLabel('Source title').fill('White House briefing');
    await page.getByRole('button', { name: 'Save source' }).click();
    await expect(panel.getByRole('link', { name: 'White House briefing' })).toBeVisible();

    await panel.getByRole('button', { name: 'Add source' }).click();
    await page.getByLabel('Source URL').fill(url);
    await page.getByLabel('Source URL').blur();
    await expect(panel.getByText('Already cited on this claim')).toBeVisible();
    await page.getByLabel('Source title').fill('The briefing again');
    const save = page.getByRole('button', { name: 'Save source' });
    await save.click();
    const form = page.getByRole('form', { name: 'Source' });
    const refusal = form.getByRole('alert').filter({ hasText: 'This claim already cites that document' });
    await expect(refusal).toBeVisible();
    await expect(refusal).toBeInViewport();
    await expect(save).toBeFocused();
    await expect(page.getByLabel('Source URL')).toHaveValue(url);
    await expect(page.getByLabel('Source title')).toHaveValue('The briefing again');
    await expect(panel.getByRole('heading', { name: 'Sources (1)' })).toBeVisible();
  });
});

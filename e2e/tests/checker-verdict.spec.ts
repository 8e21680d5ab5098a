import { expect, test } from '../support/fixtures';

import { createUser, expectAccessible, logIn, saveScreenshot } from '../support/journey';
import { SAMPLE_TITLE, claimButtons, claimPanel, fact, openArticle } from '../support/review-page';

test('a checker takes a claim of the sample article, adds two sources and submits a verdict', async ({
  page,
  request,
}, testInfo) => {
  const checker = await createUser(request, 'checker', 'Carla Verdict');
  await logIn(page, checker);

  await test.step('open the sample article and select its first claim', async () => {
    await openArticle(page, SAMPLE_TITLE);
    await expect(page.locator('mark[data-claim]').first()).toBeVisible();
    await claimButtons(page).first().click();
    await expect(claimPanel(page)).toBeVisible();
    await expect(fact(page, 'Assignee')).toHaveText('Nobody yet');
  });

  await test.step('take the claim and start research', async () => {
    await claimPanel(page).getByRole('button', { name: 'Assign to me' }).click();
    await expect(fact(page, 'Assignee')).toHaveText('You');
    await claimPanel(page).getByRole('button', { name: 'Start research' }).click();
    await expect(claimPanel(page).locator('.state-chip')).toHaveText('In research');
  });

  await test.step('the verdict is refused until a source is attached, and says why', async () => {
    const verdictForm = page.getByRole('form', { name: 'Verdict' });
    await expect(verdictForm.getByRole('button', { name: 'Submit verdict' })).toBeDisabled();
    await expect(
      claimPanel(page)
        .getByText(/A verdict needs at least 1 source/)
        .first(),
    ).toBeVisible();
  });

  for (const [index, source] of [
    {
      url: 'https://www.whitehouse.gov/briefings/alaska-summit',
      title: 'White House briefing',
      stance: 'Supports the claim',
    },
    {
      url: 'https://www.reuters.com/world/alaska-summit-report',
      title: 'Reuters report',
      stance: 'Gives context',
    },
  ].entries()) {
    await test.step(`add source ${index + 1}: ${source.title}`, async () => {
      await claimPanel(page).getByRole('button', { name: 'Add source' }).click();
      await page.getByLabel('Source URL').fill(source.url);
      await page.getByLabel('Source title').fill(source.title);
      await page.getByLabel('Kind of source').selectOption({ label: 'News report' });
      await page.getByRole('radio', { name: source.stance }).check();
      await page.getByLabel('Excerpt').fill('The two leaders met at Joint Base Elmendorf-Richardson.');
      await page.getByRole('button', { name: 'Save source' }).click();
      await expect(claimPanel(page).getByRole('link', { name: source.title })).toBeVisible();
    });
  }
  await expect(claimPanel(page).getByRole('heading', { name: 'Sources (2)' })).toBeVisible();

  await test.step('write the verdict with a Markdown preview and submit it', async () => {
    // Not "Mostly true": the newsroom story (another file, same database) looks for its own verdict by rating.
    await page.getByRole('radio', { name: /Mixed/ }).check();
    await expect(page.getByText('Partly accurate, partly not.')).toBeVisible();
    await page
      .getByLabel('Rationale (Markdown)')
      .fill('The meeting **did** take place, see the [briefing](https://www.whitehouse.gov/).');
    await page.getByRole('tab', { name: 'Preview' }).click();
    await expect(page.getByRole('tabpanel').locator('strong')).toHaveText('did');
    await expectAccessible(page, testInfo, 'review-page');
    await saveScreenshot(page, testInfo, 'review-page');
    await page.getByRole('form', { name: 'Verdict' }).getByRole('button', { name: 'Submit verdict' }).click();
    await expect(claimPanel(page).locator('.state-chip')).toHaveText('In review');
    await expect(claimPanel(page).getByRole('heading', { name: 'Verdict history' })).toBeVisible();
  });

  await test.step('the claim shows in My claims under In review', async () => {
    await page.getByRole('link', { name: 'My claims' }).click();
    const group = page.getByRole('region', { name: /In review/ });
    await expect(group.getByRole('listitem')).toHaveCount(1);
    await expectAccessible(page, testInfo, 'my-claims');
    await saveScreenshot(page, testInfo, 'my-claims');
  });
});

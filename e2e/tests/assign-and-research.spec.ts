import { expect, test } from '../support/fixtures';

import { createUser, expectAccessible, logIn } from '../support/journey';
import { SAMPLE_TITLE, claimButtons, claimPanel, fact, openArticle } from '../support/review-page';

const BUDGET_URL = 'https://www.whitehouse.gov/briefings/alaska-summit-budget';

test('an editor assigns claims one by one and in bulk; the checker reuses a cited source and picks the verdict’s sources', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const checker = await createUser(request, 'checker', 'Sam Assignee');
  await logIn(page);
  await openArticle(page, SAMPLE_TITLE);
  const picks = page.getByRole('checkbox', { name: /^Select claim:/ });

  await test.step('assign the selected claim from the "Assign to" picker', async () => {
    await claimButtons(page).first().click();
    await claimPanel(page).getByLabel('Assign to').selectOption({ label: 'Sam Assignee (checker)' });
    await claimPanel(page).getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(fact(page, 'Assignee')).toHaveText('Sam Assignee');
  });

  await test.step('tick two claims and assign them both at once', async () => {
    await picks.nth(1).check();
    await picks.nth(2).check();
    const bulk = page.getByRole('group', { name: 'Bulk actions on selected claims' });
    await expect(bulk.getByText('2 selected', { exact: true })).toBeVisible();
    await expectAccessible(page, testInfo, 'review-page-bulk');
    await bulk.getByLabel('Assign selected claims to').selectOption({ label: 'Sam Assignee (checker)' });
    await bulk.getByRole('button', { name: 'Assign 2 selected' }).click();
    await expect(bulk.getByRole('status')).toHaveText('2 claims assigned.');
    await claimButtons(page).nth(1).click();
    await expect(fact(page, 'Assignee')).toHaveText('Sam Assignee');
  });

  await test.step('tick two more and dismiss them with one reason', async () => {
    const bulk = page.getByRole('group', { name: 'Bulk actions on selected claims' });
    await picks.nth(3).check();
    await picks.nth(4).check();
    await bulk.getByLabel('Dismissal reason for the selected claims').fill('Opinion, not checkable');
    await bulk.getByRole('button', { name: 'Dismiss 2 selected' }).click();
    await expect(bulk.getByRole('status')).toHaveText('2 claims dismissed.');
    await expect(claimButtons(page).nth(3).locator('.state-chip')).toHaveText('Dismissed');
  });

  await test.step('the author edits, then deletes, their own comment', async () => {
    await claimButtons(page).first().click();
    await claimPanel(page).getByLabel('Add a comment').fill('Ask the budget office');
    await claimPanel(page).getByRole('button', { name: 'Post comment' }).click();
    const comment = claimPanel(page).getByRole('listitem').filter({ hasText: 'Ask the budget office' });
    await comment.getByRole('button', { name: 'Edit comment' }).click();
    await claimPanel(page).getByLabel('Edit your comment').fill('Ask the budget office and the mayor');
    await claimPanel(page).getByRole('button', { name: 'Save comment' }).click();
    const edited = claimPanel(page).getByRole('listitem').filter({ hasText: 'and the mayor' });
    await expect(edited.getByText('edited')).toBeVisible();
    await edited.getByRole('button', { name: 'Delete comment' }).click();
    await expect(claimPanel(page).getByText('Comment deleted.')).toBeVisible();
  });

  const context = await browser.newContext();
  const checkerPage = await context.newPage();
  await logIn(checkerPage, checker);
  await openArticle(checkerPage, SAMPLE_TITLE);
  const panel = claimPanel(checkerPage);

  await test.step('research the first claim with two sources', async () => {
    await claimButtons(checkerPage).first().click();
    await expect(fact(checkerPage, 'Assignee')).toHaveText('You');
    await panel.getByRole('button', { name: 'Start research' }).click();
    await expect(panel.locator('.state-chip')).toHaveText('In research');
    for (const source of [
      { url: BUDGET_URL, title: 'Budget table', publisher: 'Statistics Office' },
      { url: 'https://www.reuters.com/world/alaska-summit', title: 'Reuters report', publisher: 'Reuters' },
    ]) {
      await panel.getByRole('button', { name: 'Add source' }).click();
      await checkerPage.getByLabel('Source URL').fill(source.url);
      await checkerPage.getByLabel('Source title').fill(source.title);
      await checkerPage.getByLabel('Publisher').fill(source.publisher);
      await checkerPage.getByRole('button', { name: 'Save source' }).click();
      await expect(panel.getByRole('link', { name: source.title })).toBeVisible();
    }
  });

  await test.step('the verdict relies only on the ticked source', async () => {
    const verdict = checkerPage.getByRole('form', { name: 'Verdict' });
    await expect(verdict.getByRole('checkbox', { name: 'Budget table' })).toBeChecked();
    await verdict.getByRole('checkbox', { name: 'Reuters report' }).uncheck();
    await verdict.getByRole('radio', { name: /Mixed/ }).check();
    await verdict.getByLabel('Rationale (Markdown)').fill('The budget table shows part of it.');
    const submitted = checkerPage.waitForRequest((r) => r.url().endsWith('/submit-verdict'));
    await verdict.getByRole('button', { name: 'Submit verdict' }).click();
    const body = (await submitted).postDataJSON() as { sourceIds: string[] };
    expect(body.sourceIds).toHaveLength(1);
    await expect(panel.locator('.state-chip')).toHaveText('In review');
  });

  await test.step('a URL cited before is recognised and its title and publisher reused', async () => {
    await claimButtons(checkerPage).nth(1).click();
    await panel.getByRole('button', { name: 'Start research' }).click();
    await expect(panel.locator('.state-chip')).toHaveText('In research');
    await panel.getByRole('button', { name: 'Add source' }).click();
    await checkerPage.getByLabel('Source URL').fill(BUDGET_URL);
    await checkerPage.getByLabel('Source URL').blur();
    await expect(panel.getByText('Already cited on 1 claim')).toBeVisible();
    await panel.getByRole('button', { name: 'Use title and publisher from the earlier citation' }).click();
    await expect(checkerPage.getByLabel('Source title')).toHaveValue('Budget table');
    await expect(checkerPage.getByLabel('Publisher')).toHaveValue('Statistics Office');
    await checkerPage.getByRole('button', { name: 'Save source' }).click();
    await expect(panel.getByRole('link', { name: 'Budget table' })).toBeVisible();
  });

  await context.close();
});

import { expect, test } from '../support/fixtures';

import { ADMIN, createUser, expectAccessible, logIn, saveScreenshot } from '../support/journey';
import { SAMPLE_TITLE, claimButtons, claimPanel, fact, openArticle } from '../support/review-page';

test('a second browser sees a colleague’s change live, and a stale edit shows the conflict', async ({
  browser,
  request,
}, testInfo) => {
  const checker = await createUser(request, 'checker', 'Lee Live');
  const checkerContext = await browser.newContext();
  const editorContext = await browser.newContext();
  const checkerPage = await checkerContext.newPage();
  const editorPage = await editorContext.newPage();

  await test.step('both open the same claim of the sample article', async () => {
    await logIn(checkerPage, checker);
    await logIn(editorPage, ADMIN);
    for (const page of [checkerPage, editorPage]) {
      await openArticle(page, SAMPLE_TITLE);
      await expect(page.getByText('Live updates on')).toBeVisible();
      await claimButtons(page).nth(1).click();
      await expect(fact(page, 'Assignee')).toHaveText('Nobody yet');
    }
  });

  await test.step('the editor starts editing the claim', async () => {
    await claimPanel(editorPage).getByRole('button', { name: 'Edit, split or merge' }).click();
    await editorPage.getByLabel('Claim as checked').fill('Reworded by the editor');
  });

  await test.step('the checker takes it; the editor’s page updates and says who did what', async () => {
    await claimPanel(checkerPage).getByRole('button', { name: 'Assign to me' }).click();
    await expect(fact(checkerPage, 'Assignee')).toHaveText('You');
    // Editors see colleagues by name.
    await expect(fact(editorPage, 'Assignee')).toHaveText('Lee Live');
    await expect(editorPage.getByTestId('live-announcer')).toContainText('Lee Live changed claim');
  });

  await test.step('the editor’s save on the old version shows their version and the choice', async () => {
    await editorPage.getByRole('button', { name: 'Save claim' }).click();
    const conflict = claimPanel(editorPage)
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this claim' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('button', { name: 'Reload their version' })).toBeVisible();
    await expectAccessible(editorPage, testInfo, 'review-page-conflict');
    await saveScreenshot(editorPage, testInfo, 'review-page-conflict');
    await conflict.getByRole('button', { name: 'Keep my change' }).click();
    await expect(fact(editorPage, 'Claim as checked')).toHaveText('Reworded by the editor');
  });

  await test.step('and the checker sees the editor’s rewording live', async () => {
    await expect(fact(checkerPage, 'Claim as checked')).toHaveText('Reworded by the editor');
    await expect(checkerPage.getByTestId('live-announcer')).toContainText('Administrator changed claim');
  });

  await checkerContext.close();
  await editorContext.close();
});

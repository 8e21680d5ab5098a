import { expect, test } from '../support/fixtures';

import { ADMIN } from '../support/journey';

const HOSTILE_TITLE = `Hostile markup ${Date.now()}`;
const HOSTILE_TEXT = [
  'The mayor said <script>window.__pwned = "script"</script> the budget rose by 40% in 2024.',
  'Officials counted 3,000 visitors <img src="x" onerror="window.__pwned = \'img\'"> at the fair last week.',
].join('\n\n');

test('an article containing <script> and <img onerror> renders as text and runs nothing', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await test.step('import the article through the API', async () => {
    await expect(await page.request.post('/api/auth/login', { data: ADMIN })).toBeOK();
    await expect(
      await page.request.post('/api/articles', { data: { title: HOSTILE_TITLE, text: HOSTILE_TEXT } }),
    ).toBeOK();
  });

  await test.step('the review page shows the markup as characters', async () => {
    // page.request shares the browser's cookies, so the page is logged in already.
    await page.goto('/articles');
    await page.getByRole('link', { name: HOSTILE_TITLE }).click();
    const article = page.getByRole('region', { name: 'Article text' });
    await expect(article).toContainText('<script>window.__pwned = "script"</script>');
    await expect(article).toContainText('<img src="x" onerror="window.__pwned = \'img\'">');
    await expect(article.locator('script, img')).toHaveCount(0);
  });

  await test.step('nothing ran', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

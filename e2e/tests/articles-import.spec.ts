import { expect, test } from '../support/fixtures';

import { expectAccessible, logIn, saveScreenshot } from '../support/journey';

const ARTICLE_TITLE = `Harbour bridge costs ${Date.now()}`;
const ARTICLE_TEXT = [
  'The harbour bridge will cost $450 million, the transport minister said on Tuesday.',
  'Traffic on the old crossing rose by 12% last year, according to the city council.',
  '“We have never seen congestion like this,” said Mayor Ana Silva.',
  'Residents gathered by the water. Ferries run every ten minutes.',
].join('\n\n');
const NEW_CLAIM = 'Ferries run every ten minutes.';

test('importing an article by pasting its text', async ({ page }, testInfo) => {
  await logIn(page);

  await test.step('the articles list shows the demo article with its claim progress', async () => {
    await page.getByRole('link', { name: 'Articles' }).click();
    await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('img', { name: /claims:/ }).first()).toBeVisible();
    await expectAccessible(page, testInfo, 'articles');
    await saveScreenshot(page, testInfo, 'articles');
  });

  await test.step('the import dialog takes pasted text and shows progress', async () => {
    await page.getByRole('button', { name: 'Import article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import an article' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'Pasted text' })).toBeChecked();
    await dialog.getByLabel('Title').fill(ARTICLE_TITLE);
    await dialog.getByLabel('Article text').fill(ARTICLE_TEXT);
    await expectAccessible(page, testInfo, 'import-dialog');
    await saveScreenshot(page, testInfo, 'import-dialog');
    await dialog.getByRole('button', { name: 'Import' }).click();
  });

  await test.step('the new article opens with its claims highlighted', async () => {
    await expect(page.getByRole('heading', { name: ARTICLE_TITLE, level: 1 })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Claims in article order' }).getByRole('button').first(),
    ).toBeVisible();
    await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  });

  await test.step('selecting text in the article offers "Add claim"', async () => {
    const claims = page.getByRole('list', { name: 'Claims in article order' }).getByRole('button');
    const before = await claims.count();
    await page.evaluate((sentence) => {
      const pane = document.querySelector('.article-body');
      const walker = document.createTreeWalker(pane as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(sentence) ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + sentence.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
      throw new Error('sentence not found as plain text');
    }, NEW_CLAIM);
    await page.getByRole('button', { name: 'Add claim' }).click();
    await expect(claims).toHaveCount(before + 1);
    await expect(page.getByRole('article', { name: 'Selected claim' }).locator('blockquote')).toHaveText(
      NEW_CLAIM,
    );
  });

  await test.step('search finds it in the list', async () => {
    await page.getByRole('link', { name: '← All articles' }).click();
    await page.getByLabel('Search articles').fill('Harbour bridge');
    await expect(page.getByRole('link', { name: ARTICLE_TITLE })).toBeVisible();
  });
});

test('an import with a non-http URL is refused before it is sent', async ({ page }) => {
  await logIn(page);
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await dialog.getByRole('radio', { name: 'A web address' }).check();
  await dialog.getByLabel('Article address (URL)').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByText('Use a full http:// or https:// address.')).toBeVisible();
});

test('importing an article from a chosen file', async ({ page }) => {
  const title = `Ferry timetable ${Date.now()}`;
  await logIn(page);
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await dialog.getByRole('radio', { name: 'A file' }).check();
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'ferries.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      `# ${title}\n\nThe council cut ferry fares by 20% in March, the transport office said.\n`,
    ),
  });
  await expect(dialog.getByText('Selected: ferries.md')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ferry timetable');
});

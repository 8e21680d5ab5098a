import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

import { expectAccessible, logIn, saveScreenshot, type Credentials } from '../support/journey';
import { claimButtons, claimPanel, SAMPLE_TITLE } from '../support/review-page';

const SAMPLE_TEXT = readFileSync(
  resolve(__dirname, '../../server/src/seed/alaska-summit-article.txt'),
  'utf8',
);
const STAMP = Date.now();
const TITLE = `Alaska summit, checked ${STAMP}`;
const PASSWORD = 'newsroom-story-password-1';
const people = {
  editor: { name: 'Edith Editor', email: `edith-${STAMP}@claimdesk.test`, role: 'editor' },
  second: { name: 'Sam Second', email: `sam-${STAMP}@claimdesk.test`, role: 'editor' },
  checker: { name: 'Chris Checker', email: `chris-${STAMP}@claimdesk.test`, role: 'checker' },
} as const;

async function sessionFor(browser: Browser, who: Credentials): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await logIn(page, who);
  return page;
}

const credentials = (person: { email: string }): Credentials => ({ email: person.email, password: PASSWORD });

/** Opens the story's article and selects its claim at `index` in article order. */
async function selectClaim(page: Page, index: number): Promise<string> {
  await page.goto('/articles');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  const claim = claimButtons(page).nth(index);
  const text = ((await claim.locator('.text').textContent()) ?? '').trim();
  await claim.click();
  await expect(claimPanel(page)).toBeVisible();
  return text;
}

/** Research as the person on `page`: start, one source, a verdict, submit. */
async function researchAndSubmit(page: Page, rating: RegExp, sourceTitle: string): Promise<void> {
  const panel = claimPanel(page);
  if (await panel.getByRole('button', { name: 'Assign to me' }).isVisible()) {
    await panel.getByRole('button', { name: 'Assign to me' }).click();
  }
  await panel.getByRole('button', { name: 'Start research' }).click();
  await expect(panel.locator('.state-chip')).toHaveText('In research');
  await panel.getByRole('button', { name: 'Add source' }).click();
  await page
    .getByLabel('Source URL')
    .fill(`https://www.reuters.com/world/${sourceTitle.toLowerCase().replace(/\W+/g, '-')}`);
  await page.getByLabel('Source title').fill(sourceTitle);
  await page.getByLabel('Kind of source').selectOption({ label: 'News report' });
  await page.getByRole('radio', { name: 'Supports the claim' }).check();
  await page.getByRole('button', { name: 'Save source' }).click();
  await expect(panel.getByRole('link', { name: sourceTitle })).toBeVisible();
  await page.getByRole('radio', { name: rating }).check();
  await page.getByLabel('Rationale (Markdown)').fill(`Checked against **${sourceTitle}**.`);
  await page.getByRole('form', { name: 'Verdict' }).getByRole('button', { name: 'Submit verdict' }).click();
  await expect(panel.locator('.state-chip')).toHaveText('In review');
}

function deskCard(page: Page, claimText: string) {
  return page.getByRole('article').filter({ hasText: claimText.trim().slice(0, 40) });
}

test('the newsroom story: team, import, assignment, research, four eyes, approval, export, public report', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const admin = await sessionFor(browser, {
    email: 'admin@claimdesk.test',
    password: 'e2e-admin-password-1',
  });
  let articleId = '';
  let checkerClaim = '';
  let editorClaim = '';

  await test.step('the admin adds two editors and a checker on the Team page', async () => {
    await admin.getByRole('link', { name: 'Team' }).click();
    await expect(admin.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
    for (const person of Object.values(people)) {
      const form = admin.getByRole('region', { name: 'Add a team member' });
      await form.getByLabel('Name').fill(person.name);
      await form.getByLabel('Email').fill(person.email);
      await form.getByLabel('Role').selectOption(person.role);
      await form.getByLabel('Initial password').fill(PASSWORD);
      await form.getByRole('button', { name: 'Create account' }).click();
      await expect(admin.getByRole('row', { name: new RegExp(person.name) })).toBeVisible();
    }
    await expectAccessible(admin, testInfo, 'team');
    await saveScreenshot(admin, testInfo, 'team');
  });

  await test.step('the admin verifies the audit chain', async () => {
    await admin.getByRole('link', { name: 'System audit trail' }).click();
    // Keyboard only: Tab from the top of the page reaches the button, Enter presses it.
    const verify = admin.getByRole('button', { name: 'Verify chain' });
    await admin.locator('body').focus();
    for (
      let presses = 0;
      presses < 30 && !(await verify.evaluate((button) => button === document.activeElement));
      presses += 1
    ) {
      await admin.keyboard.press('Tab');
    }
    await expect(verify).toBeFocused();
    await admin.keyboard.press('Enter');
    await expect(admin.getByText(/The chain is intact: \d+ entries checked/)).toBeVisible();
    await expect(admin.getByRole('cell', { name: 'user.create' }).first()).toBeVisible();
    // The head is what a newsroom records elsewhere; checking against it later proves nothing was removed.
    const head = (await admin.locator('code.head').textContent()) ?? '';
    expect(head).toMatch(/^\d+:[0-9a-f]{64}$/);
    await admin.getByLabel('Recorded head (entry:hash)').fill(head);
    await admin.getByRole('button', { name: 'Check against it' }).click();
    await expect(
      admin.getByText(`It still holds the recorded head, entry ${head.split(':')[0]}.`),
    ).toBeVisible();
    await expectAccessible(admin, testInfo, 'audit');
  });

  const editor = await sessionFor(browser, credentials(people.editor));
  const checker = await sessionFor(browser, credentials(people.checker));

  await test.step('the editor sees the desk but not Team, and imports the sample article', async () => {
    await expect(editor.getByRole('link', { name: 'Review queue' })).toBeVisible();
    await expect(editor.getByRole('link', { name: 'Team' })).toHaveCount(0);
    await expect(checker.getByRole('link', { name: 'Review queue' })).toHaveCount(0);
    await editor.getByRole('link', { name: 'Articles' }).click();
    await editor.getByRole('button', { name: 'Import article' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Import an article' });
    await dialog.getByLabel('Title').fill(TITLE);
    await dialog.getByLabel('Article text').fill(SAMPLE_TEXT);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(editor.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    articleId = editor.url().split('/articles/')[1];
    expect(articleId).toMatch(/^[0-9a-f-]{36}$/);
  });

  await test.step('the editor assigns the first claim to the checker from the desk', async () => {
    await editor.getByRole('link', { name: 'Review queue' }).click();
    const bulk = editor.getByRole('region', { name: 'Assign or dismiss in bulk' });
    // The article field searches every article by title, not only the most recent ones.
    const articleField = bulk.getByRole('combobox', { name: 'Article to assign' });
    await articleField.fill(`checked ${STAMP}`);
    await editor.getByRole('option', { name: TITLE }).click();
    await expect(articleField).toHaveValue(TITLE);
    const first = bulk.getByRole('checkbox', { name: /^Select: / }).first();
    checkerClaim = ((await first.getAttribute('aria-label')) ?? '').replace(/^Select: /, '');
    await first.check();
    await bulk.getByLabel('Assign to').selectOption({ label: `${people.checker.name} (checker)` });
    await bulk.getByRole('button', { name: 'Assign 1 selected' }).click();
    await expect(bulk.getByRole('status').filter({ hasText: 'assigned' })).toHaveText('1 claim assigned.');
    await expect(bulk.getByRole('row', { name: new RegExp(people.checker.name) })).toBeVisible();
    await expectAccessible(editor, testInfo, 'editor-desk-empty');
  });

  await test.step('the checker researches the assigned claim and submits a verdict', async () => {
    const text = await selectClaim(checker, 0);
    expect(text).toContain(checkerClaim.slice(0, 30));
    await researchAndSubmit(checker, /Mostly true/, 'Reuters summit report');
  });

  await test.step('the editor writes a verdict on the second claim herself', async () => {
    editorClaim = await selectClaim(editor, 1);
    await researchAndSubmit(editor, /^False/, 'Kremlin readout');
  });

  await test.step("on the desk, the editor may approve the checker's verdict but not her own", async () => {
    await editor.getByRole('link', { name: 'Review queue' }).click();
    // The server counts the queue: both verdicts of the story, and nothing left to show more of.
    await expect(editor.getByRole('heading', { name: 'Waiting for approval (2)' })).toBeVisible();
    await expect(editor.getByRole('status').filter({ hasText: 'Showing 2 of 2 verdicts' })).toBeVisible();
    const own = deskCard(editor, editorClaim);
    await expect(own.getByRole('button', { name: 'Approve' })).toBeDisabled();
    await expect(own.getByText('A second editor must approve your own verdict')).toBeVisible();
    await expect(own.getByText('Supports')).toBeVisible();
    await expectAccessible(editor, testInfo, 'editor-desk');
    await saveScreenshot(editor, testInfo, 'editor-desk');
    const theirs = deskCard(editor, checkerClaim);
    await expect(theirs.getByText('Proposed rating: Mostly true')).toBeVisible();
    await theirs.getByRole('button', { name: 'Approve' }).click();
    await expect(deskCard(editor, checkerClaim)).toHaveCount(0);
    await expect(editor.getByRole('heading', { name: 'Waiting for approval (1)' })).toBeVisible();
  });

  await test.step("a second editor approves the first editor's verdict", async () => {
    const second = await sessionFor(browser, credentials(people.second));
    await second.getByRole('link', { name: 'Review queue' }).click();
    const card = deskCard(second, editorClaim);
    await expect(card.getByText(`by ${people.editor.name}, revision 1`)).toBeVisible();
    await card.getByRole('button', { name: 'Approve' }).click();
    await expect(deskCard(second, editorClaim)).toHaveCount(0);
    await second.context().close();
  });

  await test.step('the same claim in the demo article shows the approved fact-check as checked before', async () => {
    await checker.goto('/articles');
    await checker.getByRole('link', { name: SAMPLE_TITLE }).click();
    await expect(checker.getByRole('heading', { name: SAMPLE_TITLE, level: 1 })).toBeVisible();
    await claimButtons(checker)
      .filter({ hasText: checkerClaim.slice(0, 40) })
      .first()
      .click();
    const before = claimPanel(checker).getByRole('region', { name: /^Checked before/ });
    await expect(before).toContainText('Mostly true');
    await expect(before).toContainText(TITLE);
    await expect(before.getByRole('link')).toContainText([checkerClaim.slice(0, 30)]);
    await expectAccessible(checker, testInfo, 'checked-before');
    await saveScreenshot(checker, testInfo, 'checked-before');
  });

  await test.step('the dashboard counts the approvals', async () => {
    await editor.getByRole('link', { name: 'Dashboard' }).click();
    await expect(
      editor.getByRole('img', { name: /Verdicts of approved claims: .*Mostly true [1-9]/ }),
    ).toBeVisible();
    await expect(editor.getByRole('row', { name: new RegExp(TITLE) })).toBeVisible();
    await expectAccessible(editor, testInfo, 'dashboard');
    await saveScreenshot(editor, testInfo, 'dashboard');
  });

  await test.step('the editor downloads the CSV and the ClaimReview JSON-LD of the article', async () => {
    await editor.getByRole('link', { name: 'Export' }).click();
    const articleField = editor.getByRole('combobox', { name: 'Article to export' });
    await articleField.fill(`checked ${STAMP}`);
    await editor.getByRole('option', { name: TITLE }).click();
    await expect(articleField).toHaveValue(TITLE);
    const [csvDownload] = await Promise.all([
      editor.waitForEvent('download'),
      editor.getByRole('link', { name: 'CSV' }).click(),
    ]);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv).toContain(checkerClaim.slice(0, 30));
    expect(csv).toContain(editorClaim.trim().slice(0, 30));
    expect(csv).toMatch(/mostly_true|Mostly true/);

    const [jsonDownload] = await Promise.all([
      editor.waitForEvent('download'),
      editor.getByRole('link', { name: 'ClaimReview JSON-LD' }).click(),
    ]);
    const reviews = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as {
      '@type': string;
      claimReviewed: string;
      reviewRating: { alternateName: string };
    }[];
    expect(reviews).toHaveLength(2);
    expect(reviews.every((review) => review['@type'] === 'ClaimReview')).toBe(true);
    expect(reviews.map((review) => review.reviewRating.alternateName)).toEqual(
      expect.arrayContaining(['Mostly true', 'False']),
    );

    await editor.getByRole('button', { name: 'Preview' }).click();
    await expect(editor.getByRole('heading', { name: 'Preview (2 claims shown)' })).toBeVisible();
    await expectAccessible(editor, testInfo, 'export');
    await saveScreenshot(editor, testInfo, 'export');
  });

  await test.step('a link to the export of the article names it in the article field', async () => {
    await editor.goto(`/export?article=${articleId}`);
    await expect(editor.getByRole('combobox', { name: 'Article to export' })).toHaveValue(TITLE);
    await expect(editor.getByRole('link', { name: 'CSV' })).toHaveAttribute(
      'href',
      `/api/exports/claims.csv?article=${articleId}`,
    );
  });

  await test.step('the public report page shows the approved claims only, to anyone', async () => {
    const link = await editor.getByLabel('Public report link').inputValue();
    expect(link).toContain(`/api/reports/articles/${articleId}`);
    const anonymous = await (await browser.newContext()).newPage();
    await anonymous.goto(link);
    const body = (await anonymous.locator('body').textContent()) ?? '';
    expect(body).toContain(checkerClaim.slice(0, 30));
    expect(body).toContain(editorClaim.trim().slice(0, 30));
    const third = await selectClaim(checker, 2);
    expect(body).not.toContain(third.trim().slice(0, 30));
    await anonymous.context().close();
  });

  await test.step('a checker cannot reach the team or audit pages', async () => {
    await checker.goto('/admin/team');
    await expect(checker).toHaveURL(/\/articles$/);
    await checker.goto('/review-queue');
    await expect(checker).toHaveURL(/\/articles$/);
  });
});

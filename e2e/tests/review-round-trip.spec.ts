import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

import { ADMIN, createUser, expectAccessible, logIn } from '../support/journey';
import { claimButtons, claimPanel } from '../support/review-page';

const TITLE = `Potholes and roads ${Date.now()}`;
const QUOTE = '“We have fixed every pothole in the city,” the mayor told the council meeting on Monday.';
const BUDGET = 'The council spent $12 million on road repairs in 2024, the budget office reported.';
const TEXT = `${QUOTE}\n\n${BUDGET}`;

interface Claim {
  id: string;
  version: number;
}

/** The claim for exactly this span: created, or the one extraction already made for it. */
async function claimAt(
  api: APIRequestContext,
  articleId: string,
  start: number,
  end: number,
): Promise<Claim> {
  const response = await api.post(`/api/articles/${articleId}/claims`, { data: { start, end } });
  const body = (await response.json()) as Claim & { details?: { current: Claim } };
  if (response.status() === 409 && body.details) return body.details.current;
  await expect(response).toBeOK();
  return body;
}

/** The checker's research through the API: start, one source, a verdict submitted for review. */
async function researchAndSubmit(api: APIRequestContext, claim: Claim, rating: string, rationale: string) {
  await expect(
    await api.post(`/api/claims/${claim.id}/start-research`, { data: { version: claim.version } }),
  ).toBeOK();
  const added = await api.post(`/api/claims/${claim.id}/sources`, {
    data: {
      url: `https://www.example.org/roads/${claim.id}`,
      title: 'Roads report',
      kind: 'official_statistics',
      stance: 'supports',
    },
  });
  await expect(added).toBeOK();
  const source = (await added.json()) as { id: string };
  const current = (await (await api.get(`/api/claims/${claim.id}`)).json()) as Claim;
  await expect(
    await api.post(`/api/claims/${claim.id}/submit-verdict`, {
      data: { version: current.version, rating, rationale, sourceIds: [source.id] },
    }),
  ).toBeOK();
}

function deskCard(page: Page, text: string) {
  return page.getByRole('article').filter({ hasText: text.slice(0, 40) });
}

test('a verdict goes back and forth between the desk and the checker; a card decided meanwhile leaves the queue', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const editor = await createUser(request, 'editor', 'Edna Desk');
  const checker = await createUser(request, 'checker', 'Cory Revises');
  const imported = await request.post('/api/articles', { data: { title: TITLE, text: TEXT } });
  await expect(imported).toBeOK();
  const { article } = (await imported.json()) as { article: { id: string } };
  const quoteClaim = await claimAt(request, article.id, 0, QUOTE.length);
  const budgetClaim = await claimAt(request, article.id, QUOTE.length + 2, TEXT.length);

  const checkerPage = await (await browser.newContext()).newPage();
  await logIn(checkerPage, checker);
  await researchAndSubmit(
    checkerPage.request,
    quoteClaim,
    'mostly_true',
    'The works log lists most potholes.',
  );
  await researchAndSubmit(checkerPage.request, budgetClaim, 'false', 'The **2024** budget says $9 million.');

  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, ADMIN);
  await logIn(page, editor);

  await test.step('both editors open the queue; a quoted claim shows with its own quote marks only', async () => {
    for (const desk of [page, admin]) {
      await desk.getByRole('link', { name: 'Review queue' }).click();
      await expect(desk.getByRole('heading', { name: 'Waiting for approval (2)' })).toBeVisible();
    }
    await expect(deskCard(page, QUOTE).locator('blockquote')).toHaveText(QUOTE);
  });

  await test.step('the admin approves the quoted claim first', async () => {
    await deskCard(admin, QUOTE).getByRole('button', { name: 'Approve' }).click();
    await expect(deskCard(admin, QUOTE)).toHaveCount(0);
  });

  await test.step('the editor, still seeing it, requests changes: the card leaves and the count follows', async () => {
    const card = deskCard(page, QUOTE);
    await card.getByRole('button', { name: 'Request changes' }).click();
    const reason = card.getByLabel('Reason to request changes');
    await expect(reason).toBeFocused();
    await reason.fill('Say which districts the log covers.');
    await reason.press('Enter');
    await expect(deskCard(page, QUOTE)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Waiting for approval (1)' })).toBeVisible();
    // Said politely to screen-reader users, the claim's own quote marks not doubled.
    await expect(
      page.locator('[aria-live="polite"]', {
        hasText: `Someone else decided it first (now approved), removed from the queue: ${QUOTE}`,
      }),
    ).toBeAttached();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Focus carries on with the card that took its place.
    await expect(deskCard(page, BUDGET)).toBeFocused();
  });

  await test.step('the editor sends the budget verdict back; focus stays in the queue', async () => {
    const card = deskCard(page, BUDGET);
    await card.getByRole('button', { name: 'Request changes' }).click();
    await card.getByLabel('Reason to request changes').fill('Cite the page of the budget with the $9m line.');
    await card.getByLabel('Reason to request changes').press('Enter');
    await expect(deskCard(page, BUDGET)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Waiting for approval (0)' })).toBeFocused();
  });

  await test.step('the approved view shows the rating as approved, not as a proposal', async () => {
    await page.getByRole('button', { name: 'Approved (to reopen)' }).click();
    const card = deskCard(page, QUOTE);
    await expect(card.getByRole('heading', { name: /^Rating: Mostly true/ })).toBeVisible();
    await expect(card.getByText('Proposed rating')).toHaveCount(0);
    await expectAccessible(page, testInfo, 'editor-desk-approved');
  });

  await test.step('the checker sees why, resumes, and revises the verdict from where it was', async () => {
    await checkerPage.goto(`/articles/${article.id}`);
    await expect(checkerPage.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    await claimButtons(checkerPage).filter({ hasText: 'road repairs' }).click();
    const panel = claimPanel(checkerPage);
    const sentBack = panel.getByRole('note').filter({ hasText: 'An editor requested changes' });
    await expect(sentBack).toContainText('Cite the page of the budget with the $9m line.');
    await panel.getByRole('button', { name: 'Resume research' }).click();
    await expect(panel.locator('.state-chip')).toHaveText('In research');
    const verdict = checkerPage.getByRole('form', { name: 'Verdict' });
    await expect(verdict.getByRole('radio', { name: /^False/ })).toBeChecked();
    await expect(verdict.getByLabel('Rationale (Markdown)')).toHaveValue(
      'The **2024** budget says $9 million.',
    );
    await expect(sentBack).toBeVisible();
    await expectAccessible(checkerPage, testInfo, 'review-page-revising');
    await verdict
      .getByLabel('Rationale (Markdown)')
      .fill('The **2024** budget says $9 million (page 14, roads line).');
    await verdict.getByRole('button', { name: 'Submit verdict' }).click();
    await expect(panel.locator('.state-chip')).toHaveText('In review');
  });

  await admin.context().close();
  await checkerPage.context().close();
});

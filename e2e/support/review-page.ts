import { expect, type Locator, type Page } from '@playwright/test';

export const SAMPLE_TITLE = 'Donald Trump and Vladimir Putin meet in Alaska to discuss peace without Ukraine';

export async function openArticle(page: Page, title: string): Promise<void> {
  await page.goto('/articles');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

export function claimButtons(page: Page): Locator {
  return page.getByRole('list', { name: 'Claims in article order' }).getByRole('button');
}

export function claimPanel(page: Page): Locator {
  return page.getByRole('article', { name: 'Selected claim' });
}

/** The value shown next to a term ("Assignee", "Claim as checked"…) in the selected claim's facts. */
export function fact(page: Page, term: string): Locator {
  return claimPanel(page).locator(`dt:text-is("${term}") + dd`).first();
}

import { E2E_ADMIN } from './test-server';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';

export const ADMIN = E2E_ADMIN;

export interface Credentials {
  email: string;
  password: string;
}

/** Logs in through the form, as a person would. */
export async function logIn(page: Page, who: Credentials = ADMIN): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

/** Logs the API context in as an admin and creates an account with the role; returns its credentials. */
export async function createUser(
  request: APIRequestContext,
  role: 'editor' | 'checker' | 'viewer',
  displayName: string,
): Promise<Credentials & { id: string }> {
  await expect(await request.post('/api/auth/login', { data: ADMIN })).toBeOK();
  const email = `${role}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@claimdesk.test`;
  const password = `${role}-password-long-enough-1`;
  const response = await request.post('/api/users', { data: { email, displayName, role, password } });
  await expect(response).toBeOK();
  const user = (await response.json()) as { id: string };
  return { id: user.id, email, password };
}

/** Fails on serious or critical axe-core violations of the page as it is now. */
export async function expectAccessible(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await testInfo.attach(`axe-${screen}.json`, {
    body: JSON.stringify(severe, null, 2),
    contentType: 'application/json',
  });
  expect(
    severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe violations on ${screen}`,
  ).toEqual([]);
}

/** A full-page screenshot under test-results, for people to review the look (not a visual diff). */
export async function saveScreenshot(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${screen}.png`), fullPage: true });
}

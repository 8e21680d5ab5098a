import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROLES, type ArticleDto, type ClaimDto, type Role, type UserDto } from '@claimdesk/shared';
import { ArticlesService } from '../../src/articles/articles.service';
import { ClaimsService } from '../../src/claims/claims.service';
import { makeUser, sessionCookie } from './factories';
import type { TestApp } from './test-app';

/** The sample article the demo seed imports; the suites use it so they exercise real extraction. */
export const SAMPLE_ARTICLE = readFileSync(
  resolve(__dirname, '../../src/seed/alaska-summit-article.txt'),
  'utf8',
);

export interface RoleSession {
  user: UserDto;
  /** A ready `Cookie` header value. */
  cookie: string;
}

/** One user and session per role, made without HTTP logins (no scrypt per test, no throttling). */
export async function roleSessions(testApp: TestApp): Promise<Record<Role, RoleSession>> {
  const sessions = {} as Record<Role, RoleSession>;
  for (const role of ROLES) {
    const { user } = await makeUser(testApp, role);
    sessions[role] = { user, cookie: await sessionCookie(testApp, user.id) };
  }
  return sessions;
}

/** Imports an article through the service (extraction included), as `importedBy`. */
export async function makeArticle(
  testApp: TestApp,
  importedBy: string,
  overrides: { text?: string; title?: string } = {},
): Promise<{ article: ArticleDto; claimsCreated: number }> {
  return testApp.app
    .get(ArticlesService)
    .importArticle({ text: overrides.text ?? SAMPLE_ARTICLE, title: overrides.title }, importedBy);
}

/** Every claim of an article in article order (one page of up to 200). */
export async function claimsOf(testApp: TestApp, articleId: string, actor: UserDto): Promise<ClaimDto[]> {
  const page = await testApp.app.get(ClaimsService).list({ limit: 200 }, actor, articleId);
  return page.items;
}

import type { ClaimDto, ClaimReviewDto, Role, SourceDto } from '@claimdesk/shared';
import { claimsOf, makeArticle, roleSessions, type RoleSession } from './articles';
import { startTestApp, type TestApp } from './test-app';

/*
 * Short HTTP helpers for the review suites: each call takes a ready `Cookie` header and expects success, so a
 * test reads as the story it tells. Refusals are asserted with plain supertest calls in the tests themselves.
 */

/** Starting an app and importing the sample article (extraction included) is slow on a busy machine. */
export const HOOK_TIMEOUT = 120_000;

/** What `reviewSuite()` has ready once its `beforeAll` has run: read the fields inside tests only. */
export interface ReviewDesk {
  readonly testApp: TestApp;
  /** One user and session per role, e.g. `desk.as.checker.cookie`. */
  readonly as: Record<Role, RoleSession>;
  /** The sample article's last claim, kept out of `freshClaim()`: for access and bad-input checks. */
  readonly probe: ClaimDto;
  /** A detected claim nobody has used yet in this file (imports the article again when all are used). */
  freshClaim(): Promise<ClaimDto>;
}

/** Sets up a review suite: starts an app, makes a session per role and imports the sample article. */
export function reviewSuite(): ReviewDesk {
  let ready: { testApp: TestApp; as: Record<Role, RoleSession>; probe: ClaimDto } | undefined;
  let started: TestApp | undefined;
  let pool: ClaimDto[] = [];
  const desk = (): NonNullable<typeof ready> => {
    if (!ready) throw new Error('reviewSuite(): read the desk inside a test, after its beforeAll has run');
    return ready;
  };

  beforeAll(async () => {
    const testApp = (started = await startTestApp());
    const as = await roleSessions(testApp);
    const { article } = await makeArticle(testApp, as.admin.user.id);
    pool = await claimsOf(testApp, article.id, as.admin.user);
    ready = { testApp, as, probe: pool.pop()! };
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await started?.close();
  }, HOOK_TIMEOUT);

  return {
    get testApp() {
      return desk().testApp;
    },
    get as() {
      return desk().as;
    },
    get probe() {
      return desk().probe;
    },
    freshClaim: async () => {
      const { testApp, as } = desk();
      if (pool.length === 0) {
        const { article } = await makeArticle(testApp, as.admin.user.id);
        pool = await claimsOf(testApp, article.id, as.admin.user);
      }
      return pool.shift()!;
    },
  };
}

export interface SourceInput {
  url?: string | null;
  title: string;
  kind: SourceDto['kind'];
  stance: SourceDto['stance'];
  publisher?: string | null;
  excerpt?: string | null;
  accessedAt?: string | null;
  archiveUrl?: string | null;
  note?: string | null;
}

let sourceSequence = 0;

export function sourceInput(overrides: Partial<SourceInput> = {}): SourceInput {
  sourceSequence += 1;
  return {
    url: `https://stats.example.org/report-${sourceSequence}?utm_source=test`,
    title: `Report ${sourceSequence}`,
    kind: 'official_statistics',
    stance: 'supports',
    ...overrides,
  };
}

export async function getClaim(testApp: TestApp, cookie: string, id: string): Promise<ClaimDto> {
  return (await testApp.http().get(`/api/claims/${id}`).set('Cookie', cookie).expect(200)).body as ClaimDto;
}

export async function addSource(
  testApp: TestApp,
  cookie: string,
  claimId: string,
  input: Partial<SourceInput> = {},
): Promise<SourceDto> {
  const response = await testApp
    .http()
    .post(`/api/claims/${claimId}/sources`)
    .set('Cookie', cookie)
    .send(sourceInput(input))
    .expect(201);
  return response.body as SourceDto;
}

/** Runs a review step (`start-research`, `approve` …) at the claim's current version and expects 200. */
export async function step(
  testApp: TestApp,
  cookie: string,
  claimId: string,
  action: string,
  body: Record<string, unknown> = {},
): Promise<ClaimReviewDto> {
  const { version } = await getClaim(testApp, cookie, claimId);
  const response = await testApp
    .http()
    .post(`/api/claims/${claimId}/${action}`)
    .set('Cookie', cookie)
    .send({ version, ...body });
  if (response.status !== 200) {
    throw new Error(`${action} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body as ClaimReviewDto;
}

export const VERDICT = { rating: 'mostly_true', rationale: 'The **official figures** confirm it, roughly.' };

/** Takes a detected claim to `in_review` with one source, as `checkerCookie`; returns the review answer. */
export async function toReview(
  testApp: TestApp,
  checkerCookie: string,
  claimId: string,
): Promise<ClaimReviewDto> {
  await step(testApp, checkerCookie, claimId, 'start-research');
  await addSource(testApp, checkerCookie, claimId);
  return step(testApp, checkerCookie, claimId, 'submit-verdict', VERDICT);
}

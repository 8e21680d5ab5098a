import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@claimdesk/shared';
import { makeUser, roleCases, sessionCookie, type Actor } from './support/factories';
import { registeredRoutes, type RegisteredRoute } from './support/routes';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every route × every role × anonymous, against the shared PERMISSIONS table. Requests use random but valid
 * ids and an empty body: a 400/404/409/415/422 from the handler still means the guard let the request
 * through. Only the guard's own answers (401 UNAUTHENTICATED, 403 FORBIDDEN) count as refusals, so
 * business-rule 403s such as FOUR_EYES_REQUIRED are not mistaken for them.
 */
describe('permission matrix: every endpoint × every role × anonymous', () => {
  let testApp: TestApp;
  let routes: RegisteredRoute[];
  const userIds = {} as Record<Role, string>;

  beforeAll(async () => {
    testApp = await startTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '100000' });
    routes = registeredRoutes(testApp.app);
    for (const role of ROLES) userIds[role] = (await makeUser(testApp, role)).user.id;
  });
  afterAll(() => testApp.close());

  it('finds the routes, including the auth and users ones', () => {
    const names = routes.map((route) => `${route.method} ${route.path}`);
    expect(names).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'GET /api/users', 'GET /api/health']),
    );
  });

  it('declares @Requires, @Authenticated or @Public on every route', () => {
    const undeclared = routes
      .filter((route) => !route.access)
      .map((route) => `${route.method} ${route.path} (${route.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('covers every operation in the OpenAPI document', async () => {
    const document = (await testApp.http().get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const known = new Set(routes.map((route) => `${route.method} ${route.path}`));
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.filter((operation) => !known.has(operation))).toEqual([]);
  });

  it('lets exactly the roles in PERMISSIONS past the guard, and nobody anonymous unless @Public', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      if (!route.access) continue;
      const access = route.access.kind === 'permission' ? route.access.permission : route.access.kind;
      const url = route.path.replace(/:\w+/g, () => randomUUID()).replace(/\{\*\w+\}/g, 'x');
      for (const expected of roleCases(access)) {
        const response = await send(route.method, url, expected.actor);
        const refusedByGuard =
          (response.status === 401 && response.body?.code === 'UNAUTHENTICATED') ||
          (response.status === 403 && response.body?.code === 'FORBIDDEN');
        const label = `${route.method} ${route.path} as ${expected.actor}`;
        if (response.status >= 500)
          mismatches.push(`${label}: ${response.status} ${JSON.stringify(response.body)}`);
        else if (expected.allowed && refusedByGuard)
          mismatches.push(`${label}: refused (${response.status}), should pass`);
        else if (!expected.allowed && response.status !== expected.deniedStatus) {
          mismatches.push(`${label}: ${response.status}, should be ${expected.deniedStatus}`);
        } else if (!expected.allowed && !refusedByGuard)
          mismatches.push(`${label}: wrong code ${response.body?.code}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  /** Each request gets a fresh session, so a route like logout cannot spoil the next request. */
  async function send(method: string, url: string, actor: Actor) {
    const agent = testApp.http();
    const call = (() => {
      switch (method) {
        case 'POST':
          return agent.post(url).send({});
        case 'PUT':
          return agent.put(url).send({});
        case 'PATCH':
          return agent.patch(url).send({});
        case 'DELETE':
          return agent.delete(url);
        case 'HEAD':
          return agent.head(url);
        case 'OPTIONS':
          return agent.options(url);
        default:
          return agent.get(url);
      }
    })();
    if (actor !== 'anonymous') void call.set('Cookie', await sessionCookie(testApp, userIds[actor]));
    return call;
  }
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { makeUser } from '../../testing/fixtures';
import { TeamStore } from './team.store';

describe('TeamStore', () => {
  let store: TeamStore;
  let http: HttpTestingController;
  const checker = makeUser();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [TeamStore, provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(TeamStore);
    const loaded = store.load();
    http.expectOne('/api/users').flush([checker]);
    await loaded;
  });

  afterEach(() => http.verify());

  it('creates an account with a role and lists it', async () => {
    const created = store.create({
      email: 'e@x.test',
      displayName: 'Eda',
      role: 'editor',
      password: 'long-enough-1',
    });
    const request = http.expectOne({ method: 'POST', url: '/api/users' });
    expect(request.request.body).toMatchObject({ role: 'editor', email: 'e@x.test' });
    request.flush(makeUser({ id: 'u-2', displayName: 'Eda', role: 'editor' }));
    expect(await created).toBe(true);
    expect(store.users().map((user) => user.displayName)).toEqual(['Chris Checker', 'Eda']);
    expect(store.notice()).toBe('Created Eda as editor.');
  });

  it('changes a role, resets a password and deactivates', async () => {
    const changed = store.changeRole(checker, 'editor');
    http.expectOne({ method: 'PATCH', url: '/api/users/u-checker' }).flush({ ...checker, role: 'editor' });
    await changed;
    expect(store.users()[0].role).toBe('editor');

    const reset = store.resetPassword(checker, 'a-new-password-1');
    const put = http.expectOne({ method: 'PUT', url: '/api/users/u-checker/password' });
    expect(put.request.body).toEqual({ password: 'a-new-password-1' });
    put.flush(null, { status: 204, statusText: 'No Content' });
    expect(await reset).toBe(true);

    const deactivated = store.setActive(checker, false);
    http
      .expectOne({ method: 'POST', url: '/api/users/u-checker/deactivate' })
      .flush({ ...checker, active: false });
    await deactivated;
    expect(store.users()[0].active).toBe(false);
  });

  it('shows the refusal of a taken email', async () => {
    const created = store.create({
      email: 'chris@x.test',
      displayName: 'Chris',
      role: 'checker',
      password: 'long-enough-1',
    });
    http
      .expectOne('/api/users')
      .flush({ code: 'CONFLICT', message: 'The email is taken' }, { status: 409, statusText: 'Conflict' });
    expect(await created).toBe(false);
    expect(store.error()?.message).toBe('The email is taken');
  });

  it('lets a refusal replace the notice of the success before it', async () => {
    const first = store.create({
      email: 'e@x.test',
      displayName: 'Eda',
      role: 'editor',
      password: 'long-enough-1',
    });
    http.expectOne('/api/users').flush(makeUser({ id: 'u-2', displayName: 'Eda', role: 'editor' }));
    await first;
    expect(store.notice()).toBe('Created Eda as editor.');

    const again = store.create({
      email: 'e@x.test',
      displayName: 'Eda',
      role: 'editor',
      password: 'long-enough-1',
    });
    http
      .expectOne('/api/users')
      .flush(
        { code: 'CONFLICT', message: 'A user with this email already exists' },
        { status: 409, statusText: 'Conflict' },
      );
    await again;

    expect(store.error()?.message).toBe('A user with this email already exists');
    expect(store.notice()).toBe('');
  });
});

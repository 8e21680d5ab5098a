import { HttpErrorResponse } from '@angular/common/http';
import { of, throwError } from 'rxjs';

import { makeClaim } from '../../testing/fixtures';
import { ClaimSelection, sendEachClaim } from './claim-batch';

describe('sendEachClaim', () => {
  it('sends every claim and reports refusals without dropping the claims that went through', async () => {
    const claims = [makeClaim({ id: 'c1' }), makeClaim({ id: 'c2' }), makeClaim({ id: 'c3' })];
    const outcome = await sendEachClaim(claims, 'assigned', (claim) =>
      claim.id === 'c2'
        ? throwError(
            () =>
              new HttpErrorResponse({
                status: 409,
                error: { code: 'VERSION_CONFLICT', message: 'Stale version' },
              }),
          )
        : of({ ...claim, version: claim.version + 1 }),
    );

    expect(outcome.updated.map((claim) => [claim.id, claim.version])).toEqual([
      ['c1', 2],
      ['c3', 2],
    ]);
    expect(outcome.result).toBe('2 claims assigned.');
    expect(outcome.error).toMatchObject({ status: 409, message: '1 not assigned: Stale version' });
  });

  it('says "claim" for one', async () => {
    const outcome = await sendEachClaim([makeClaim()], 'dismissed', (claim) => of(claim));
    expect(outcome).toEqual({ updated: [makeClaim()], result: '1 claim dismissed.', error: null });
  });
});

describe('ClaimSelection', () => {
  it('ticks, unticks and replaces', () => {
    const selection = new ClaimSelection();
    selection.toggle('c1', true);
    selection.toggle('c2', true);
    selection.toggle('c1', false);
    expect([...selection.ids()]).toEqual(['c2']);
    selection.set(['c3', 'c4']);
    expect([...selection.ids()]).toEqual(['c3', 'c4']);
    selection.clear();
    expect(selection.ids().size).toBe(0);
  });
});

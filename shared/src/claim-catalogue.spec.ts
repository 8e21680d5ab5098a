import { CLAIM_STATE_INFO, CLAIM_STATES, isClaimState } from './claim-states';
import { CLAIM_TYPE_INFO, CLAIM_TYPES, isClaimType } from './claim-types';
import { SOURCE_KINDS, SOURCE_STANCES } from './dto';
import * as shared from './index';

describe('claim states and types', () => {
  it('describe every state with a label and its own colour token', () => {
    expect(Object.keys(CLAIM_STATE_INFO).sort()).toEqual([...CLAIM_STATES].sort());
    for (const info of Object.values(CLAIM_STATE_INFO)) {
      expect(info.label.trim()).not.toBe('');
      expect(info.description.trim()).not.toBe('');
    }
    const tokens = Object.values(CLAIM_STATE_INFO).map((info) => info.colorToken);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('describe every claim type', () => {
    expect(Object.keys(CLAIM_TYPE_INFO).sort()).toEqual([...CLAIM_TYPES].sort());
    for (const info of Object.values(CLAIM_TYPE_INFO)) expect(info.label.trim()).not.toBe('');
  });

  it('narrow unknown strings', () => {
    expect(isClaimState('in_review')).toBe(true);
    expect(isClaimState('published')).toBe(false);
    expect(isClaimType('quote_attribution')).toBe(true);
    expect(isClaimType('rumour')).toBe(false);
  });

  it('keep source stances and kinds unique', () => {
    expect(new Set(SOURCE_STANCES).size).toBe(SOURCE_STANCES.length);
    expect(new Set(SOURCE_KINDS).size).toBe(SOURCE_KINDS.length);
  });
});

describe('package entry point', () => {
  it('exports the domain that server and client import', () => {
    const names = [
      'ROLES',
      'isRole',
      'PERMISSIONS',
      'can',
      'permissionsOf',
      'CLAIM_STATES',
      'CLAIM_STATE_INFO',
      'CLAIM_TYPES',
      'VERDICT_RATINGS',
      'VERDICT_SCALE',
      'verdictInfo',
      'isVerdictRating',
      'BEST_RATING',
      'WORST_RATING',
      'ERROR_CODES',
      'ClaimDeskError',
      'isClaimDeskError',
      'CLAIM_ACTIONS',
      'TRANSITIONS',
      'ruleFor',
      'canTransition',
      'assertTransition',
      'availableActions',
      'SOURCE_STANCES',
      'SOURCE_KINDS',
    ];
    for (const name of names) expect(shared).toHaveProperty(name);
  });
});

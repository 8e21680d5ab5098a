import { makeClaim } from '../../testing/fixtures';
import { scoreLabel } from './claim-score';

describe('scoreLabel', () => {
  it('shows extraction scores as a percentage', () => {
    expect(scoreLabel(makeClaim({ score: 0.876 }))).toBe('88%');
  });

  it('says a claim someone picked was added by hand, not that it scored 100%', () => {
    expect(scoreLabel(makeClaim({ origin: 'manual', score: 1 }))).toBe('Added by hand');
  });
});
